using System.Collections.Concurrent;
using DNArch.Abstractions.Datasets;
using DNArch.Engine.Data;
using static TorchSharp.torch;

namespace DNArch.Tests.Datasets;

[Collection(TorchCollection.Name)]
public sealed class BatchLoaderTests
{
    /// <summary>Example i has input i and target i; remembers every tensor it made.</summary>
    sealed class Counting(int count) : IDataset
    {
        public ConcurrentBag<Tensor> Made { get; } = [];

        public DatasetInfo Info { get; } = new("counting", TaskKind.Classification, 1, [1], 2);

        public int Count(DataSplit split) => count;

        public (Tensor Inputs, Tensor Targets) Batch(DataSplit split, ReadOnlySpan<int> indices)
        {
            var ids = indices.ToArray();
            var inputs = tensor(ids.Select(i => (float)i).ToArray(), [ids.Length, 1, 1]);
            var targets = tensor(ids.Select(i => (long)i).ToArray(), [ids.Length]);
            Made.Add(inputs);
            Made.Add(targets);
            return (inputs, targets);
        }
    }

    static List<long> ReadAll(BatchLoader loader)
    {
        var seen = new List<long>();
        foreach (var batch in loader.Read())
        {
            using (batch)
            {
                batch.Inputs.data<float>().Select(v => (long)v).Should().Equal(batch.Targets.data<long>().ToArray());
                seen.AddRange(batch.Targets.data<long>().ToArray());
            }
        }
        return seen;
    }

    [Fact]
    public void Every_index_comes_exactly_once_per_epoch_in_a_seeded_order()
    {
        var dataset = new Counting(103);
        var loader = new BatchLoader(dataset, DataSplit.Train, 10, seed: 1, epoch: 0);
        loader.BatchCount.Should().Be(11);
        var epoch0 = ReadAll(loader);
        epoch0.Order().Should().Equal(Enumerable.Range(0, 103).Select(i => (long)i));
        epoch0.Should().NotBeInAscendingOrder();
        ReadAll(new BatchLoader(dataset, DataSplit.Train, 10, seed: 1, epoch: 0)).Should().Equal(epoch0);
        ReadAll(new BatchLoader(dataset, DataSplit.Train, 10, seed: 1, epoch: 1)).Should().NotEqual(epoch0);
        ReadAll(new BatchLoader(dataset, DataSplit.Train, 10, seed: 2, epoch: 0)).Should().NotEqual(epoch0);
    }

    [Fact]
    public void Validation_and_test_come_in_order()
    {
        ReadAll(new BatchLoader(new Counting(25), DataSplit.Validation, 4, seed: 1, epoch: 3))
            .Should().Equal(Enumerable.Range(0, 25).Select(i => (long)i));
    }

    [Fact]
    public void Leaving_early_disposes_the_batches_not_taken()
    {
        var dataset = new Counting(200);
        var loader = new BatchLoader(dataset, DataSplit.Train, 5, seed: 1, epoch: 0, prefetch: 3);
        DataBatch? taken = null;
        foreach (var batch in loader.Read())
        {
            taken = batch;
            Thread.Sleep(50);
            break;
        }
        taken.Should().NotBeNull();
        dataset.Made.Count.Should().BeInRange(2, 2 * 5, "at most the queue and one batch in hand are prepared ahead");
        dataset.Made.Where(t => !ReferenceEquals(t, taken!.Inputs) && !ReferenceEquals(t, taken.Targets) && !t.IsInvalid).Should().BeEmpty();
        taken!.Dispose();
    }

    [Fact]
    public void Cancellation_stops_the_epoch()
    {
        using var cancel = new CancellationTokenSource();
        var loader = new BatchLoader(new Counting(100), DataSplit.Test, 10, seed: 1, epoch: 0);
        var count = 0;
        var reading = () =>
        {
            foreach (var batch in loader.Read(cancel.Token))
            {
                batch.Dispose();
                if (++count == 2)
                    cancel.Cancel();
            }
        };
        reading.Should().Throw<OperationCanceledException>();
        count.Should().Be(2);
    }

    [Fact]
    public void A_failing_dataset_surfaces_its_exception_to_the_consumer()
    {
        var loader = new BatchLoader(new Failing(), DataSplit.Test, 2, seed: 1, epoch: 0);
        FluentActions.Invoking(() => loader.Read().ToList()).Should().Throw<InvalidDataException>().WithMessage("broken");
    }

    sealed class Failing : IDataset
    {
        public DatasetInfo Info { get; } = new("failing", TaskKind.Classification, 1, [1], 2);

        public int Count(DataSplit split) => 4;

        public (Tensor Inputs, Tensor Targets) Batch(DataSplit split, ReadOnlySpan<int> indices) => throw new InvalidDataException("broken");
    }
}
