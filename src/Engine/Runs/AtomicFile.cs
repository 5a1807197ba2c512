using System.Text;

namespace DNArch.Engine.Runs;

/// <summary>
/// Writes a file so that readers see the old content or the new, never a mix: write a temporary file beside it,
/// flush it to disk, then rename it over the target.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string contents) => Write(path, s =>
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(contents);
        s.Write(bytes);
    });

    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var temp = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
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
