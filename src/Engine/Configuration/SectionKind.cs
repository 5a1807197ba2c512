namespace DNArch.Engine.Configuration;

/// <summary>How a section of the configuration is read.</summary>
public enum SectionKind
{
    /// <summary>Bound to an options class.</summary>
    Options,

    /// <summary><c>Type</c> names a plugin, whose own options class binds the section's other keys.</summary>
    Plugin,

    /// <summary>Keys of any name, read by someone else (log levels, <c>Compare:Vary</c>).</summary>
    FreeForm,
}
