using DNArch.Abstractions.Configuration;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Engine.Search;

/// <summary>Turns <c>Search:Device</c> into a torch device, refusing CUDA where this build or machine has none.</summary>
public static class DeviceSelection
{
    public static Device Resolve(string device)
    {
        ArgumentNullException.ThrowIfNull(device);
        var name = device.Trim().ToLowerInvariant();
        if (name == "cpu") return CPU;
        if (name != "cuda" && !name.StartsWith("cuda:", StringComparison.Ordinal))
            throw InvalidInputException.ForKey(ConfigurationKeys.Search.Device, $"'{device}' is not a device", "Valid: cpu, cuda, cuda:N.");
        if (!cuda.is_available())
            throw InvalidInputException.ForKey(ConfigurationKeys.Search.Device, "cuda was requested but CUDA is not available here " +
                "(this build uses the CPU libtorch, or no GPU is present)", "Use cpu, or build with -p:TorchBackend=cuda on a machine with a CUDA GPU (see docs/runtime.md).");
        return torch.device(name);
    }
}
