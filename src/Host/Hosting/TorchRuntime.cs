using TorchSharp;

namespace DNArch.Host.Hosting;

/// <summary>The native libtorch backend could not be loaded.</summary>
public sealed class NativeRuntimeException(string message, Exception inner) : Exception(message, inner);

/// <summary>Loads libtorch once, turning a load failure into a message that names the cause and the fix.</summary>
public static class TorchRuntime
{
    public static void EnsureLoaded()
    {
        try
        {
            torch.InitializeDeviceType(DeviceType.CPU);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new NativeRuntimeException(Explain(e), e);
        }
    }

    static string Explain(Exception e)
    {
        var detail = e.InnerException?.Message ?? e.Message;
        var glibcxx = detail.Contains("GLIBCXX", StringComparison.Ordinal) || e.ToString().Contains("GLIBCXX", StringComparison.Ordinal);
        var cause = glibcxx
            ? "libLibTorchSharp.so needs a newer libstdc++ (GLIBCXX_3.4.32) than this system has"
            : "the native libtorch libraries could not be loaded";
        return $"The TorchSharp native runtime did not load: {cause}. " +
               "Fix: build with 'dotnet build' from the repository (its build step marks that libstdc++ version need " +
               "weak in the output copy of libLibTorchSharp.so, see docs/runtime.md), or install a libstdc++ " +
               $"that provides GLIBCXX_3.4.32. Loader said: {FirstLine(detail)}";
    }

    static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
