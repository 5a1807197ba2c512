using DNArch.Abstractions.Kernels;
using Microsoft.Extensions.Configuration;
using static TorchSharp.torch;

namespace DNArch.Plugins.Sdk.Conformance;

/// <summary>The checks a kernel plugin passes, on 1-D and 2-D coordinates of a few positions and channels.</summary>
public sealed class KernelConformance(IKernelPlugin plugin, IConfigurationSection options) : ModuleConformance
{
    const int Positions = 9, Channels = 4, Kept = 2;

    KernelGenerator Create(int dimensions) => plugin.Create(new KernelSpec(dimensions, Channels, 0.5), options);

    static Tensor Coordinates(int dimensions) => rand(Positions, dimensions) * 2 - 1;

    /// <summary><c>forward([P, D])</c> gives <c>[P, C]</c> finite values, <c>forward([P, D], c)</c> gives <c>[P, c]</c>, in 1-D and 2-D.</summary>
    public override void ShapeContract()
    {
        using var scope = NewDisposeScope();
        foreach (var dimensions in new[] { 1, 2 })
        {
            using var generator = Create(dimensions);
            var coordinates = Coordinates(dimensions);
            var call = $"forward(coordinates [{Positions}, {dimensions}])";
            var full = generator.forward(coordinates);
            Expect.Shape(full, [Positions, Channels], call);
            Expect.Finite(full, call);
            Expect.Shape(generator.forward(coordinates, Kept), [Positions, Kept], $"forward(coordinates [{Positions}, {dimensions}], channels: {Kept})");
            Expect.That(generator.MacsPerPosition > 0, $"MacsPerPosition is {generator.MacsPerPosition}; expected the positive cost of one position");
        }
    }

    /// <summary>A loss on the generated kernel gives every parameter a finite, non-zero gradient.</summary>
    public override void GradientsReachEveryParameter()
    {
        using var scope = NewDisposeScope();
        using var generator = Create(2);
        generator.forward(Coordinates(2)).square().sum().backward();
        ModuleChecks.EveryParameterHasAGradient(generator, "kernel generator");
    }

    /// <summary>
    /// The engine crops a kernel to its active window and active channels before generating it: generating only the
    /// kept positions, and only the first channels, gives the rows and columns of the full kernel.
    /// </summary>
    public override void CroppingMatchesTheFullComputation()
    {
        using var scope = NewDisposeScope();
        using var generator = Create(2);
        using var _ = no_grad();
        var coordinates = Coordinates(2);
        var full = generator.forward(coordinates);
        Expect.Close(generator.forward(coordinates.narrow(0, 2, 4)), full.narrow(0, 2, 4),
            "positions 2..5 generated alone differ from the same rows of the full kernel");
        Expect.Close(generator.forward(coordinates, Kept), full.narrow(1, 0, Kept),
            $"forward(coordinates, channels: {Kept}) differs from the first {Kept} channels of the full kernel");
    }

    /// <summary>An unknown key in the section is refused, naming the key.</summary>
    public override void OptionsValidated() => ModuleChecks.OptionsAreValidated(options, section =>
    {
        using var generator = plugin.Create(new KernelSpec(1, Channels, 0.5), section);
    });

    /// <summary>Saved and loaded into a fresh generator, the kernel is the same.</summary>
    public override void SaveLoadRoundTrip()
    {
        var coordinates = Coordinates(2);
        ModuleChecks.SaveLoadRoundTrip(() => Create(2), g => g.forward(coordinates));
    }
}
