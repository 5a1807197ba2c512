using Google.Protobuf;
using Onnx;
using static TorchSharp.torch;

namespace DNArch.Engine.Export;

/// <summary>
/// Builds one ONNX graph (OnnxSharp's generated protobuf types): constants from tensors, nodes with fresh output
/// names, one float input and output whose first dimension is the batch.
/// </summary>
sealed class OnnxGraph
{
    /// <summary>The opset the graph uses (Gelu is an operator from 20 on).</summary>
    public const long Opset = 20;

    const long IrVersion = 9;
    readonly GraphProto graph = new() { Name = "dnarch" };
    int names;

    /// <summary>A float32 constant holding <paramref name="value"/>, copied (any dtype or device).</summary>
    public string Constant(string name, Tensor value)
    {
        ArgumentNullException.ThrowIfNull(value);
        using var values = value.detach().to(ScalarType.Float32, CPU).contiguous();
        var proto = new TensorProto { Name = Fresh(name), DataType = (int)TensorProto.Types.DataType.Float };
        proto.Dims.AddRange(values.shape);
        proto.RawData = ByteString.CopyFrom(values.bytes);
        graph.Initializer.Add(proto);
        return proto.Name;
    }

    /// <summary>An int64 constant of <paramref name="values"/> (shapes, axes, pads).</summary>
    public string Int64s(string name, params long[] values)
    {
        var proto = new TensorProto { Name = Fresh(name), DataType = (int)TensorProto.Types.DataType.Int64 };
        proto.Dims.Add(values.Length);
        proto.Int64Data.AddRange(values);
        graph.Initializer.Add(proto);
        return proto.Name;
    }

    /// <summary>Adds a node of <paramref name="op"/>; returns the name of its one output.</summary>
    public string Node(string op, IEnumerable<string> inputs, params AttributeProto[] attributes)
    {
        var node = new NodeProto { OpType = op, Name = Fresh(op) };
        node.Input.AddRange(inputs);
        node.Output.Add(node.Name + "_out");
        node.Attribute.AddRange(attributes);
        graph.Node.Add(node);
        return node.Output[0];
    }

    public static AttributeProto Ints(string name, IEnumerable<long> values)
    {
        var attribute = new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Ints };
        attribute.Ints.AddRange(values);
        return attribute;
    }

    public static AttributeProto Int(string name, long value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value };

    /// <summary>Declares the graph's float input <paramref name="name"/> of <paramref name="shape"/>, the batch first.</summary>
    public string Input(string name, IEnumerable<long> shape)
    {
        graph.Input.Add(Value(name, shape));
        return name;
    }

    /// <summary>Renames <paramref name="value"/>, the last node's output, to the graph output <paramref name="name"/>.</summary>
    public void Output(string name, string value, IEnumerable<long> shape)
    {
        var producer = graph.Node.Last(n => n.Output.Contains(value));
        producer.Output[producer.Output.IndexOf(value)] = name;
        graph.Output.Add(Value(name, shape));
    }

    /// <summary>The model: this graph with the standard opset, <paramref name="metadata"/> as key-value properties.</summary>
    public ModelProto Model(IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var model = new ModelProto { IrVersion = IrVersion, ProducerName = "dnarch", Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = Opset });
        foreach (var (key, value) in metadata) model.MetadataProps.Add(new StringStringEntryProto { Key = key, Value = value });
        return model;
    }

    string Fresh(string stem) => $"{stem}_{names++}";

    static ValueInfoProto Value(string name, IEnumerable<long> shape)
    {
        var tensor = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = new TensorShapeProto() };
        var first = true;
        foreach (var size in shape)
        {
            tensor.Shape.Dim.Add(first ? new TensorShapeProto.Types.Dimension { DimParam = "batch" }
                : new TensorShapeProto.Types.Dimension { DimValue = size });
            first = false;
        }
        return new ValueInfoProto { Name = name, Type = new TypeProto { TensorType = tensor } };
    }
}
