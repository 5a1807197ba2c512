using System.Globalization;
using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Engine.Network;
using DNArch.Engine.Search;
using DNArch.Tests.Datasets;
using DNArch.Tests.Support;

namespace DNArch.Tests.Reliability;

/// <summary>
/// The supernet's peak training memory is estimated from the configuration before anything is built: more than the
/// machine has (or than <c>Search:MemoryLimit</c>) is refused naming the key, before any run directory appears.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class MemoryCheckTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    void ShouldBeRefused(Dictionary<string, string?> settings, params string[] expected)
    {
        using var host = new EngineHost();

        var act = () => host.Runs.Search(EngineHost.Section(settings)).Dispose();

        var message = act.Should().Throw<InvalidInputException>().Which.Message;
        foreach (var text in expected) message.Should().Contain(text);
        message.Should().NotContain("\n");
        Directory.EnumerateFileSystemEntries(temp.Path).Should().BeEmpty("no run directory is created");
    }

    [Fact]
    public void A_search_estimated_above_the_memory_limit_is_refused_naming_the_key()
    {
        var settings = EngineHost.TinySearch(temp.Path);
        settings["Search:MemoryLimit"] = "1MB";
        ShouldBeRefused(settings, "Search:MemoryLimit", "estimated");
    }

    [Fact]
    public void An_in_range_but_huge_supernet_is_refused_against_the_machines_memory()
    {
        var settings = EngineHost.TinySearch(temp.Path);
        settings["Search:Network:Width"] = "8192";
        settings["Search:Network:Blocks"] = "256";
        ShouldBeRefused(settings, "Search:MemoryLimit", "estimated", "available");
    }

    [Fact]
    public void A_malformed_memory_limit_is_refused_naming_the_key()
    {
        var settings = EngineHost.TinySearch(temp.Path);
        settings["Search:MemoryLimit"] = "lots";
        ShouldBeRefused(settings, "Search:MemoryLimit", "'lots'");
    }

    [Fact]
    public void A_dual_encoder_is_estimated_as_its_trunk_runs_on_twice_the_batch_of_half_the_channels()
    {
        var network = new NetworkOptions { Blocks = 3, Width = 16 };
        var pairs = new DatasetInfo("pairs", TaskKind.Classification, 2, [100], 2);

        var dual = MemoryCheck.Estimate(network, pairs, batch: 8, encodings: 2);

        dual.Should().Be(MemoryCheck.Estimate(network, pairs with { InputChannels = 1 }, batch: 16, encodings: 1));
        dual.Should().BeGreaterThan(1.9 * MemoryCheck.Estimate(network, pairs, batch: 8, encodings: 1) - 1e6,
            "the activations of the doubled trunk batch dominate");
    }

    [Fact]
    public void A_dual_encoder_search_is_refused_where_its_single_encoding_would_fit()
    {
        var aan = temp.Sub("aan");
        AanFiles.WriteTopics(aan, count: 16, length: 512, topics: 2, seed: 1);
        var settings = EngineHost.WithoutDataset(EngineHost.TinySearch(temp.Sub("runs")));
        settings["Search:Dataset:Type"] = "retrieval";
        settings["Search:Dataset:Path"] = aan;
        settings["Search:Dataset:Length"] = "512";
        var network = new NetworkOptions { Blocks = 2, Width = 8 };
        var pairs = new DatasetInfo("retrieval", TaskKind.Classification, 2, [512], 2);
        var single = MemoryCheck.Estimate(network, pairs, batch: 32, encodings: 1);
        var dual = MemoryCheck.Estimate(network, pairs, batch: 32, encodings: 2);
        settings["Search:MemoryLimit"] = ((single + dual) / 2).ToString("0", CultureInfo.InvariantCulture);
        using var host = new EngineHost();

        using (host.Runs.Search(EngineHost.Section(settings))) { }
        settings["Search:Head:Type"] = "dual-encoder";
        var act = () => host.Runs.Search(EngineHost.Section(settings)).Dispose();

        act.Should().Throw<InvalidInputException>().Which.Message.Should().Contain("Search:MemoryLimit").And.Contain("2 encodings");
    }

    [Fact]
    public void A_generous_memory_limit_lets_the_search_start()
    {
        var settings = EngineHost.TinySearch(temp.Path);
        settings["Search:MemoryLimit"] = "64GB";
        using var host = new EngineHost();

        using var run = host.Runs.Search(EngineHost.Section(settings));

        Directory.Exists(run.Run.Path).Should().BeTrue();
    }
}
