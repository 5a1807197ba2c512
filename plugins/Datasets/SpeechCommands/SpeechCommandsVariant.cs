namespace DNArch.Plugins.Datasets.SpeechCommands;

/// <summary>Which words of Speech Commands v0.02 are classes.</summary>
public enum SpeechCommandsVariant
{
    /// <summary>All 35 words.</summary>
    Full,

    /// <summary>SC10: yes, no, up, down, left, right, on, off, stop, go; the other words' clips are left out.</summary>
    Sc10,
}
