using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// BatchNorm (CCNN's default): per-channel statistics over the batch and all positions while training, running
/// averages (momentum 0.1) in evaluation. Statistics are per channel, so the active channels use exactly their slice of
/// the running buffers, which are saved in checkpoints with the parameters.
/// </summary>
sealed class BatchChannelNorm : ChannelNorm
{
    const double Momentum = 0.1;
    readonly Tensor runningMean;
    readonly Tensor runningVariance;
    int? averagedBatches;

    public BatchChannelNorm(string name, int channels) : base(name, channels)
    {
        runningMean = zeros(channels);
        runningVariance = ones(channels);
        register_buffer("running_mean", runningMean);
        register_buffer("running_var", runningVariance);
    }

    /// <summary>
    /// Until <see cref="EndAveraging"/>, each training-mode batch enters the running statistics with momentum 1/k (k
    /// the batches so far): they become the plain mean of those batches' statistics, the first replacing whatever
    /// the buffers held.
    /// </summary>
    public void BeginAveraging() => averagedBatches = 0;

    /// <summary>Back to the running averages of momentum 0.1.</summary>
    public void EndAveraging() => averagedBatches = null;

    /// <summary>Evaluation mode normalises with the running statistics: <c>γ/√(σ² + ε)</c> and <c>β − μ·γ/√(σ² + ε)</c>.</summary>
    public override (Tensor Scale, Tensor Shift)? EvaluationAffine(int active)
    {
        using var scope = NewDisposeScope();
        var (gamma, beta) = Affine(active);
        var scale = gamma * (runningVariance.narrow(0, 0, active) + Epsilon).rsqrt();
        var shift = beta - runningMean.narrow(0, 0, active) * scale;
        return (scale.detach().MoveToOuterDisposeScope(), shift.detach().MoveToOuterDisposeScope());
    }

    private protected override Tensor Normalise(Tensor active, Tensor scale, Tensor shift)
    {
        var count = active.shape[1];
        var momentum = Momentum;
        if (training && averagedBatches is { } batches)
        {
            averagedBatches = batches + 1;
            momentum = 1.0 / (batches + 1);
        }
        // Views of the buffers: batch_norm updates the active channels' running statistics in place.
        using var mean = runningMean.narrow(0, 0, count);
        using var variance = runningVariance.narrow(0, 0, count);
        return nn.functional.batch_norm(active, mean, variance, scale, shift, training, momentum, Epsilon);
    }
}
