using System.Runtime.InteropServices;

namespace DNArch.Host.Hosting;

/// <summary>
/// SIGTERM and SIGINT from the start of <c>Main</c>: until the host listens for them (after configuration and plugin
/// discovery) a signal would end the process by its default action. Caught here, it is remembered and stops the
/// command once the host runs, which then exits 130 as for a later interrupt.
/// </summary>
public static class EarlySignals
{
    static int received;
    static readonly List<PosixSignalRegistration> Registrations = [];

    public static bool Received => Volatile.Read(ref received) == 1;

    public static void Catch() => Registrations.AddRange([Register(PosixSignal.SIGTERM), Register(PosixSignal.SIGINT)]);

    /// <summary>Stops catching once the host listens itself, so that a later signal is reported once, by the run.</summary>
    public static void Release()
    {
        foreach (var registration in Registrations) registration.Dispose();
        Registrations.Clear();
    }

    static PosixSignalRegistration Register(PosixSignal signal) => PosixSignalRegistration.Create(signal, context =>
    {
        context.Cancel = true;
        if (Interlocked.Exchange(ref received, 1) == 0)
            Console.Error.WriteLine($"dnarch: {context.Signal} received while starting; the command stops as soon as it starts.");
    });
}
