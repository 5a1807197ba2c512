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

    static PosixSignalRegistration Register(PosixSignal signal) => PosixSignalRegistration.Create(signal, context =>
    {
        context.Cancel = true;
        Volatile.Write(ref received, 1);
    });
}
