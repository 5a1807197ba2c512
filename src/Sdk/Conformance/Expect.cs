using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Plugins.Sdk.Conformance;

/// <summary>The assertions the checks are made of; each failure is a <see cref="ConformanceException"/>.</summary>
static class Expect
{
    public static void That(bool condition, string failure)
    {
        if (!condition) throw new ConformanceException(failure);
    }

    public static void Shape(Tensor actual, IEnumerable<long> expected, string call)
    {
        var wanted = expected.ToArray();
        That(actual.shape.SequenceEqual(wanted), $"{call} returned shape {Format(actual.shape)}; expected {Format(wanted)}");
    }

    public static void Finite(Tensor actual, string call) =>
        That(isfinite(actual).all().item<bool>(), $"{call} returned values that are not finite");

    public static void Close(Tensor actual, Tensor expected, string what)
    {
        using var difference = (actual - expected).abs().max();
        var largest = difference.ToDouble();
        That(largest <= 1e-4 + 1e-4 * expected.abs().max().ToDouble(), $"{what}: they differ by up to {largest:G3}");
    }

    public static string Format(IEnumerable<long> shape) => $"[{string.Join(", ", shape)}]";
}
