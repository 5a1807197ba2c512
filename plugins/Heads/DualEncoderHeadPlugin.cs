using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Heads;
using DNArch.Abstractions.Plugins;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Heads;

[Plugin(PluginKind.Head, "dual-encoder", "LRA Retrieval's dual encoder: both halves of the input channels encoded with shared weights, an MLP on [a, b, a·b, a − b]", Options = typeof(DualEncoderHeadOptions))]
public sealed class DualEncoderHeadPlugin : IHeadPlugin
{
    public int Encodings => 2;

    public Head Create(HeadSpec spec, IConfiguration options)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var bound = PluginOptions.Bind<DualEncoderHeadOptions>(options);
        if (spec.Task != TaskKind.Classification)
            throw InvalidInputException.ForKey(options is IConfigurationSection s ? $"{s.Path}:Type" : "Type",
                "the dual-encoder head classifies pairs, and this task is dense prediction", "Use the linear head");
        return new DualEncoderHead(spec, bound.Hidden);
    }
}
