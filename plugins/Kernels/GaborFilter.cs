using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DNArch.Plugins.Kernels;

/// <summary>
/// One anisotropic Gabor filter bank of MAGNet, <c>[P, D] → [P, H]</c>:
/// <c>g(x) = exp(-½ Σ_d (γ_d (x_d - μ_d))²) · sin(W x + b)</c>, per hidden unit. γ ~ Gamma(α, β) and μ ~ U(-1, 1)
/// are learnable; W starts at the default <c>Linear</c> draw scaled by <c>2π·ω0·γ</c> so that narrower windows
/// carry higher frequencies, and b at zero (as CCNN).
/// </summary>
public sealed class GaborFilter : nn.Module<Tensor, Tensor>
{
    readonly Linear linear;

    public GaborFilter(int dimensions, int hidden, double omega0, double alpha, double beta) : base(nameof(GaborFilter))
    {
        using (var concentration = tensor((float)alpha))
        using (var rate = tensor((float)beta))
        using (var distribution = distributions.Gamma(concentration, rate))
        using (var sample = distribution.sample(hidden, dimensions))
            Gamma = new Parameter(sample.clone());
        Mu = new Parameter(rand(hidden, dimensions) * 2 - 1);
        linear = nn.Linear(dimensions, hidden);
        using (no_grad())
        {
            linear.weight!.mul_(Gamma * (2 * Math.PI * omega0));
            linear.bias!.zero_();
        }
        register_parameter("gamma", Gamma);
        register_parameter("mu", Mu);
        register_module("linear", linear);
    }

    /// <summary>Inverse window widths γ, <c>[H, D]</c>.</summary>
    public Parameter Gamma { get; }

    /// <summary>Window centres μ, <c>[H, D]</c>.</summary>
    public Parameter Mu { get; }

    /// <summary>Multiply-accumulates per position: the sine's linear map and the window's scaled distances.</summary>
    public long MacsPerPosition => 2 * linear.weight!.numel();

    public override Tensor forward(Tensor coordinates)
    {
        using var scope = NewDisposeScope();
        var scaled = Gamma * (coordinates.unsqueeze(1) - Mu);
        var window = exp(-0.5 * scaled.square().sum(-1));
        return (window * linear.forward(coordinates).sin()).MoveToOuterDisposeScope();
    }
}
