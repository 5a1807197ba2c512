using System.Text.Json;
using static TorchSharp.torch;

namespace DNArch.Benchmarks;

/// <summary>
/// Named float32 tensors as one raw little-endian file (<c>tensors.bin</c>) and an index (<c>tensors.json</c>:
/// name, shape, offset in floats), simple to read from Python with numpy.
/// </summary>
static class WeightExport
{
    public sealed record Entry(string Name, long[] Shape, long Offset);

    public static void Write(string directory, IEnumerable<(string Name, Tensor Value)> tensors)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        Directory.CreateDirectory(directory);
        var index = new List<Entry>();
        long offset = 0;
        using (var data = File.Create(Path.Combine(directory, "tensors.bin")))
        {
            foreach (var (name, value) in tensors)
            {
                using var values = value.detach().to(ScalarType.Float32).contiguous();
                var floats = values.data<float>().ToArray();
                data.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(floats.AsSpan()));
                index.Add(new Entry(name, values.shape, offset));
                offset += floats.Length;
            }
        }
        File.WriteAllText(Path.Combine(directory, "tensors.json"), JsonSerializer.Serialize(index, ResultFile.Options));
    }
}
