using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Engine.Data;
using static TorchSharp.torch;

namespace DNArch.Tests.Datasets;

[Collection(TorchCollection.Name)]
public sealed class RandomFlipTests
{
    const int Batch = 64;

    // Example b's pixel (c, y, x) holds 1000·b + 100·c + 10·y + x, so every example and every column differs.
    static Tensor Images(int channels = 2, int height = 3, int width = 4) =>
        arange(Batch * channels * height * width, dtype: ScalarType.Float32).reshape(Batch, channels, height, width);

    static bool Same(Tensor a, Tensor b) => a.shape.SequenceEqual(b.shape) && a.eq(b).all().item<bool>();

    [Fact]
    public void Each_image_is_either_kept_or_mirrored_left_to_right_and_both_happen()
    {
        using var scope = NewDisposeScope();
        var images = Images();
        var labels = arange(Batch, dtype: ScalarType.Int64);

        var (inputs, targets) = RandomFlip.For(true, seed: 3, epoch: 1)!.Apply(images, labels, step: 5);

        var mirrored = Enumerable.Range(0, Batch).Count(b => Same(inputs[b], images[b].flip(-1)));
        var kept = Enumerable.Range(0, Batch).Count(b => Same(inputs[b], images[b]));
        (mirrored + kept).Should().Be(Batch, "an image is only ever kept or mirrored along its last axis");
        mirrored.Should().BeInRange(16, 48, "each image is mirrored with probability ½");
        Same(targets, labels).Should().BeTrue("class labels do not change");
    }

    [Fact]
    public void The_draws_depend_only_on_seed_epoch_and_step()
    {
        using var scope = NewDisposeScope();
        var images = Images();
        var labels = arange(Batch, dtype: ScalarType.Int64);
        Tensor Flipped(int seed, int epoch, int step) => RandomFlip.For(true, seed, epoch)!.Apply(images, labels, step).Inputs;

        Same(Flipped(3, 1, 5), Flipped(3, 1, 5)).Should().BeTrue("a resumed run replays the same batches");
        Same(Flipped(3, 1, 6), Flipped(3, 1, 5)).Should().BeFalse();
        Same(Flipped(3, 2, 5), Flipped(3, 1, 5)).Should().BeFalse();
        Same(Flipped(4, 1, 5), Flipped(3, 1, 5)).Should().BeFalse();
    }

    [Fact]
    public void A_dense_target_is_mirrored_with_its_input()
    {
        using var scope = NewDisposeScope();
        var images = Images(channels: 1);
        var maps = Images(channels: 1) * -1;

        var (inputs, targets) = RandomFlip.For(true, seed: 0, epoch: 0)!.Apply(images, maps, step: 0);

        Same(targets, inputs * -1).Should().BeTrue("each target map follows its image");
        Same(inputs, images).Should().BeFalse();
    }

    [Fact]
    public void Off_means_no_flip_and_sequences_are_refused_naming_the_key()
    {
        RandomFlip.For(false, seed: 0, epoch: 0).Should().BeNull();
        var sequences = new DatasetInfo("waves", TaskKind.Classification, 1, [64], 2);
        var images = new DatasetInfo("fashion-mnist", TaskKind.Classification, 1, [28, 28], 10);

        var act = () => RandomFlip.Check(true, sequences);

        act.Should().Throw<InvalidInputException>().Which.Message.Should().StartWith("Search:Training:RandomFlip").And.Contain("images");
        ((Action)(() => RandomFlip.Check(true, images))).Should().NotThrow();
        ((Action)(() => RandomFlip.Check(false, sequences))).Should().NotThrow();
    }
}
