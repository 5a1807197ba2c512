using System.Diagnostics;

namespace DNArch.Tests.Reliability;

/// <summary>
/// A small tmpfs mounted on a folder, to make a disk full or read-only in the middle of a run as root can feel it
/// (root ignores permission bits). Mounting needs privileges: <see cref="Available"/> says whether it works here.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    static readonly Lazy<bool> Mountable = new(() =>
    {
        using var probe = TryMount(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dnarch-tests", "mount-probe-" + Environment.ProcessId));
        return probe is not null;
    });

    readonly string filler;

    SmallDisk(string path)
    {
        Path = path;
        filler = System.IO.Path.Combine(path, "filler");
    }

    public static bool Available => Mountable.Value;

    public string Path { get; }

    /// <summary>A tmpfs of 8 MiB on <paramref name="path"/> (created), or null when mounting is not permitted.</summary>
    public static SmallDisk? TryMount(string path)
    {
        Directory.CreateDirectory(path);
        return Mount("-t", "tmpfs", "-o", "size=8m", "tmpfs", path) ? new SmallDisk(path) : null;
    }

    /// <summary>Takes every free byte.</summary>
    public void Fill()
    {
        using var stream = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1);
        foreach (var chunk in new[] { 1 << 16, 1 << 12, 1 })
        {
            var bytes = new byte[chunk];
            try
            {
                while (true) stream.Write(bytes);
            }
            catch (IOException)
            {
                // full at this granularity: try smaller pieces
            }
        }
    }

    public void Free() => File.Delete(filler);

    public void ReadOnly(bool readOnly) => Mount("-o", readOnly ? "remount,ro" : "remount,rw", Path);

    public void Dispose() => Run("umount", "-l", Path);

    static bool Mount(params string[] args) => Run("mount", args);

    static bool Run(string program, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
