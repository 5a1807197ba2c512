using System.Text;

namespace DNArch.Plugins.Sdk.IO;

/// <summary>
/// Writes a file so that readers see the old content or the new, never a mix: a temporary file beside it
/// (<c>NAME.PID.GUID.tmp</c>) is written, flushed to disk, then renamed over the target. A process killed midway
/// leaves at most that temporary file.
/// </summary>
public static class AtomicFile
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="contents"/> as UTF-8 without a byte order mark.</summary>
    /// <param name="createNew">Refuse, with an <see cref="IOException"/>, to replace a file that exists.</param>
    public static void WriteAllText(string path, string contents, bool createNew = false)
    {
        ArgumentNullException.ThrowIfNull(contents);
        Write(path, s => s.Write(Utf8.GetBytes(contents)), createNew);
    }

    /// <summary>Writes what <paramref name="write"/> puts in the stream it is given.</summary>
    /// <param name="createNew">
    /// Refuse, with an <see cref="IOException"/>, to replace a file that exists: the file is linked into place, so
    /// of several processes creating it at once exactly one succeeds.
    /// </param>
    public static void Write(string path, Action<Stream> write, bool createNew = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: !createNew);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { /* the original error matters more */ }
        catch (UnauthorizedAccessException) { /* likewise */ }
    }
}
