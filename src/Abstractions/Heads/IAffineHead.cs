using static TorchSharp.torch;

namespace DNArch.Abstractions.Heads;

/// <summary>
/// A <see cref="Head"/> that is one affine map of its features, <c>W·f + b</c>, at every position. Exporters bake
/// <see cref="Weight"/> and <see cref="Bias"/> into a fixed graph; a head without this contract cannot be exported.
/// </summary>
public interface IAffineHead
{
    /// <summary><c>[Outputs, Features]</c>; only the columns of the present features are read.</summary>
    Tensor Weight { get; }

    /// <summary><c>[Outputs]</c>.</summary>
    Tensor Bias { get; }
}
