using System.Text.Json;
using DNArch.Abstractions.Configuration;
using Google.Protobuf;
using Tensorboard;

namespace DNArch.Engine.Reporting;

/// <summary>
/// A run as one session of TensorBoard's HParams view: the events of its <c>hparams</c> plugin (experiment, session
/// start with the run's hyperparameters, session end), whose <c>HParamsPluginData</c> protos (plugin data version 0,
/// as PyTorch writes them) are encoded here by field number. The metrics are scalar tags the run logs.
/// </summary>
static class HParamsSummary
{
    const string Plugin = "hparams";

    /// <summary>Tags the HParams view shows per run, their last values.</summary>
    public static readonly string[] Metrics =
        ["test/accuracy", "test/error", "val/accuracy", "val/error", "val/loss", "cost/flops", "cost/params", "architecture/depth"];

    /// <summary>The hyperparameters of a run: every scalar key of the <c>Search</c> section of its <c>config.json</c> but its name and output.</summary>
    public static IReadOnlyList<(string Name, JsonElement Value)> Of(string configJson)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(configJson));
        var found = new List<(string, JsonElement)>();
        if (json.RootElement.TryGetProperty(ConfigurationKeys.Search.Section, out var search)) Flatten(search, ConfigurationKeys.Search.Section, found);
        return found;
    }

    public static IEnumerable<Event> Events(IReadOnlyList<(string Name, JsonElement Value)> hparams, bool finished)
    {
        var experiment = new CodedBuilder();
        foreach (var (name, _) in hparams) experiment.Message(4, new CodedBuilder().String(1, name));
        foreach (var metric in Metrics) experiment.Message(5, new CodedBuilder().Message(1, new CodedBuilder().String(2, metric)));
        yield return Event("_hparams_/experiment", new CodedBuilder().Message(2, experiment));

        var start = new CodedBuilder();
        foreach (var (name, value) in hparams) start.Message(1, new CodedBuilder().String(1, name).Message(2, Value(value)));
        yield return Event("_hparams_/session_start_info", new CodedBuilder().Message(3, start));

        // Status STATUS_SUCCESS = 1, else STATUS_RUNNING = 3.
        if (finished) yield return Event("_hparams_/session_end_info", new CodedBuilder().Message(4, new CodedBuilder().Int(1, 1)));
    }

    static Event Event(string tag, CodedBuilder data)
    {
        var value = new Summary.Types.Value
        {
            Tag = tag,
            Metadata = new SummaryMetadata { PluginData = new SummaryMetadata.Types.PluginData { PluginName = Plugin, Content = ByteString.CopyFrom(data.ToArray()) } },
        };
        var summary = new Summary();
        summary.Value.Add(value);
        return new Event { WallTime = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0, Summary = summary };
    }

    // google.protobuf.Value: number_value = 2, string_value = 3, bool_value = 4.
    static CodedBuilder Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => new CodedBuilder().Double(2, value.GetDouble()),
        JsonValueKind.True or JsonValueKind.False => new CodedBuilder().Int(4, value.GetBoolean() ? 1 : 0),
        _ => new CodedBuilder().String(3, value.ToString()),
    };

    static void Flatten(JsonElement element, string path, List<(string, JsonElement)> found)
    {
        foreach (var property in element.EnumerateObject())
        {
            var key = $"{path}:{property.Name}";
            if (property.Value.ValueKind == JsonValueKind.Object) Flatten(property.Value, key, found);
            else if (property.Value.ValueKind is not JsonValueKind.Array and not JsonValueKind.Null && key is not ConfigurationKeys.Search.Name and not ConfigurationKeys.Search.Output)
                found.Add((key, property.Value.Clone()));
        }
    }

    /// <summary>A protobuf message written field by field.</summary>
    sealed class CodedBuilder
    {
        readonly MemoryStream buffer = new();
        readonly CodedOutputStream output;

        public CodedBuilder() => output = new CodedOutputStream(buffer, leaveOpen: true);

        public CodedBuilder String(int field, string value)
        {
            output.WriteTag(field, WireFormat.WireType.LengthDelimited);
            output.WriteString(value);
            return this;
        }

        public CodedBuilder Double(int field, double value)
        {
            output.WriteTag(field, WireFormat.WireType.Fixed64);
            output.WriteDouble(value);
            return this;
        }

        public CodedBuilder Int(int field, int value)
        {
            output.WriteTag(field, WireFormat.WireType.Varint);
            output.WriteInt32(value);
            return this;
        }

        public CodedBuilder Message(int field, CodedBuilder message)
        {
            output.WriteTag(field, WireFormat.WireType.LengthDelimited);
            output.WriteBytes(ByteString.CopyFrom(message.ToArray()));
            return this;
        }

        public byte[] ToArray()
        {
            output.Flush();
            return buffer.ToArray();
        }
    }
}
