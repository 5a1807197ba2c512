using System.Text;
using DNArch.Engine.Reporting;
using DNArch.Tests.Support;
using Tensorboard;

namespace DNArch.Tests.Reporting;

/// <summary>What a run logs to TensorBoard, read back from its event files.</summary>
[Collection(TorchCollection.Name)]
public sealed class TensorBoardEventsTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    static List<Event> Events(string file) => [.. TfRecords.Messages(file).Select(Event.Parser.ParseFrom)];

    [Fact]
    public void A_run_logs_learning_rate_realised_sizes_test_figure_and_an_hparams_session()
    {
        using var host = new EngineHost();
        using (var run = host.Runs.Search(EngineHost.Section(EngineHost.TinySearch(temp.Path)))) run.Execute(CancellationToken.None);
        var folder = Path.Combine(temp.Path, "tiny", "tensorboard");
        var files = Directory.GetFiles(folder, "events.out.tfevents.*");
        var hparamsFile = Path.Combine(folder, TensorBoardObserver.HParamsFile);

        var scalars = files.Where(f => f != hparamsFile).SelectMany(Events).Where(e => e.Summary is not null)
            .SelectMany(e => e.Summary.Value.Select(v => (e.Step, v.Tag, v.SimpleValue))).ToList();
        var tags = scalars.Select(s => s.Tag).ToHashSet();
        tags.Should().Contain(["train/learning_rate", "test/accuracy", "realised/block0/width", "realised/block0/kernel_size",
            "realised/block0/resolution", "realised/block1/width"]);
        scalars.Where(s => s.Tag == "train/learning_rate").Select(s => s.SimpleValue).Should().OnlyContain(v => v > 0 && v <= 0.01f + 1e-9f);
        scalars.Where(s => s.Tag == "realised/block0/resolution").Should().OnlyContain(s => s.SimpleValue >= 1 && s.SimpleValue <= 64);

        var hparams = Events(hparamsFile).Where(e => e.Summary is not null).Select(e => e.Summary.Value.Single()).ToList();
        hparams.Select(v => v.Tag).Should().Equal("_hparams_/experiment", "_hparams_/session_start_info", "_hparams_/session_end_info");
        hparams.Should().OnlyContain(v => v.Metadata.PluginData.PluginName == "hparams");
        var start = Encoding.UTF8.GetString(hparams[1].Metadata.PluginData.Content.ToByteArray());
        start.Should().Contain("Search:Kernel:Type").And.Contain("mlp").And.Contain("Search:Training:LearningRate").And.NotContain("Search:Output");
        Encoding.UTF8.GetString(hparams[0].Metadata.PluginData.Content.ToByteArray()).Should().Contain("test/accuracy");
    }
}
