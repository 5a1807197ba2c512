using DNArch.Tests.Support;

namespace DNArch.Tests.Reliability;

/// <summary>
/// A kernel plugin named <c>faulty</c>, compiled by the tests, that misbehaves on request:
/// <c>Search:Kernel:Fault</c> = <c>throw</c> (its Create throws), <c>wrong-shape</c> (twice the channels),
/// <c>nan-loss</c> (NaN kernel values) or <c>nan-gradient</c> (finite values, NaN gradient of its parameter
/// <c>trap</c>). The last two only once <see cref="Arm"/> was called, and only in training mode, so that a run first
/// writes a good checkpoint.
/// </summary>
public static class FaultyKernel
{
    const string ArmedSwitch = "DNArch.Tests.FaultyKernel.Armed";

    /// <summary>Compiles the plugin into <paramref name="folder"/> (once per folder) and returns the folder.</summary>
    public static string CompileInto(string folder)
    {
        if (!File.Exists(Path.Combine(folder, "Faulty.Kernels.dll"))) PluginCompiler.Compile(folder, "Faulty.Kernels", Source);
        return folder;
    }

    public static void Arm(bool armed) => AppContext.SetData(ArmedSwitch, armed);

    const string Source = $$"""
        using System;
        using DNArch.Abstractions.Kernels;
        using DNArch.Abstractions.Plugins;
        using Microsoft.Extensions.Configuration;
        using TorchSharp;
        using TorchSharp.Modules;
        using static TorchSharp.torch;

        public sealed class FaultyGenerator : KernelGenerator
        {
            readonly string fault;
            readonly Linear layer;
            readonly Parameter trap;

            public FaultyGenerator(KernelSpec spec, string fault) : base("faulty", spec)
            {
                this.fault = fault;
                layer = nn.Linear(spec.Dimensions, spec.OutputChannels);
                trap = new Parameter(ones(1));
                RegisterComponents();
            }

            public override long MacsPerPosition => (Spec.Dimensions + 1) * Spec.OutputChannels;

            public override Tensor forward(Tensor coordinates, int channels)
            {
                var values = layer.forward(coordinates).narrow(1, 0, channels) * Spec.OutputScale;
                if (fault == "wrong-shape") return cat(new[] { values, values }, 1);
                if (!training || AppContext.GetData("{{ArmedSwitch}}") is not true) return values;
                // sqrt'(0) is infinite and the chain rule multiplies it by 0: a finite value with a NaN gradient.
                return fault == "nan-loss" ? values + float.NaN : values + (trap - trap).sqrt();
            }
        }

        [Plugin(PluginKind.Kernel, "faulty", "A kernel generator that fails on request (tests)")]
        public sealed class FaultyKernelPlugin : IKernelPlugin
        {
            public KernelGenerator Create(KernelSpec spec, IConfiguration options)
            {
                var fault = options["Fault"] ?? "";
                if (fault == "throw") throw new InvalidOperationException("broken on purpose");
                return new FaultyGenerator(spec, fault);
            }
        }
        """;
}
