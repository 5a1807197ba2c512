using System.ComponentModel.DataAnnotations;

namespace DNArch.Engine.Search;

/// <summary><c>Search:Training</c>: joint optimisation of weights and architecture (docs/method.md, "Training").</summary>
public sealed class TrainingOptions
{
    /// <summary>
    /// Passes over the training data. 4 by default: a search on Fashion-MNIST images at the defaults ends within
    /// 10 minutes on 2 cores (docs/method.md, "Defaults").
    /// </summary>
    [Range(1, 100_000)]
    public int Epochs { get; set; } = 4;

    /// <summary>Training examples per step.</summary>
    [Range(1, 65_536)]
    public int BatchSize { get; set; } = 64;

    /// <summary>AdamW learning rate of the weights.</summary>
    [Range(1e-8, 10.0)]
    public double LearningRate { get; set; } = 0.01;

    /// <summary>AdamW learning rate of the architecture parameters (their own group, no weight decay).</summary>
    [Range(1e-8, 10.0)]
    public double ArchitectureLearningRate { get; set; } = 0.01;

    /// <summary>Per-dimension rates in place of <see cref="ArchitectureLearningRate"/>.</summary>
    public ArchitectureLearningRates ArchitectureLearningRates { get; set; } = new();

    /// <summary>AdamW weight decay of the weights (never of the architecture parameters).</summary>
    [Range(0.0, 10.0)]
    public double WeightDecay { get; set; } = 0.01;

    /// <summary>
    /// AdamW weight decay of the kernel generators' weights in place of <see cref="WeightDecay"/>; unset, they decay
    /// like the other weights. appsettings.json sets CCNN's 0: better on sequences, even on images (docs/method.md,
    /// "Defaults").
    /// </summary>
    [Range(0.0, 10.0)]
    public double? KernelWeightDecay { get; set; }

    /// <summary>Linear warm-up before the cosine decay, in epochs (fractions allowed).</summary>
    [Range(0.0, 100_000.0)]
    public double WarmupEpochs { get; set; } = 1;

    /// <summary>Epochs at the start during which the architecture parameters do not move.</summary>
    [Range(0, 100_000)]
    public int FreezeArchitectureEpochs { get; set; }

    /// <summary>
    /// Classification only: the training loss's targets put 1 − ε on the label and ε spread evenly over all classes
    /// (0 = plain cross-entropy). Validation and test losses stay plain cross-entropy.
    /// </summary>
    [Range(0.0, 1.0)]
    public double LabelSmoothing { get; set; }

    /// <summary>
    /// BatchNorm only: before each validation, the norms' running statistics are recomputed as plain averages over
    /// this many training images, with the weights and architecture about to be validated (0 = keep the running
    /// averages). Training itself normalises with batch statistics and is unchanged. On by default: while the
    /// architecture moves, the running averages lag far behind it (docs/method.md, "Defaults").
    /// </summary>
    [Range(0, int.MaxValue)]
    public int NormRecalibrationImages { get; set; } = 2048;

    /// <summary>
    /// Images only: mirror each training image left to right with probability ½ (a dense target with it). Validation and
    /// test images are never mirrored.
    /// </summary>
    public bool RandomFlip { get; set; }

    /// <summary>Clip the global gradient norm of the weights to this (0 = no clipping).</summary>
    [Range(0.0, 1e6)]
    public double GradientClip { get; set; }

    /// <summary>A NaN or infinite loss or gradient: <c>stop</c> the run (default) or <c>skip</c> the step.</summary>
    public NonFiniteAction NonFinite { get; set; } = NonFiniteAction.Stop;
}
