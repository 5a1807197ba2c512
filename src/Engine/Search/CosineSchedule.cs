namespace DNArch.Engine.Search;

/// <summary>Linear warm-up to 1, then cosine decay to 0: the factor applied to every group's base learning rate.</summary>
public sealed record CosineSchedule(long WarmupSteps, long TotalSteps)
{
    public double Factor(long step)
    {
        if (step < WarmupSteps) return (step + 1.0) / WarmupSteps;
        var decaySteps = Math.Max(1, TotalSteps - WarmupSteps);
        var progress = Math.Clamp((step - WarmupSteps) / (double)decaySteps, 0, 1);
        return 0.5 * (1 + Math.Cos(Math.PI * progress));
    }
}
