using DNArch.Abstractions.Budgets;
using DNArch.Abstractions.Kernels;
using DNArch.Abstractions.Masks;
using DNArch.Plugins.Masks;
using DNArch.Plugins.Sdk.Configuration;
using Microsoft.Extensions.Configuration;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DNArch.Tests.Conformance;

/// <summary>Plugins that each break one rule of their contract, for the tests that the conformance checks catch it.</summary>
static class BrokenPlugins
{
    public enum KernelFault { None, IgnoresOptions, UnusedParameter, MixesPositions, WrongShape }

    /// <summary>A linear kernel <c>[P, D] → [P, C]</c> with <paramref name="fault"/>.</summary>
    public sealed class Kernel(KernelFault fault) : IKernelPlugin
    {
        public KernelGenerator Create(KernelSpec spec, IConfiguration options)
        {
            if (fault != KernelFault.IgnoresOptions) PluginOptions.Bind<NoOptions>(options);
            return new LinearKernel(spec, fault);
        }
    }

    public sealed class NoOptions : PluginOptions;

    sealed class LinearKernel : KernelGenerator
    {
        readonly KernelFault fault;
        readonly Linear linear;
        readonly Parameter unused = new(ones(3));

        public LinearKernel(KernelSpec spec, KernelFault fault) : base(nameof(LinearKernel), spec)
        {
            this.fault = fault;
            linear = nn.Linear(spec.Dimensions, spec.OutputChannels);
            register_module("linear", linear);
            if (fault == KernelFault.UnusedParameter) register_parameter("unused", unused);
        }

        public override long MacsPerPosition => Spec.Dimensions * Spec.OutputChannels;

        public override Tensor forward(Tensor coordinates, int channels)
        {
            var values = linear.forward(coordinates).narrow(1, 0, channels);
            return fault switch
            {
                KernelFault.MixesPositions => values + values.mean([0], keepdim: true),
                KernelFault.WrongShape => values.t(),
                _ => values,
            };
        }
    }

    /// <summary>A Gaussian mask whose radius is half where its values fall to the threshold.</summary>
    public sealed class RadiusTooSmallMask : IMaskPlugin
    {
        public Mask Create(MaskAxis axis, IConfiguration options) => new Halved(new GaussianMaskPlugin().Create(axis, options));

        sealed class Halved : Mask
        {
            readonly Mask inner;

            public Halved(Mask inner) : base(nameof(Halved), inner.Axis)
            {
                this.inner = inner;
                register_module("inner", inner);
            }

            public override Tensor forward(Tensor distances) => inner.forward(distances);

            public override Tensor Radius() => inner.Radius() / 2;
        }
    }

    /// <summary>A mask whose learnable width lives in a parameter it never registers, so checkpoints lose it.</summary>
    public sealed class UnregisteredStateMask : IMaskPlugin
    {
        public Mask Create(MaskAxis axis, IConfiguration options)
        {
            PluginOptions.Bind<NoOptions>(options);
            return new Ramp(axis);
        }

        static int created;

        sealed class Ramp : Mask
        {
            readonly Parameter width = new(tensor(1f + Interlocked.Increment(ref created)));
            readonly Parameter registered = new(tensor(1f));

            public Ramp(MaskAxis axis) : base(nameof(Ramp), axis) => register_parameter("scale", registered);

            public override Tensor forward(Tensor distances) => (1 - distances / width * registered).clamp(0, 1);

            public override Tensor Radius() => width * 0.9f / registered;
        }
    }

    /// <summary>A metric that counts parameters but returns a constant: no gradient reaches the sizes.</summary>
    public sealed class DetachedMetric : IComplexityMetric
    {
        public string Unit => "params";

        public Tensor Measure(IReadOnlyList<LayerCost> layers) => tensor(layers.Sum(l => l.Params.ToDouble()), dtype: float64);
    }
}
