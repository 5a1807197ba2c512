using System.Globalization;
using DNArch.Engine.Models;
using DNArch.Plugins.Sdk.IO;
using Google.Protobuf;
using Onnx;
using static TorchSharp.torch;

namespace DNArch.Engine.Export;

/// <summary>
/// A found network as a fixed ONNX graph (opset <see cref="OnnxGraph.Opset"/>): input <c>input</c>
/// <c>[batch, C_in, *n]</c>, output <c>output</c> (class logits or dense predictions), every value the network
/// computes in evaluation baked in: kernels generated once and cropped, masks and depth gates as constants, batch norms
/// folded, resampling as per-dimension matrices. Built module by module (<see cref="StemExport"/>,
/// <see cref="BlockExport"/>, <see cref="HeadExport"/>).
/// </summary>
public static class OnnxExport
{
    public static ModelProto Model(FoundNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        using var scope = NewDisposeScope();
        using var _ = no_grad();
        var supernet = network.Network;
        var io = supernet.Io;
        var graph = new OnnxGraph();
        var input = graph.Input("input", [1, io.InputChannels, .. io.InputSize.Select(n => (long)n)]);
        var (x, channels) = StemExport.Emit(graph, supernet.Stem, input, io.InputChannels, io.InputSize);
        var size = io.InputSize.ToArray();
        var depth = supernet.Depth;
        var gates = depth.Values(depth.Active);
        for (var l = 0; l < depth.Active; l++)
            (x, channels, size) = BlockExport.Emit(graph, supernet.Blocks[l], x, channels, size, gates?[l]);
        var output = HeadExport.Emit(graph, supernet.Head, x, channels, size, io.InputSize);
        long[] shape = io.Task == Abstractions.Datasets.TaskKind.Classification
            ? [1, io.OutputChannels]
            : [1, io.OutputChannels, .. io.InputSize.Select(n => (long)n)];
        graph.Output("output", output, shape);
        return graph.Model(new Dictionary<string, string>
        {
            ["dnarch.run"] = Path.GetFileName(network.Run.Path),
            ["dnarch.task"] = io.Task.ToString(),
            ["dnarch.causal"] = io.Causal.ToString(CultureInfo.InvariantCulture),
        });
    }

    /// <summary>Writes <see cref="Model"/> of <paramref name="network"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(FoundNetwork network, string path)
    {
        var model = Model(network);
        AtomicFile.Write(path, model.WriteTo);
    }
}
