using DNArch.Engine.Network;
using DNArch.Engine.Runs;
using DNArch.Plugins.Sdk.IO;
using Microsoft.Extensions.Configuration;

namespace DNArch.Tests.Export;

/// <summary>A network written as a search writes its run directory: config.json, architecture.json and best.bin.</summary>
static class SavedRun
{
    public static string Write(string output, IConfigurationSection search, Supernet network)
    {
        using var run = RunDirectory.CreateNew(output, "saved", created => RunConfiguration.Save(created, search, []));
        run.WriteArchitecture(network.Record());
        AtomicFile.Write(run.BestWeights, s =>
        {
            using var writer = new BinaryWriter(s, System.Text.Encoding.UTF8, leaveOpen: true);
            network.save(writer);
        });
        return run.Path;
    }
}
