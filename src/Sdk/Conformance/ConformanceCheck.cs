namespace DNArch.Plugins.Sdk.Conformance;

/// <summary>One named check of a plugin; <see cref="Body"/> throws a <see cref="ConformanceException"/> when it fails.</summary>
public sealed record ConformanceCheck(string Name, Action Body)
{
    /// <summary>Runs the check; any exception the plugin throws is a failure named by its type and message.</summary>
    public ConformanceResult Run()
    {
        try
        {
            Body();
            return new ConformanceResult(Name, true, "");
        }
        catch (ConformanceException e)
        {
            return new ConformanceResult(Name, false, e.Message);
        }
        catch (Exception e)
        {
            return new ConformanceResult(Name, false, $"the plugin threw {e.GetType().Name}: {e.Message}");
        }
    }
}
