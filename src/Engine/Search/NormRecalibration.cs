using DNArch.Abstractions.Datasets;
using DNArch.Engine.Data;
using DNArch.Engine.Network;
using static TorchSharp.torch;

namespace DNArch.Engine.Search;

/// <summary>
/// Recomputes BatchNorm's running statistics from training batches before a validation (Precise BN, Wu and Johnson
/// 2021). The running averages weigh only the last few dozen batches (momentum 0.1) and lag weights that still move at
/// a high learning rate, so evaluation used statistics of networks a few hundred steps old.
/// </summary>
static class NormRecalibration
{
    /// <summary>
    /// Averages the statistics of the first <see cref="TrainingOptions.NormRecalibrationImages"/> training images in
    /// <paramref name="epoch"/>'s order (all of them if there are fewer), without gradients; a no-op for networks without
    /// BatchNorm. Deterministic for a seed, so resumed runs recalibrate as uninterrupted ones do.
    /// </summary>
    public static void Run(TrainingRun run, int epoch)
    {
        ArgumentNullException.ThrowIfNull(run);
        var images = run.Options.Training.NormRecalibrationImages;
        if (images == 0) return;
        var norms = run.Network.modules().OfType<BatchChannelNorm>().ToList();
        if (norms.Count == 0) return;

        run.Network.train();
        using var _ = no_grad();
        using var kernels = run.Network.FixKernels();
        foreach (var norm in norms) norm.BeginAveraging();
        try
        {
            var seen = 0;
            var batches = new BatchLoader(run.Data, DataSplit.Train, run.Options.Training.BatchSize, run.Options.Seed, epoch);
            foreach (var batch in batches.Read())
            {
                using var scope = NewDisposeScope();
                scope.Attach(batch.Inputs, batch.Targets);
                var inputs = batch.Inputs.narrow(0, 0, Math.Min(batch.Inputs.shape[0], images - seen));
                run.Network.forward(inputs.to(run.Device));
                seen += (int)inputs.shape[0];
                if (seen >= images) break;
            }
        }
        finally
        {
            foreach (var norm in norms) norm.EndAveraging();
        }
    }
}
