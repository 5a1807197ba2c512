using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using static TorchSharp.torch;

namespace DNArch.Engine.Data;

/// <summary>
/// Training-time augmentation (<c>Search:Training:RandomFlip</c>): each image of a training batch is mirrored left to
/// right with probability ½, and a dense target with it. The draws depend only on the seed, the epoch and the step, so a
/// resumed run sees the same batches as an uninterrupted one.
/// </summary>
public sealed class RandomFlip
{
    readonly int seed;
    readonly int epoch;

    RandomFlip(int seed, int epoch) => (this.seed, this.epoch) = (seed, epoch);

    /// <summary>The flip of <paramref name="epoch"/>'s batches, or null when <paramref name="enabled"/> is false.</summary>
    public static RandomFlip? For(bool enabled, int seed, int epoch) => enabled ? new RandomFlip(seed, epoch) : null;

    /// <summary>Mirroring is an image symmetry; a sequence reversed in time is another example, so it is refused.</summary>
    public static void Check(bool enabled, DatasetInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        if (enabled && info.Shape.Count != 2)
            throw InvalidInputException.ForKey(ConfigurationKeys.Search.RandomFlip, $"is true, but {info.Name} has {info.Shape.Count}-D examples",
                "Mirroring needs images (Search:Dataset:Layout=Image, or a 2-D data set); set it to false for sequences");
    }

    /// <summary>
    /// The batch of step <paramref name="step"/> with a random half of its examples mirrored along the last axis; the
    /// targets are mirrored too when they are maps of the inputs' rank (dense prediction).
    /// </summary>
    public (Tensor Inputs, Tensor Targets) Apply(Tensor inputs, Tensor targets, int step)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(targets);
        var random = new Random(unchecked(BatchOrder.EpochSeed(seed, epoch) * 1_000_033 + step));
        var chosen = Enumerable.Range(0, (int)inputs.shape[0]).Select(_ => random.Next(2) == 1).ToArray();
        using var flip = tensor(chosen, device: inputs.device);
        return (Mirror(inputs, flip), targets.dim() == inputs.dim() ? Mirror(targets, flip) : targets);
    }

    static Tensor Mirror(Tensor maps, Tensor flip)
    {
        var shape = new long[maps.dim()];
        Array.Fill(shape, 1L);
        shape[0] = maps.shape[0];
        return where(flip.view(shape), maps.flip(-1), maps);
    }
}
