using DNArch.Abstractions.Budgets;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Plugins.Sdk.Conformance;

/// <summary>
/// The checks a complexity metric passes, on a small network of one layer of each kind. A metric has no options
/// and no parameters: its gradient is the one it passes to the layer sizes.
/// </summary>
public sealed class BudgetConformance(IComplexityMetric metric) : PluginConformance
{
    /// <inheritdoc/>
    public override IReadOnlyList<ConformanceCheck> Checks =>
    [
        new("shape contract", ShapeContract),
        new("gradients reach the layer sizes", GradientsReachTheLayerSizes),
        new("cropping never costs more", CroppingNeverCostsMore),
    ];

    // Parameters, MACs and activations of one layer of each kind, as an estimate sees them.
    static readonly (LayerOp Op, double Params, double Macs, double Activations)[] Network =
    [
        (LayerOp.KernelGenerator, 1200, 30000, 0),
        (LayerOp.DepthwiseDirect, 0, 8192, 2048),
        (LayerOp.DepthwiseFft, 0, 40000, 2048),
        (LayerOp.Dense, 1056, 32768, 2048),
        (LayerOp.Norm, 64, 4096, 2048),
        (LayerOp.Resample, 1, 9000, 1024),
    ];

    static List<LayerCost> Layers(double scale, bool gradient) => Network
        .Select((l, i) => new LayerCost($"layer{i}", i - 1, l.Op, Size(l.Params * scale, gradient), Size(l.Macs * scale, gradient),
            Size(l.Activations * scale, gradient)))
        .ToList();

    static Tensor Size(double value, bool gradient) => tensor(value, dtype: float64, requires_grad: gradient);

    /// <summary>A unit to print, and one finite, non-negative scalar per network.</summary>
    public void ShapeContract()
    {
        using var scope = NewDisposeScope();
        Expect.That(!string.IsNullOrWhiteSpace(metric.Unit), "Unit is empty; name what the measure counts (\"params\", \"MACs\", ...)");
        var cost = metric.Measure(Layers(1, gradient: false));
        Expect.That(cost.numel() == 1, $"Measure returned {cost.numel()} values; expected a scalar");
        Expect.That(double.IsFinite(cost.ToDouble()) && cost.ToDouble() >= 0, $"Measure returned {cost.ToDouble()}; expected a finite, non-negative cost");
    }

    /// <summary>
    /// Measured on continuous sizes, the cost passes finite gradients to them and a non-zero one to at least one,
    /// so a budget can steer the masks; measured on the same sizes as constants, it is the same number.
    /// </summary>
    public void GradientsReachTheLayerSizes()
    {
        using var scope = NewDisposeScope();
        var layers = Layers(1, gradient: true);
        var estimate = metric.Measure(layers);
        Expect.That(estimate.requires_grad, "the cost of sizes that require a gradient does not: a budget could not steer the search");
        estimate.backward();
        var gradients = layers.SelectMany(l => new[] { l.Params, l.Macs, l.Activations }).Select(s => s.grad).OfType<Tensor>().ToList();
        Expect.That(gradients.All(g => double.IsFinite(g.ToDouble())), "a layer size received a gradient that is not finite");
        Expect.That(gradients.Any(g => g.ToDouble() != 0), "no layer size received a non-zero gradient");
        var exact = metric.Measure(Layers(1, gradient: false));
        Expect.Close(exact, estimate.detach(), "the exact count differs from the estimate at the same sizes");
    }

    /// <summary>A network whose every layer is cropped to half its sizes costs no more than the full one.</summary>
    public void CroppingNeverCostsMore()
    {
        using var scope = NewDisposeScope();
        var full = metric.Measure(Layers(1, gradient: false)).ToDouble();
        var cropped = metric.Measure(Layers(0.5, gradient: false)).ToDouble();
        Expect.That(cropped <= full, $"the network cropped to half its sizes costs {cropped:G4}, more than the full {full:G4}");
    }
}
