using System.ComponentModel.DataAnnotations;
using DNArch.Engine.Network;

namespace DNArch.Engine.Search;

/// <summary>
/// <c>Search:Training:ArchitectureLearningRates</c>: a dimension's own rate in place of
/// <see cref="TrainingOptions.ArchitectureLearningRate"/> (unset: that rate; 0 holds the dimension still). Adam moves
/// every parameter at about its rate whatever the gradient's size, and one step of the depth mask is a whole block,
/// so a dimension may need a slower rate than the others.
/// </summary>
public sealed class ArchitectureLearningRates
{
    /// <summary>Rate of the kernel-size masks.</summary>
    [Range(0.0, 10.0)]
    public double? KernelSize { get; set; }

    /// <summary>Rate of the width masks.</summary>
    [Range(0.0, 10.0)]
    public double? Width { get; set; }

    /// <summary>Rate of the depth mask.</summary>
    [Range(0.0, 10.0)]
    public double? Depth { get; set; }

    /// <summary>Rate of the resamplers' cut-offs.</summary>
    [Range(0.0, 10.0)]
    public double? Resolution { get; set; }

    public double? For(ArchitectureDimension dimension) => dimension switch
    {
        ArchitectureDimension.KernelSize => KernelSize,
        ArchitectureDimension.Width => Width,
        ArchitectureDimension.Depth => Depth,
        ArchitectureDimension.Resolution => Resolution,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
    };
}
