using System.Security.Cryptography;
using System.Text.Json;
using DNArch.Abstractions.Configuration;
using DNArch.Plugins.Sdk.IO;
using Microsoft.Extensions.Logging;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Engine.Runs;

/// <summary>
/// One file with the training state, the model, the optimizer and the RNG, followed by a SHA-256 of all of it, so
/// that a truncated or corrupted checkpoint is detected. The newest is written atomically after the previous one is
/// kept aside (also atomically), so a kill at any moment leaves at least one good checkpoint.
/// </summary>
public static class Checkpoint
{
    const string Magic = "DNARCH-CHECKPOINT-1";

    public static void Save(RunDirectory run, TrainingState state, nn.Module model, TorchSharp.Modules.OptimizerHelper optimizer)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(JsonSerializer.Serialize(state, RunDirectory.Json));
            model.save(writer);
            optimizer.save_state_dict(writer);
            using var rng = torch.get_rng_state();
            rng.Save(writer);
        }
        var length = (int)payload.Length;
        var hash = SHA256.HashData(payload.GetBuffer().AsSpan(0, length));
        if (IsIntact(run.Checkpoint))
        {
            AtomicFile.Write(run.PreviousCheckpoint, s =>
            {
                using var latest = File.OpenRead(run.Checkpoint);
                latest.CopyTo(s);
            });
        }
        AtomicFile.Write(run.Checkpoint, s =>
        {
            s.Write(payload.GetBuffer(), 0, length / 2);
            CheckpointKillSwitch.MidWrite(s);
            s.Write(payload.GetBuffer(), length / 2, length - length / 2);
            s.Write(hash);
        });
    }

    /// <summary>Whether any checkpoint file exists, readable or not.</summary>
    public static bool Exists(RunDirectory run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return File.Exists(run.Checkpoint) || File.Exists(run.PreviousCheckpoint);
    }

    /// <summary>Whether <paramref name="path"/> is a complete checkpoint whose checksum matches.</summary>
    public static bool IsIntact(string path) => File.Exists(path) && Verified(path) is not null;

    /// <summary>
    /// Restores the newest checkpoint that verifies into <paramref name="model"/>, <paramref name="optimizer"/> and
    /// the RNG; a damaged newest one is reported and the previous one used.
    /// </summary>
    public static TrainingState Load(RunDirectory run, nn.Module model, TorchSharp.Modules.OptimizerHelper optimizer, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(run);
        foreach (var path in new[] { run.Checkpoint, run.PreviousCheckpoint })
        {
            if (!File.Exists(path)) continue;
            if (Verified(path) is not { } payload)
            {
                logger.LogWarning("Checkpoint {File} is truncated or corrupted (checksum mismatch); using the previous one.", path);
                continue;
            }
            try
            {
                var state = Restore(payload, model, optimizer);
                logger.LogInformation("Resuming from {File}: epoch {Epoch}, step {Step}.", path, state.Epoch + 1, state.Step);
                return state;
            }
            // A checkpoint of another network (config.json edited, or a file copied from another run) verifies but
            // does not load; the previous one may still fit.
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogWarning("Checkpoint {File} verifies but does not fit this run's network ({Reason}); trying the previous one.",
                    path, e.Message.Split('\n')[0]);
            }
        }
        throw InvalidInputException.ForFile(run.Checkpoint,
            "neither it nor checkpoint.previous.bin is intact and fits this run's network, so the run cannot be resumed",
            $"a checkpoint written by dnarch search for this run; start over with: dnarch search --config {run.Configuration}");
    }

    static TrainingState Restore(byte[] payload, nn.Module model, TorchSharp.Modules.OptimizerHelper optimizer)
    {
        using var reader = new BinaryReader(new MemoryStream(payload));
        if (reader.ReadString() != Magic) throw new InvalidDataException("not a DNArch checkpoint (wrong magic)");
        var state = JsonSerializer.Deserialize<TrainingState>(reader.ReadString(), RunDirectory.Json)
            ?? throw new InvalidDataException("no training state");
        model.load(reader);
        optimizer.load_state_dict(reader);
        using var rng = TensorExtensionMethods.Load(reader);
        torch.set_rng_state(rng);
        return state;
    }

    static byte[]? Verified(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 32) return null;
        var payload = bytes.AsSpan(0, bytes.Length - 32);
        return SHA256.HashData(payload).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - 32)) ? payload.ToArray() : null;
    }
}
