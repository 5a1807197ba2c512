using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Plugins.Datasets.SpeechCommands;
using DNArch.Tests.Support;

namespace DNArch.Tests.Datasets;

[Collection(TorchCollection.Name)]
public sealed class SpeechCommandsTests : IDisposable
{
    readonly DatasetFiles files = new();

    public void Dispose() => files.Dispose();

    IDataset Open(params (string, string)[] extra) =>
        new SpeechCommandsDatasetPlugin().Open(DatasetFiles.Section([("Path", files.Folder), ("Variant", "Sc10"), .. extra]), seed: 1);

    [Fact]
    public void Sc10_reads_raw_waveforms_split_by_the_list_files()
    {
        SpeechFolder.Write(files.Folder, SpeechCommandsFolder.Sc10Words, clipsPerWord: 5);
        var dataset = Open();

        dataset.Info.Should().Be(new DatasetInfo("sc10", TaskKind.Classification, 1, dataset.Info.Shape, 10));
        dataset.Info.Shape.Should().Equal(16_000);
        (dataset.Count(DataSplit.Train), dataset.Count(DataSplit.Validation), dataset.Count(DataSplit.Test)).Should().Be((30, 10, 10));
        var (x, y) = dataset.Batch(DataSplit.Test, Enumerable.Range(0, 10).ToArray());
        x.shape.Should().Equal(10, 1, 16_000);
        y.data<long>().ToArray().Should().Equal(Enumerable.Range(0, 10).Select(k => (long)k), "one test clip per word, in word order");
        x[0].std().item<float>().Should().BeGreaterThan(0.5f, "a tone, standardised");
    }

    [Fact]
    public void Mfcc_gives_one_channel_per_coefficient_and_one_step_per_frame()
    {
        SpeechFolder.Write(files.Folder, SpeechCommandsFolder.Sc10Words, clipsPerWord: 5);
        var dataset = Open(("Features", "Mfcc"), ("MfccCoefficients", "13"));

        dataset.Info.Name.Should().Be("sc10-mfcc");
        dataset.Info.InputChannels.Should().Be(13);
        dataset.Info.Shape[0].Should().BeInRange(97, 101, "25 ms frames every 10 ms over one second");
        var (low, _) = dataset.Batch(DataSplit.Test, [0]);
        var (high, _) = dataset.Batch(DataSplit.Test, [9]);
        (low - high).abs().mean().item<float>().Should().BeGreaterThan(0.1f, "tones of 300 and 3,000 Hz have different cepstra");
    }

    [Fact]
    public void The_full_variant_needs_every_word_folder()
    {
        SpeechFolder.Write(files.Folder, SpeechCommandsFolder.Sc10Words, clipsPerWord: 1);
        FluentActions.Invoking(() => new SpeechCommandsDatasetPlugin().Open(DatasetFiles.Section(("Path", files.Folder)), seed: 1))
            .Should().Throw<InvalidInputException>().Where(e => e.Message.Contains(Path.Combine(files.Folder, "backward")));
    }

    [Fact]
    public void A_clip_at_another_rate_or_not_a_wav_names_the_file()
    {
        SpeechFolder.Write(files.Folder, SpeechCommandsFolder.Sc10Words, clipsPerWord: 2);
        SpeechFolder.Write(Directory.CreateDirectory(files.PathOf("slow")).FullName, ["yes"], clipsPerWord: 1, sampleRate: 8_000);
        var slow = Path.Combine(files.Folder, "yes", "clip001.wav");
        File.Copy(Path.Combine(files.Folder, "slow", "yes", "clip000.wav"), slow, overwrite: true);
        FluentActions.Invoking(() => Open()).Should().Throw<InvalidInputException>()
            .Where(e => e.Message.Contains(slow) && e.Message.Contains("8000 Hz"));

        var text = files.Write("no/clip001.wav", "not audio"u8.ToArray());
        File.Delete(slow);
        FluentActions.Invoking(() => Open()).Should().Throw<InvalidInputException>().Where(e => e.Message.Contains(text));
    }

    [Fact]
    public void A_missing_list_file_names_it()
    {
        SpeechFolder.Write(files.Folder, SpeechCommandsFolder.Sc10Words, clipsPerWord: 1);
        File.Delete(files.PathOf("testing_list.txt"));
        FluentActions.Invoking(() => Open()).Should().Throw<InvalidInputException>()
            .Where(e => e.Message.Contains(files.PathOf("testing_list.txt")));
    }

    [Fact]
    public void A_search_learns_the_tones_from_mfcc()
    {
        SpeechFolder.Write(files.Folder, SpeechCommandsFolder.Sc10Words, clipsPerWord: 10);
        using var temp = new TempDirectory();
        var settings = EngineHost.WithoutDataset(EngineHost.TinySearch(temp.Path, "speech"));
        settings["Search:Dataset:Type"] = "speech-commands";
        settings["Search:Dataset:Path"] = files.Folder;
        settings["Search:Dataset:Variant"] = "Sc10";
        settings["Search:Dataset:Features"] = "Mfcc";
        settings["Search:Training:Epochs"] = "4";
        settings["Search:Training:BatchSize"] = "10";
        using var host = new EngineHost();
        using var run = host.Runs.Search(EngineHost.Section(settings));

        var record = run.Execute(CancellationToken.None);

        record.Metrics["testAccuracy"].Should().BeGreaterThanOrEqualTo(0.5, "ten tones, chance is 0.1");
    }
}
