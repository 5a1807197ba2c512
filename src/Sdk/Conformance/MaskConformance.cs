using DNArch.Abstractions.Masks;
using Microsoft.Extensions.Configuration;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Plugins.Sdk.Conformance;

/// <summary>The checks a mask plugin passes, on each kind of axis the engine gives a mask (kernel, width, depth).</summary>
public sealed class MaskConformance(IMaskPlugin plugin, IConfigurationSection options) : ModuleConformance
{
    /// <summary>The largest mask value a cropped position may have.</summary>
    public const double MaxDroppedValue = 0.5;

    static readonly MaskAxis[] Axes =
    [
        new(AxisKind.CentredKernel, 9),
        new(AxisKind.CausalKernel, 9),
        new(AxisKind.Ordinal, 8),
    ];

    /// <summary>
    /// One value in [0, 1] per distance, not increasing with it; a scalar <c>Radius()</c>; a continuous count
    /// between 1 and the axis length.
    /// </summary>
    public override void ShapeContract()
    {
        using var scope = NewDisposeScope();
        foreach (var axis in Axes)
        {
            using var mask = plugin.Create(axis, options);
            var call = $"forward(distances [{axis.Length}]) on a {axis.Kind} axis";
            var values = mask.forward(Sorted(axis));
            Expect.Shape(values, [axis.Length], call);
            Expect.Finite(values, call);
            Expect.That(values.min().ToDouble() >= 0 && values.max().ToDouble() <= 1, $"{call} returned values outside [0, 1]");
            var steps = values.narrow(0, 1, axis.Length - 1) - values.narrow(0, 0, axis.Length - 1);
            Expect.That(steps.max().ToDouble() <= 1e-6, $"{call} increases with the distance; a mask must not");
            Expect.That(mask.Radius().numel() == 1, $"Radius() on a {axis.Kind} axis returned {mask.Radius().numel()} values; expected a scalar");
            var count = mask.ContinuousCount().ToDouble();
            Expect.That(count >= 1 - 1e-6 && count <= axis.Length + 1e-6,
                $"ContinuousCount() on a {axis.Kind} axis of {axis.Length} is {count:G4}; expected between 1 and {axis.Length}");
        }
    }

    /// <summary>A loss on the values, the radius and the continuous count gives every parameter a gradient.</summary>
    public override void GradientsReachEveryParameter()
    {
        using var scope = NewDisposeScope();
        var axis = Axes[0];
        using var mask = plugin.Create(axis, options);
        (mask.forward(axis.Distances(0, axis.Length)).sum() + mask.Radius() + mask.ContinuousCount()).backward();
        ModuleChecks.EveryParameterHasAGradient(mask, "mask");
    }

    /// <summary>
    /// The engine keeps the positions within <c>Radius()</c> and drops the rest, so the radius must separate the
    /// mask's values (kept positions at least the value at the radius, dropped ones at most that, also on distances
    /// beyond the axis), and what is dropped must weigh little in the full masked computation: the value at the
    /// radius is at most <see cref="MaxDroppedValue"/>.
    /// </summary>
    public override void CroppingMatchesTheFullComputation()
    {
        using var scope = NewDisposeScope();
        using var _ = no_grad();
        foreach (var axis in Axes)
        {
            using var mask = plugin.Create(axis, options);
            var radius = mask.Radius().ToDouble();
            var atRadius = mask.forward(tensor(new[] { (float)radius })).ToDouble();
            var distances = linspace(0, 2 * Math.Max(radius, axis.MaxDistance) + axis.Step, 65);
            var values = mask.forward(distances);
            var kept = distances.le(radius);
            var low = values.masked_select(kept);
            var high = values.masked_select(kept.logical_not());
            Expect.That(low.numel() == 0 || low.min().ToDouble() >= atRadius - 1e-5,
                $"on a {axis.Kind} axis a position within the radius {radius:G4} has a value below the value {atRadius:G4} at the radius");
            Expect.That(high.numel() == 0 || high.max().ToDouble() <= atRadius + 1e-5,
                $"on a {axis.Kind} axis a position beyond the radius {radius:G4} has a value above the value {atRadius:G4} at the radius");
            Expect.That(atRadius <= MaxDroppedValue,
                $"on a {axis.Kind} axis the mask is {atRadius:G4} at its radius {radius:G4}: cropping would drop positions that weigh more than {MaxDroppedValue} in the full computation");
            var (start, count) = mask.ActiveWindow();
            Expect.That(count >= 1 && start >= 0 && start + count <= axis.Length,
                $"ActiveWindow() on a {axis.Kind} axis of {axis.Length} is ({start}, {count})");
        }
    }

    /// <summary>An unknown key in the section is refused, naming the key.</summary>
    public override void OptionsValidated() => ModuleChecks.OptionsAreValidated(options, section =>
    {
        using var mask = plugin.Create(Axes[0], section);
    });

    /// <summary>Saved and loaded into a fresh mask, the values and the radius are the same.</summary>
    public override void SaveLoadRoundTrip()
    {
        var axis = Axes[0];
        ModuleChecks.SaveLoadRoundTrip(() => plugin.Create(axis, options),
            m => cat([m.forward(axis.Distances(0, axis.Length)), m.Radius().reshape(1)]));
    }

    // Distances in increasing order, whatever the axis kind's index order.
    static Tensor Sorted(MaskAxis axis) => axis.Distances(0, axis.Length).sort().Values;
}
