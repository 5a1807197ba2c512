using DNArch.Abstractions.Configuration;

namespace DNArch.Plugins.Datasets.SpeechCommands;

/// <summary>
/// The clips of an extracted Speech Commands folder for the variant's words, in ordinal order of their relative
/// paths (<c>word/file.wav</c>), each with its label and split as <c>validation_list.txt</c> and
/// <c>testing_list.txt</c> assign them (the rest train): <paramref name="Splits"/> holds 0 train, 1 validation, 2 test.
/// </summary>
public sealed record SpeechCommandsFolder(IReadOnlyList<string> Files, int[] Labels, int[] Splits)
{
    public const string Layout = "a Speech Commands folder: one folder of 16 kHz WAVs per word, validation_list.txt and testing_list.txt";

    public static readonly string[] AllWords =
    [
        "backward", "bed", "bird", "cat", "dog", "down", "eight", "five", "follow", "forward", "four", "go", "happy",
        "house", "learn", "left", "marvin", "nine", "no", "off", "on", "one", "right", "seven", "sheila", "six", "stop",
        "three", "tree", "two", "up", "visual", "wow", "yes", "zero",
    ];

    public static readonly string[] Sc10Words = ["yes", "no", "up", "down", "left", "right", "on", "off", "stop", "go"];

    public static IReadOnlyList<string> Words(SpeechCommandsVariant variant) =>
        variant == SpeechCommandsVariant.Sc10 ? Sc10Words : AllWords;

    public static SpeechCommandsFolder Read(string folder, SpeechCommandsVariant variant)
    {
        var validation = ListFile(folder, "validation_list.txt");
        var test = ListFile(folder, "testing_list.txt");
        var files = new List<string>();
        var labels = new List<int>();
        var splits = new List<int>();
        var words = Words(variant);
        for (var label = 0; label < words.Count; label++)
        {
            var wordFolder = System.IO.Path.Combine(folder, words[label]);
            if (!Directory.Exists(wordFolder))
                throw InvalidInputException.ForFile(wordFolder, "folder not found", Layout);
            foreach (var file in Directory.GetFiles(wordFolder, "*.wav").Order(StringComparer.Ordinal))
            {
                var relative = $"{words[label]}/{System.IO.Path.GetFileName(file)}";
                files.Add(file);
                labels.Add(label);
                splits.Add(test.Contains(relative) ? 2 : validation.Contains(relative) ? 1 : 0);
            }
        }
        if (files.Count == 0)
            throw InvalidInputException.ForFile(folder, "holds no .wav clip", Layout);
        return new SpeechCommandsFolder(files, [.. labels], [.. splits]);
    }

    static HashSet<string> ListFile(string folder, string name)
    {
        var path = System.IO.Path.Combine(folder, name);
        if (!File.Exists(path))
            throw InvalidInputException.ForFile(path, "file not found", Layout);
        return File.ReadAllLines(path).Select(line => line.Trim()).Where(line => line.Length > 0).ToHashSet(StringComparer.Ordinal);
    }
}
