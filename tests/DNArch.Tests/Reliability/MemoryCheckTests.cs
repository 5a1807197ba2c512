using DNArch.Abstractions.Configuration;
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
    public void A_generous_memory_limit_lets_the_search_start()
    {
        var settings = EngineHost.TinySearch(temp.Path);
        settings["Search:MemoryLimit"] = "64GB";
        using var host = new EngineHost();

        using var run = host.Runs.Search(EngineHost.Section(settings));

        Directory.Exists(run.Run.Path).Should().BeTrue();
    }
}
