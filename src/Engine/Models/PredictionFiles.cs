using DNArch.Plugins.Sdk.Datasets;
using System.Globalization;
using System.Text;
using DNArch.Abstractions.Architecture;
using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Plugins.Sdk.IO;
using static TorchSharp.torch;

namespace DNArch.Engine.Models;

/// <summary>
/// The files of <c>dnarch predict</c>: inputs from a <c>.npy</c> array, outputs to a <c>.npy</c> array or CSV (one row
/// per example: its index, for classification the predicted class, then the output values flattened).
/// </summary>
public static class PredictionFiles
{
    /// <summary>
    /// The examples of the <c>.npy</c> file at <paramref name="path"/> as <c>[N, C_in, *n]</c>; <c>[N, *n]</c> is taken
    /// as one channel when the network has one.
    /// </summary>
    public static Tensor ReadInputs(string path, NetworkIo io)
    {
        ArgumentNullException.ThrowIfNull(io);
        var array = NpyArray.Read(path);
        int[] example = [io.InputChannels, .. io.InputSize];
        var shape = array.Shape.Skip(1).ToArray();
        if (io.InputChannels == 1 && shape.SequenceEqual(io.InputSize)) shape = example;
        if (array.Shape.Length == 0 || !shape.SequenceEqual(example))
            throw InvalidInputException.ForFile(path, $"holds an array of shape ({string.Join(", ", array.Shape)})",
                $"examples of shape (N, {string.Join(", ", example)}) for this network" +
                (io.InputChannels == 1 ? $", or (N, {string.Join(", ", io.InputSize)})" : ""));
        return tensor(array.Values, [array.Shape[0], .. example.Select(n => (long)n)]);
    }

    /// <summary>
    /// Writes <paramref name="outputs"/> (<see cref="FoundNetwork.Predict(Tensor)"/>'s) to <paramref name="path"/>
    /// atomically, as <c>.npy</c> or else CSV; to <paramref name="console"/> as CSV when <paramref name="path"/> is null.
    /// </summary>
    public static void WriteOutputs(Tensor outputs, TaskKind task, string? path, TextWriter console)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(console);
        using var values = outputs.contiguous();
        var shape = values.shape.Select(n => (int)n).ToArray();
        var data = values.data<float>().ToArray();
        if (path is null)
            console.Write(Csv(shape, data, task));
        else if (path.EndsWith(".npy", StringComparison.OrdinalIgnoreCase))
            AtomicFile.Write(path, new NpyArray(shape, data).Write);
        else
            AtomicFile.WriteAllText(path, Csv(shape, data, task));
    }

    static string Csv(int[] shape, float[] data, TaskKind task)
    {
        var c = CultureInfo.InvariantCulture;
        var perExample = shape.Skip(1).Aggregate(1, (p, n) => p * n);
        var classification = task == TaskKind.Classification;
        var text = new StringBuilder(classification ? "index,class" : "index");
        for (var j = 0; j < perExample; j++) text.Append(c, $",{(classification ? "logit" : "value")}{j}");
        text.Append('\n');
        for (var i = 0; i < shape[0]; i++)
        {
            var row = data.AsSpan(i * perExample, perExample);
            text.Append(c, $"{i}");
            if (classification) text.Append(c, $",{row.IndexOf(Max(row))}");
            foreach (var value in row) text.Append(c, $",{value:R}");
            text.Append('\n');
        }
        return text.ToString();
    }

    static float Max(ReadOnlySpan<float> values)
    {
        var max = float.NegativeInfinity;
        foreach (var v in values) max = Math.Max(max, v);
        return max;
    }
}
