using System.Composition;

namespace DNArch.Abstractions.Plugins;

/// <summary>
/// Exports a plugin of <paramref name="kind"/> under its kind's contract, with the name configuration refers to and
/// a one-line description: <c>[Plugin(PluginKind.Mask, "gaussian", "Gaussian over kernel coordinates")]</c>.
/// </summary>
[MetadataAttribute]
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PluginAttribute(PluginKind kind, string name, string description)
    : ExportAttribute(PluginKinds.ContractOf(kind))
{
    public PluginKind Kind { get; } = kind;
    public string Name { get; } = name;
    public string Description { get; } = description;
}
