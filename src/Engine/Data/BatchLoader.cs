using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using DNArch.Abstractions.Datasets;

namespace DNArch.Engine.Data;

/// <summary>
/// The batches of one epoch of one split, prepared ahead on a background thread (a bounded queue of
/// <see cref="Prefetch"/> batches) in <see cref="BatchOrder"/>. The last batch may be smaller. Batches the consumer
/// never took (early exit, cancellation, failure) are disposed by the loader; taken ones by the consumer.
/// </summary>
public sealed class BatchLoader
{
    readonly IDataset dataset;
    readonly DataSplit split;
    readonly int batchSize;
    readonly int[] order;

    public BatchLoader(IDataset dataset, DataSplit split, int batchSize, int seed, int epoch, int prefetch = 3)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(prefetch, 1);
        this.dataset = dataset;
        this.split = split;
        this.batchSize = batchSize;
        Prefetch = prefetch;
        order = BatchOrder.Of(split, dataset.Count(split), seed, epoch);
    }

    /// <summary>The dataset indices of the epoch, in the order they are batched.</summary>
    public IReadOnlyList<int> Order => order;

    public int Prefetch { get; }

    public int BatchCount => (order.Length + batchSize - 1) / batchSize;

    public IEnumerable<DataBatch> Read(CancellationToken cancellation = default)
    {
        using var queue = new BlockingCollection<DataBatch>(Prefetch);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        Exception? failure = null;
        var producer = new Thread(() => failure = Produce(queue, stop.Token)) { IsBackground = true, Name = $"DNArch {split} batches" };
        producer.Start();
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable(cancellation))
                yield return batch;
            producer.Join();
            if (failure is not null)
                ExceptionDispatchInfo.Capture(failure).Throw();
        }
        finally
        {
            stop.Cancel();
            producer.Join();
            while (queue.TryTake(out var left))
                left.Dispose();
        }
    }

    /// <summary>Fills the queue until the epoch ends or <paramref name="stop"/>; returns the dataset's failure, if any.</summary>
    Exception? Produce(BlockingCollection<DataBatch> queue, CancellationToken stop)
    {
        try
        {
            for (var start = 0; start < order.Length && !stop.IsCancellationRequested; start += batchSize)
            {
                var (inputs, targets) = dataset.Batch(split, order.AsSpan(start, Math.Min(batchSize, order.Length - start)));
                var batch = new DataBatch(inputs, targets);
                try
                {
                    queue.Add(batch, stop);
                }
                catch (OperationCanceledException)
                {
                    batch.Dispose();
                }
            }
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
        finally
        {
            queue.CompleteAdding();
        }
    }
}
