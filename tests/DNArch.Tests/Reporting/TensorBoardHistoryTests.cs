using DNArch.Engine.Reporting;
using DNArch.Tests.Support;
using static TorchSharp.torch.utils.tensorboard;

namespace DNArch.Tests.Reporting;

public sealed class TensorBoardHistoryTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    static List<int> Lengths(string file) => [.. TfRecords.Messages(file).Select(m => m.Length)];

    [Fact]
    public void A_resume_drops_the_steps_and_epochs_logged_after_the_checkpoint()
    {
        var folder = temp.Sub("tensorboard");
        var writer = SummaryWriter(folder);
        for (var step = 0; step < 12; step++) writer.add_scalar("train/loss", step, step);
        for (var epoch = 1; epoch <= 3; epoch++) writer.add_scalar("val/loss", epoch, epoch);
        var file = Directory.GetFiles(folder).Single();
        var before = Lengths(file);

        // Two epochs of four steps were checkpointed; the process died in epoch 3.
        TensorBoardHistory.KeepBefore(folder, startEpoch: 2, stepsPerEpoch: 4);

        var after = Lengths(file);
        before.Should().HaveCount(1 + 12 + 3, "the file version event, 12 steps, 3 epochs");
        after.Should().HaveCount(1 + 8 + 2);
        after.Should().Equal(before.Take(1 + 8).Concat(before.Skip(1 + 12).Take(2)));
    }

    [Fact]
    public void A_fresh_run_or_a_file_with_nothing_to_drop_is_left_untouched()
    {
        var folder = temp.Sub("tensorboard");
        var writer = SummaryWriter(folder);
        writer.add_scalar("train/loss", 1, 0);
        var file = Directory.GetFiles(folder).Single();
        var content = File.ReadAllBytes(file);
        TensorBoardHistory.KeepBefore(folder, startEpoch: 1, stepsPerEpoch: 4);
        File.ReadAllBytes(file).Should().Equal(content);
        TensorBoardHistory.KeepBefore(temp.Sub("missing"), startEpoch: 1, stepsPerEpoch: 4);
    }
}
