using System.IO.Compression;
using DNArch.Abstractions.Configuration;

namespace DNArch.Plugins.Datasets.Common;

/// <summary>Finding and reading data files, plain or gzip-compressed, with errors that name the file.</summary>
public static class DataFiles
{
    /// <summary>
    /// <paramref name="name"/> in <paramref name="folder"/>, or the same name with <c>.gz</c> added; a missing file
    /// is an error naming both.
    /// </summary>
    public static string Resolve(string folder, string name, string expected)
    {
        var path = System.IO.Path.Combine(folder, name);
        if (File.Exists(path))
            return path;
        if (!name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) && File.Exists(path + ".gz"))
            return path + ".gz";
        throw InvalidInputException.ForFile(path, "file not found (nor with .gz)", expected);
    }

    /// <summary>The whole content of <paramref name="path"/>, decompressed when it starts with the gzip magic number.</summary>
    public static byte[] ReadAll(string path, string expected)
    {
        try
        {
            var raw = File.ReadAllBytes(path);
            if (raw.Length < 2 || raw[0] != 0x1f || raw[1] != 0x8b)
                return raw;
            using var gzip = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
            using var content = new MemoryStream(raw.Length * 4);
            gzip.CopyTo(content);
            return content.ToArray();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw InvalidInputException.ForFile(path, $"cannot be read ({e.Message})", expected);
        }
    }

    /// <summary>The folder <paramref name="configured"/> names, or an error naming <paramref name="key"/>.</summary>
    public static string RequireFolder(string? configured, string key, string expected)
    {
        if (string.IsNullOrWhiteSpace(configured))
            throw InvalidInputException.ForKey(key, "no folder is set", $"Set it to a folder holding {expected}");
        if (!Directory.Exists(configured))
            throw InvalidInputException.ForFile(configured, "folder not found", $"a folder holding {expected} (set {key})");
        return configured;
    }

    /// <summary>The configuration path of an options section, for messages.</summary>
    public static string KeyOf(Microsoft.Extensions.Configuration.IConfiguration section, string key) =>
        section is Microsoft.Extensions.Configuration.IConfigurationSection s && s.Path.Length > 0
            ? $"{s.Path}:{key}"
            : $"{ConfigurationKeys.Search.Dataset}:{key}";
}
