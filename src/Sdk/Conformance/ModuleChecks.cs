using DNArch.Abstractions.Configuration;
using Microsoft.Extensions.Configuration;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Plugins.Sdk.Conformance;

/// <summary>Checks shared by the kinds whose plugins create modules (kernels, masks, resamplers).</summary>
static class ModuleChecks
{
    /// <summary>A key no plugin has, added to a plugin's section to see that its options are bound strictly.</summary>
    public const string UnknownKey = "NotAnOption";

    /// <summary>After a backward pass, every parameter has a finite gradient that is not all zero.</summary>
    public static void EveryParameterHasAGradient(nn.Module module, string what)
    {
        var parameters = module.named_parameters().ToList();
        Expect.That(parameters.Count > 0, $"the {what} has no parameters: nothing in it can be learned");
        foreach (var (name, parameter) in parameters)
        {
            Expect.That(parameter.grad is not null, $"parameter '{name}' received no gradient");
            Expect.That(isfinite(parameter.grad!).all().item<bool>(), $"parameter '{name}' received a gradient that is not finite");
            Expect.That(parameter.grad!.abs().sum().ToDouble() > 0, $"parameter '{name}' received a gradient of zero");
        }
    }

    /// <summary>
    /// Creating with an unknown key in the section fails with an <see cref="InvalidInputException"/> that names
    /// the full key, as the host reports it (exit code 2, one line).
    /// </summary>
    public static void OptionsAreValidated(IConfigurationSection options, Action<IConfigurationSection> create)
    {
        var section = ConformanceSettings.With(options, UnknownKey, "1");
        var key = $"{section.Path}:{UnknownKey}";
        try
        {
            create(section);
        }
        catch (InvalidInputException e)
        {
            Expect.That(e.Message.Contains(key, StringComparison.OrdinalIgnoreCase),
                $"the unknown key {key} was refused, but the message does not name it: \"{e.Message}\"");
            return;
        }
        throw new ConformanceException(
            $"the unknown key {key} was accepted; bind the section with PluginOptions.Bind<T>, which refuses unknown keys and bad values with an InvalidInputException naming the key");
    }

    /// <summary>
    /// A module saved and loaded into a second, differently initialised one computes the same: its state is all in
    /// registered parameters and buffers, so checkpoints and best-epoch weights restore it.
    /// </summary>
    public static void SaveLoadRoundTrip<T>(Func<T> create, Func<T, Tensor> run) where T : nn.Module
    {
        using var scope = NewDisposeScope();
        using var original = create();
        using var copy = create();
        using (no_grad())
            foreach (var parameter in copy.parameters()) parameter.add_(0.25);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) original.save(writer);
        stream.Position = 0;
        using (var reader = new BinaryReader(stream)) copy.load(reader);
        using (no_grad())
            Expect.Close(run(copy), run(original), "after save and load, the copy's output differs from the original's");
    }
}
