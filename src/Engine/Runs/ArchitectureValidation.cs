using DNArch.Abstractions.Architecture;
using DNArch.Abstractions.Configuration;

namespace DNArch.Engine.Runs;

/// <summary>
/// Checks that an <see cref="ArchitectureRecord"/> read from <c>architecture.json</c> describes a network that can be
/// built: every size positive and within its maximum, one size per spatial dimension, each block reading what the one
/// before it wrote. A damaged or hand-edited file is refused naming the field (JSON names) instead of failing inside
/// libtorch.
/// </summary>
static class ArchitectureValidation
{
    /// <summary>The largest channel count and kernel grid the configuration allows (<c>Search:Network</c>).</summary>
    const int MaxChannels = 8192;
    const int MaxBlocks = 256;
    const int MaxInputSize = 1 << 24;

    public static void Check(ArchitectureRecord record, string path)
    {
        void Fail(string field, string problem) =>
            throw InvalidInputException.ForFile(path, $"{field} {problem}", "the architecture.json a search writes (sizes positive and within their maximum)");

        void Range(string field, long value, long min, long max)
        {
            if (value < min || value > max) Fail(field, $"is {value}, outside {min}..{max}");
        }

        void Sizes(string field, IReadOnlyList<int>? sizes, int count, Func<int, int> max)
        {
            if (sizes is null) { Fail(field, "is missing"); return; }
            if (sizes.Count != count) Fail(field, $"has {sizes.Count} entries, not one per spatial dimension ({count})");
            for (var d = 0; d < sizes.Count; d++) Range($"{field}[{d}]", sizes[d], 1, max(d));
        }

        if (record.Io is null) { Fail("io", "is missing"); return; }
        var input = record.Io.InputSize;
        if (input is null || input.Count is not (1 or 2)) { Fail("io.inputSize", "must hold 1 (sequence) or 2 (image) sizes"); return; }
        var dimensions = input.Count;
        Sizes("io.inputSize", input, dimensions, _ => MaxInputSize);
        Range("io.inputChannels", record.Io.InputChannels, 1, MaxChannels);
        Range("io.outputChannels", record.Io.OutputChannels, 1, MaxChannels);
        Range("stemWidth", record.StemWidth, 1, MaxChannels);
        Sizes("stemMaxKernelSize", record.StemMaxKernelSize, dimensions, _ => MaxInputSize);
        Sizes("stemKernelSize", record.StemKernelSize, dimensions, d => record.StemMaxKernelSize[d]);
        if (record.Blocks is null) { Fail("blocks", "is missing"); return; }
        Range("blocks (count)", record.Blocks.Count, 1, MaxBlocks);
        Range("depth", record.Depth, 0, record.Blocks.Count);
        var size = input;
        for (var i = 0; i < record.Blocks.Count; i++)
        {
            var block = record.Blocks[i];
            var field = $"blocks[{i}]";
            if (block is null) { Fail(field, "is missing"); return; }
            Range($"{field}.maxWidth", block.MaxWidth, 1, MaxChannels);
            Range($"{field}.width", block.Width, 1, block.MaxWidth);
            Sizes($"{field}.maxKernelSize", block.MaxKernelSize, dimensions, _ => MaxInputSize);
            Sizes($"{field}.kernelSize", block.KernelSize, dimensions, d => block.MaxKernelSize[d]);
            Sizes($"{field}.inputSize", block.InputSize, dimensions, d => size[d]);
            if (!block.InputSize.SequenceEqual(size))
                Fail($"{field}.inputSize", $"is [{string.Join(", ", block.InputSize)}], not the [{string.Join(", ", size)}] the block before it outputs");
            Sizes($"{field}.outputSize", block.OutputSize, dimensions, d => block.InputSize[d]);
            size = block.OutputSize;
        }
    }
}
