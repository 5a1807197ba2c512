using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace DNArch.Benchmarks;

/// <summary>
/// The BLAS and FFT libraries of the libtorch this process runs on, from libtorch's own build description
/// (<c>at::show_config()</c>, which PyTorch prints as <c>torch.__config__.show()</c>).
/// </summary>
static partial class TorchLibraries
{
    public sealed record Description(string Blas, string Fft, string BuildSettings);

    delegate IntPtr ShowConfig(IntPtr result);

    /// <summary>
    /// libtorch built with MKL (<c>BLAS_INFO=mkl</c>, <c>USE_MKL=ON</c>) runs its CPU GEMMs and FFTs on MKL; without it,
    /// FFTs run on pocketfft.
    /// </summary>
    public static Description Describe()
    {
        var config = Config();
        var blas = Setting(config, "BLAS_INFO") ?? "unknown";
        var mkl = Setting(config, "USE_MKL") == "ON" || blas == "mkl";
        var version = MklVersion().Match(config) is { Success: true } m ? $" {m.Groups[1].Value}" : "";
        return new Description(blas == "mkl" ? $"MKL{version} (linked into libtorch_cpu)" : blas,
            mkl ? $"MKL{version}" : "pocketfft",
            string.Join(", ", ((string[])["BLAS_INFO", "LAPACK_INFO", "USE_MKL", "USE_MKLDNN", "USE_OPENMP"])
                .Select(key => Setting(config, key) is { } value ? $"{key}={value}" : null).OfType<string>()));
    }

    /// <summary><c>at::show_config()</c>: a <c>std::string</c> returned through a hidden result pointer (x86-64 ABI).</summary>
    static string Config()
    {
        var library = File.ReadLines("/proc/self/maps").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length >= 6 && f[5].EndsWith("/libtorch_cpu.so", StringComparison.Ordinal)).Select(f => f[5])
            .FirstOrDefault() ?? throw new InvalidOperationException("libtorch_cpu.so is not loaded.");
        var handle = NativeLibrary.Load(library);
        var show = Marshal.GetDelegateForFunctionPointer<ShowConfig>(NativeLibrary.GetExport(handle, "_ZN2at11show_configB5cxx11Ev"));
        var result = Marshal.AllocHGlobal(64);
        try
        {
            show(result);
            // libstdc++'s std::string: data pointer, then length. Its buffer is left to the process (a few KiB, once).
            return Marshal.PtrToStringUTF8(Marshal.ReadIntPtr(result), (int)Marshal.ReadInt64(result, 8));
        }
        finally
        {
            Marshal.FreeHGlobal(result);
        }
    }

    static string? Setting(string config, string key) =>
        Regex.Match(config, $@"\b{key}=([^,\s]+)") is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"Math Kernel Library Version ([0-9.]+)")]
    private static partial Regex MklVersion();
}
