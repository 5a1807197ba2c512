using System.Diagnostics;
using System.Globalization;
using DNArch.Abstractions.Configuration;
using DNArch.Plugins.Sdk.IO;

namespace DNArch.Engine.Runs;

/// <summary>
/// The advisory lock of a run directory: <c>run.lock</c> names the process writing it (PID, start time, host). A
/// second writer is refused naming the holder; a lock whose process no longer runs on this host is taken over. The
/// file appears whole (written beside it, then linked into place), so a reader never sees half a lock.
/// </summary>
sealed class RunLock : IDisposable
{
    public const string FileName = "run.lock";

    readonly string path;
    bool held;

    RunLock(string path, bool held) => (this.path, this.held) = (path, held);

    /// <summary>Locks <paramref name="directory"/> for this process; <paramref name="shown"/> is the folder named in messages.</summary>
    public static RunLock Acquire(string directory, string shown)
    {
        var path = Path.Combine(directory, FileName);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (TryCreate(path)) return new RunLock(path, held: true);
            var holder = LockHolder.Read(path);
            // The same process may open a run it is already writing (in-process callers); it does not own that lock.
            if (holder?.IsCurrentProcess == true) return new RunLock(path, held: false);
            if (holder?.IsAlive == true)
                throw new InvalidInputException(
                    $"{shown}: in use by process {holder.Pid} on {holder.Host} (lock file {path}). A run directory is written by one " +
                    $"process at a time: wait for it to finish or stop it (kill -TERM {holder.Pid}); delete the lock file only if that process is gone.");
            File.Delete(path);
        }
        throw new InvalidInputException($"{shown}: could not take its lock file {path} (other processes kept taking it).");
    }

    /// <summary>This lock, for the directory it was taken in after that was renamed to <paramref name="directory"/>.</summary>
    public RunLock MovedTo(string directory)
    {
        var moved = new RunLock(Path.Combine(directory, FileName), held);
        held = false;
        return moved;
    }

    /// <summary>Whether a process <paramref name="pid"/> runs on this host.</summary>
    public static bool IsRunning(int pid) => LockHolder.Of(pid) is not null;

    static bool TryCreate(string path)
    {
        try
        {
            AtomicFile.WriteAllText(path, LockHolder.Current.ToString(), createNew: true);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }

    /// <summary>Releases the lock (deletes the file) if this instance took it.</summary>
    public void Dispose()
    {
        if (!held) return;
        held = false;
        if (LockHolder.Read(path)?.IsCurrentProcess == true) File.Delete(path);
    }

    /// <summary>A process as a lock file records it: PID, start time (UTC ticks) and host name.</summary>
    sealed record LockHolder(int Pid, long StartTicks, string Host)
    {
        public static LockHolder Current { get; } = Of(Environment.ProcessId) ?? new(Environment.ProcessId, 0, Environment.MachineName);

        public bool IsCurrentProcess => this == Current;

        /// <summary>Alive unless it is of this host and no process with its PID and start time runs.</summary>
        public bool IsAlive => Host != Environment.MachineName || Of(Pid) is { } running && Math.Abs(running.StartTicks - StartTicks) < TimeSpan.TicksPerSecond;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Pid} {StartTicks} {Host}\n");

        public static LockHolder? Read(string path)
        {
            try
            {
                var parts = File.ReadAllText(path).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                return parts.Length == 3 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var pid)
                       && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var start)
                    ? new LockHolder(pid, start, parts[2])
                    : null;
            }
            catch (FileNotFoundException) { return null; }
        }

        /// <summary>The running process <paramref name="pid"/> of this host, or null.</summary>
        public static LockHolder? Of(int pid)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                return new LockHolder(pid, process.StartTime.ToUniversalTime().Ticks, Environment.MachineName);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                return null;
            }
        }
    }
}
