using System.ComponentModel.DataAnnotations;
using DNArch.Plugins.Datasets.Common;

namespace DNArch.Plugins.Datasets.Text;

/// <summary>
/// Options of the <c>text</c> data set (LRA Text). <see cref="FileDatasetOptions.Path"/> is an <c>aclImdb</c>
/// folder: <c>train|test/pos|neg/*.txt</c>.
/// </summary>
public sealed class TextOptions : FileDatasetOptions
{
    /// <summary>Bytes per example: longer texts are truncated, shorter ones padded with byte 0.</summary>
    [Range(1, 1 << 20)]
    public int Length { get; set; } = 4096;

    /// <summary>
    /// Kernels see only the past (CCNN runs every sequence task causally); false centres them on each position.
    /// </summary>
    public bool Causal { get; set; } = true;
}
