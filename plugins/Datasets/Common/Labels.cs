using DNArch.Abstractions.Configuration;

namespace DNArch.Plugins.Datasets.Common;

/// <summary>Checks on class labels read from a file.</summary>
public static class Labels
{
    /// <summary>Throws naming <paramref name="path"/> when a label is not in <c>0..classes-1</c>.</summary>
    public static void EnsureInRange(IEnumerable<int> labels, int classes, string path, string expected)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var index = 0;
        foreach (var label in labels)
        {
            if (label < 0 || label >= classes)
                throw InvalidInputException.ForFile(path, $"label {label} of example {index} is out of range", $"{expected} with labels 0..{classes - 1}");
            index++;
        }
    }
}
