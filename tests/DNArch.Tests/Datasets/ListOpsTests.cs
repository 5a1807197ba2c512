using DNArch.Abstractions.Datasets;
using DNArch.Plugins.Datasets.ListOps;

namespace DNArch.Tests.Datasets;

[Collection(TorchCollection.Name)]
public sealed class ListOpsTests : IDisposable
{
    readonly DatasetFiles cache = new();

    public void Dispose() => cache.Dispose();

    static ListOpsOptions Small() => new()
    {
        MinLength = 20, MaxLength = 120, MaxDepth = 6, MaxArgs = 5, TrainCount = 300, ValidationCount = 20, TestCount = 20,
    };

    /// <summary>An evaluator written apart from the generator: a stack of open operator frames.</summary>
    static int Evaluate(ReadOnlySpan<byte> tokens)
    {
        var frames = new Stack<(string Op, List<int> Args)>();
        int? result = null;
        foreach (var token in tokens)
        {
            if (token is >= 1 and <= 10)
            {
                if (frames.Count == 0)
                    result = token - 1;
                else
                    frames.Peek().Args.Add(token - 1);
            }
            else if (token == 15)
            {
                var (op, args) = frames.Pop();
                args.Count.Should().BeGreaterThanOrEqualTo(2);
                var sorted = args.Order().ToList();
                var value = op switch
                {
                    "MIN" => sorted[0],
                    "MAX" => sorted[^1],
                    "SM" => args.Sum() % 10,
                    _ => (int)Math.Floor((sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2.0),
                };
                if (frames.Count == 0)
                    result = value;
                else
                    frames.Peek().Args.Add(value);
            }
            else
            {
                frames.Push((token switch { 11 => "MIN", 12 => "MAX", 13 => "MED", 14 => "SM", _ => throw new InvalidOperationException($"token {token}") }, []));
            }
        }
        frames.Should().BeEmpty();
        return result ?? throw new InvalidOperationException("empty expression");
    }

    [Fact]
    public void Every_generated_expression_evaluates_to_its_label_and_respects_the_length_range()
    {
        var options = Small();
        var examples = ListOpsExamples.Generate(options, 500, seed: 7);
        for (var i = 0; i < examples.Labels.Length; i++)
        {
            var tokens = examples.Tokens[i].Span;
            tokens.Length.Should().BeInRange(options.MinLength + 1, options.MaxLength - 1);
            Evaluate(tokens).Should().Be(examples.Labels[i], $"expression {i} evaluates to its label");
        }
        examples.Labels.Distinct().Should().HaveCountGreaterThan(5);
        examples.Tokens.Select(t => Convert.ToHexString(t.Span)).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Generation_is_reproducible_from_the_seed()
    {
        var a = ListOpsExamples.Generate(Small(), 50, seed: 3);
        var b = ListOpsExamples.Generate(Small(), 50, seed: 3);
        var c = ListOpsExamples.Generate(Small(), 50, seed: 4);
        a.Tokens.Select(t => t.ToArray()).Should().BeEquivalentTo(b.Tokens.Select(t => t.ToArray()), o => o.WithStrictOrdering());
        c.Tokens[0].ToArray().Should().NotEqual(a.Tokens[0].ToArray());
    }

    [Fact]
    public void The_plugin_caches_the_data_and_reads_the_same_examples_back()
    {
        var section = DatasetFiles.Section(("CacheDirectory", cache.Folder), ("MinLength", "20"), ("MaxLength", "120"),
            ("TrainCount", "300"), ("ValidationCount", "20"), ("TestCount", "20"), ("Limit", "100"));
        var first = new ListOpsDatasetPlugin().Open(section, seed: 5);
        Directory.GetFiles(cache.Folder).Should().ContainSingle().Which.Should().EndWith(".bin");
        var second = new ListOpsDatasetPlugin().Open(section, seed: 5);
        first.Info.Shape.Should().Equal(120);
        (first.Count(DataSplit.Train), first.Count(DataSplit.Validation)).Should().Be((100, 20));
        var (x1, y1) = first.Batch(DataSplit.Test, [0, 19]);
        var (x2, y2) = second.Batch(DataSplit.Test, [0, 19]);
        x1.data<float>().ToArray().Should().Equal(x2.data<float>().ToArray());
        y1.data<long>().ToArray().Should().Equal(y2.data<long>().ToArray());
    }
}
