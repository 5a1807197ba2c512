using DNArch.Abstractions.Plugins;
using DNArch.Host.Plugins;
using DNArch.Plugins.Datasets.SpeechCommands;
using DNArch.Tests.Datasets;
using DNArch.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace DNArch.Tests.Runs;

/// <summary>
/// Every recipe in <c>recipes/</c> run through the search as <c>dnarch search --config</c> composes it (appsettings,
/// then the recipe, then command-line overrides), the overrides shrinking it to seconds and pointing it at tiny
/// generated data.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class RecipeTests : IDisposable
{
    static readonly string[] Recipes =
    [
        "cifar10-image.json", "cifar10-sequence.json", "cosmic.json", "darcy.json", "fashion-mnist-image.json",
        "fashion-mnist-sequence.json", "listops.json", "lra-image.json", "mnist-pmnist.json", "mnist-smnist.json",
        "pathfinder.json", "pathx.json", "retrieval.json", "speech-commands.json", "text.json", "waves.json",
    ];

    readonly TempDirectory temp = new();
    readonly DatasetFiles files = new();

    public void Dispose()
    {
        temp.Dispose();
        files.Dispose();
    }

    [Fact]
    public void Every_recipe_is_run_here()
    {
        Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "recipes"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .Should().Equal(Recipes);
    }

    [Fact]
    public void Every_recipe_names_a_discovered_dataset_plugin()
    {
        var datasets = new PluginDiscovery(new ListLogger<PluginDiscovery>()).Discover([DnarchProcess.BuiltInPluginFolder(temp)])
            .Where(p => p.Descriptor.Kind == PluginKind.Dataset).Select(p => p.Descriptor.Name).ToList();

        datasets.Should().Contain(["pathfinder", "cifar", "retrieval", "speech-commands", "cosmic", "fashion-mnist", "mnist",
            "listops", "text", "darcy", "waves"]);
        foreach (var recipe in Recipes)
        {
            var type = new ConfigurationBuilder().AddJsonFile(Path.Combine(RepositoryRoot.Path, "recipes", recipe)).Build()["Search:Dataset:Type"];
            datasets.Should().Contain(type, recipe);
        }
    }

    [Theory]
    [InlineData("cifar10-image.json", "testAccuracy")]
    [InlineData("cifar10-sequence.json", "testAccuracy")]
    [InlineData("darcy.json", "testError")]
    [InlineData("fashion-mnist-image.json", "testAccuracy")]
    [InlineData("fashion-mnist-sequence.json", "testAccuracy")]
    [InlineData("listops.json", "testAccuracy")]
    [InlineData("mnist-pmnist.json", "testAccuracy")]
    [InlineData("mnist-smnist.json", "testAccuracy")]
    [InlineData("text.json", "testAccuracy")]
    [InlineData("waves.json", "testAccuracy")]
    [InlineData("cosmic.json", "testFnrAtFpr0.001")]
    [InlineData("lra-image.json", "testAccuracy")]
    [InlineData("pathfinder.json", "testAccuracy")]
    [InlineData("pathx.json", "testAccuracy")]
    [InlineData("retrieval.json", "testAccuracy")]
    [InlineData("speech-commands.json", "testAccuracy")]
    public void A_recipe_runs_end_to_end_at_a_tiny_size(string recipe, string figure)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryRoot.Path, "src", "Host", "appsettings.json"))
            .AddJsonFile(Path.Combine(RepositoryRoot.Path, "recipes", recipe))
            .AddInMemoryCollection(Tiny(recipe))
            .Build();
        using var host = new EngineHost();
        using var run = host.Runs.Search(configuration.GetSection("Search"));

        var record = run.Execute(CancellationToken.None);

        record.Metrics.Should().ContainKey(figure);
        run.Run.ReadMetrics().Should().ContainSingle("one epoch");
    }

    Dictionary<string, string?> Tiny(string recipe)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Search:Output"] = temp.Path,
            ["Search:Network:Blocks"] = "2",
            ["Search:Network:Width"] = "8",
            ["Search:Kernel:Hidden"] = "8",
            ["Search:Kernel:Layers"] = "2",
            ["Search:Training:Epochs"] = "1",
            ["Search:Training:BatchSize"] = "4",
            ["Search:Dataset:Limit"] = "8",
        };
        var generated = new Dictionary<string, string?>
        {
            ["Search:Dataset:CacheDirectory"] = temp.Sub("cache"),
            ["Search:Dataset:TrainCount"] = "8",
            ["Search:Dataset:ValidationCount"] = "4",
            ["Search:Dataset:TestCount"] = "4",
        };
        switch (recipe)
        {
            case "cosmic.json":
                generated["Search:Dataset:Resolution"] = "16";
                generated["Search:Network:KernelGrid"] = "7";
                return Merge(settings, generated);
            case "darcy.json":
                generated["Search:Dataset:Resolution"] = "13";
                generated["Search:Network:KernelGrid"] = "7";
                return Merge(settings, generated);
            case "listops.json":
                generated["Search:Dataset:MinLength"] = "20";
                generated["Search:Dataset:MaxLength"] = "64";
                return Merge(settings, generated);
            case "waves.json":
                generated.Remove("Search:Dataset:CacheDirectory");
                return Merge(settings, generated);
            case "pathfinder.json":
            case "pathx.json":
                return Merge(settings, generated);
            case "fashion-mnist-image.json":
            case "fashion-mnist-sequence.json":
            case "mnist-pmnist.json":
            case "mnist-smnist.json":
                files.WriteMnist(24, 8);
                settings["Search:Dataset:Path"] = files.Folder;
                return settings;
            case "text.json":
                foreach (var part in new[] { "train", "test" })
                    for (var i = 0; i < 4; i++)
                    {
                        files.Write($"{part}/neg/{i}_1.txt", "a bad review"u8.ToArray());
                        files.Write($"{part}/pos/{i}_9.txt", "a good review"u8.ToArray());
                    }
                settings["Search:Dataset:Path"] = files.Folder;
                settings["Search:Dataset:Length"] = "64";
                return settings;
            case "cifar10-image.json":
            case "cifar10-sequence.json":
            case "lra-image.json":
                var cifar = temp.Sub("cifar");
                for (var b = 1; b <= 5; b++)
                    File.WriteAllBytes(Path.Combine(cifar, $"data_batch_{b}.bin"), CifarRecords(2, b));
                File.WriteAllBytes(Path.Combine(cifar, "test_batch.bin"), CifarRecords(2, 0));
                settings["Search:Dataset:Path"] = cifar;
                return settings;
            case "retrieval.json":
                var aan = temp.Sub("aan");
                AanFiles.Write(aan, 8);
                settings["Search:Dataset:Path"] = aan;
                return settings;
            default:
                var speech = temp.Sub("speech");
                SpeechFolder.Write(speech, SpeechCommandsFolder.AllWords, clipsPerWord: 3);
                settings["Search:Dataset:Path"] = speech;
                return settings;
        }
    }

    static Dictionary<string, string?> Merge(Dictionary<string, string?> settings, Dictionary<string, string?> more) =>
        settings.Concat(more).ToDictionary();

    /// <summary>CIFAR-10 binary records: label, then 3072 pixel bytes.</summary>
    static byte[] CifarRecords(int count, int label) =>
        Enumerable.Range(0, count).SelectMany(i => new[] { (byte)((label + i) % 10) }.Concat(Enumerable.Range(0, 3072).Select(p => (byte)(p * (i + 1))))).ToArray();
}
