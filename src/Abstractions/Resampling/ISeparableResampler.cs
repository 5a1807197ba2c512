using static TorchSharp.torch;

namespace DNArch.Abstractions.Resampling;

/// <summary>
/// A <see cref="Resampler"/> that, at its current parameters, is a fixed linear map along each spatial dimension:
/// <c>forward</c> (and <c>Restore</c>) multiply dimension d of <c>[B, C, *n]</c> by one <c>[n_d, m_d]</c> matrix, the
/// same for every channel and example. Exporters bake these matrices into a fixed graph; a resampler without this
/// contract cannot be exported.
/// </summary>
public interface ISeparableResampler
{
    /// <summary>
    /// Per spatial dimension, the matrix <c>[n_d, m_d]</c> that <c>forward</c> applies to an input of
    /// <paramref name="inputSize"/>, or null where it leaves the dimension unchanged. No gradient.
    /// </summary>
    IReadOnlyList<Tensor?> ForwardMaps(IReadOnlyList<int> inputSize);

    /// <summary>The same for <c>Restore</c> from <paramref name="inputSize"/> up to <paramref name="size"/>.</summary>
    IReadOnlyList<Tensor?> RestoreMaps(IReadOnlyList<int> inputSize, IReadOnlyList<int> size);
}
