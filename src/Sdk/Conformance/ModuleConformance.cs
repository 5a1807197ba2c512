namespace DNArch.Plugins.Sdk.Conformance;

/// <summary>The checks of the kinds whose plugins create modules (kernels, masks, resamplers): the same five for each.</summary>
public abstract class ModuleConformance : PluginConformance
{
    /// <inheritdoc/>
    public override IReadOnlyList<ConformanceCheck> Checks =>
    [
        new("shape contract", ShapeContract),
        new("gradients reach every parameter", GradientsReachEveryParameter),
        new("cropping matches the full computation", CroppingMatchesTheFullComputation),
        new("options validated", OptionsValidated),
        new("save/load round trip", SaveLoadRoundTrip),
    ];

    /// <summary>Outputs have the shapes the contract gives, with finite values.</summary>
    public abstract void ShapeContract();

    /// <summary>A loss on the module's outputs gives every parameter a finite, non-zero gradient.</summary>
    public abstract void GradientsReachEveryParameter();

    /// <summary>What the engine computes on the cropped (active) part equals that part of the full computation.</summary>
    public abstract void CroppingMatchesTheFullComputation();

    /// <summary>An unknown key in the plugin's section is refused with a message naming the key.</summary>
    public abstract void OptionsValidated();

    /// <summary>Saved and loaded into a fresh, differently initialised module, the output is the same.</summary>
    public abstract void SaveLoadRoundTrip();
}
