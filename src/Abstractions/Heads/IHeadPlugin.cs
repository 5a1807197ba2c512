using Microsoft.Extensions.Configuration;

namespace DNArch.Abstractions.Heads;

/// <summary>
/// A kind of output head: how many encodings the network makes of each example and what maps their features to the
/// outputs. Export it with <c>[Plugin(PluginKind.Head, "name", "...")]</c>.
/// </summary>
public interface IHeadPlugin
{
    /// <summary>
    /// Parts each example's input channels split into, equal in size, each encoded by the same trunk (one set of
    /// weights, its cost charged once per part): 1, or 2 for a dual encoder of text pairs.
    /// </summary>
    int Encodings { get; }

    /// <summary>Creates the head. <paramref name="options"/> is the plugin's configuration section; validate it here.</summary>
    Head Create(HeadSpec spec, IConfiguration options);
}
