using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Heads;
using DNArch.Abstractions.Plugins;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Heads;

[Plugin(PluginKind.Head, "linear", "One encoding per example, a linear layer on its pooled features (classification) or per position (dense)", Options = typeof(LinearHeadOptions))]
public sealed class LinearHeadPlugin : IHeadPlugin
{
    public int Encodings => 1;

    public Head Create(HeadSpec spec, IConfiguration options)
    {
        ArgumentNullException.ThrowIfNull(spec);
        PluginOptions.Bind<LinearHeadOptions>(options);
        return new LinearHead(spec);
    }
}
