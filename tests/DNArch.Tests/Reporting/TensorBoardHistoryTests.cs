using DNArch.Engine.Reporting;
using DNArch.Tests.Support;
using static TorchSharp.torch.utils.tensorboard;

namespace DNArch.Tests.Reporting;

public sealed class TensorBoardHistoryTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    // Record lengths of a TFRecord file, read independently of the class under test: 8-byte length, 4-byte CRC,
    // the message, 4-byte CRC.
    static List<ulong> Lengths(string file)
    {
        var data = File.ReadAllBytes(file);
        var lengths = new List<ulong>();
        for (var offset = 0; offset < data.Length;)
        {
            var length = BitConverter.ToUInt64(data, offset);
            lengths.Add(length);
            offset += 16 + (int)length;
        }
        return lengths;
    }

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
