using DNArch.Abstractions.Configuration;

namespace DNArch.Plugins.Heads;

/// <summary>The <c>linear</c> head has no settings of its own; binding still rejects keys it does not know.</summary>
public sealed class LinearHeadOptions : PluginOptions;
