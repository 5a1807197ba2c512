using System.ComponentModel.DataAnnotations;
using DNArch.Abstractions.Configuration;

namespace DNArch.Plugins.Heads;

/// <summary>Options of the <c>dual-encoder</c> head (section <c>Search:Head</c>).</summary>
public sealed class DualEncoderHeadOptions : PluginOptions
{
    /// <summary>Units of the classifier's hidden layer (LRA's <c>mlp_dim</c>).</summary>
    [Range(1, 65536)]
    public int Hidden { get; set; } = 64;
}
