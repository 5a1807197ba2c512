using DNArch.Plugins.Sdk.IO;
using Google.Protobuf;

namespace DNArch.Engine.Reporting;

/// <summary>
/// Drops from a run's TensorBoard event files the events a resumed run is about to log again: those of the steps and
/// epochs after its last checkpoint, which an interrupted process logged before it died. Records are TFRecords
/// (length, masked CRC, an <c>Event</c> message, masked CRC) and are copied byte for byte; only the <c>Event</c>'s step
/// (field 2) and its first summary value's tag (field 5 → 1 → 1) are read.
/// </summary>
public static class TensorBoardHistory
{
    const int StepField = 2, SummaryField = 5, ValueField = 1, TagField = 1;

    /// <summary>
    /// Keeps per-step events (tags under <c>train/</c>) of steps before <paramref name="startEpoch"/> ·
    /// <paramref name="stepsPerEpoch"/>, and per-epoch events of epochs up to <paramref name="startEpoch"/>.
    /// </summary>
    public static void KeepBefore(string folder, int startEpoch, int stepsPerEpoch)
    {
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.GetFiles(folder, "events.out.tfevents.*"))
        {
            var records = Records(File.ReadAllBytes(file)).ToList();
            var kept = records.Where(r => Keep(r.Event, startEpoch, (long)startEpoch * stepsPerEpoch)).ToList();
            if (kept.Count == records.Count) continue;
            AtomicFile.Write(file, stream => { foreach (var r in kept) stream.Write(r.Bytes.Span); });
        }
    }

    readonly record struct Record(ReadOnlyMemory<byte> Bytes, ReadOnlyMemory<byte> Event);

    // A record whose lengths run past the end (a write cut short) ends the file: it and anything after it are dropped.
    static IEnumerable<Record> Records(byte[] data)
    {
        var offset = 0;
        while (offset + 12 <= data.Length)
        {
            var length = BitConverter.ToUInt64(data, offset);
            if (length > (ulong)(data.Length - offset - 16)) yield break;
            var size = 16 + (int)length;
            yield return new Record(data.AsMemory(offset, size), data.AsMemory(offset + 12, (int)length));
            offset += size;
        }
    }

    static bool Keep(ReadOnlyMemory<byte> message, int startEpoch, long startStep)
    {
        var (step, tag) = StepAndTag(message);
        if (tag is null) return true;
        return tag.StartsWith("train/", StringComparison.Ordinal) ? step < startStep : step <= startEpoch;
    }

    static (long Step, string? Tag) StepAndTag(ReadOnlyMemory<byte> message)
    {
        long step = 0;
        string? tag = null;
        var input = new CodedInputStream(message.ToArray());
        for (uint key; (key = input.ReadTag()) != 0;)
        {
            if (WireFormat.GetTagFieldNumber(key) == StepField && WireFormat.GetTagWireType(key) == WireFormat.WireType.Varint)
                step = input.ReadInt64();
            else if (WireFormat.GetTagFieldNumber(key) == SummaryField && WireFormat.GetTagWireType(key) == WireFormat.WireType.LengthDelimited)
                tag ??= FirstTag(input.ReadBytes());
            else
                input.SkipLastField();
        }
        return (step, tag);
    }

    static string? FirstTag(ByteString summary)
    {
        var input = summary.CreateCodedInput();
        for (uint key; (key = input.ReadTag()) != 0;)
        {
            if (WireFormat.GetTagFieldNumber(key) != ValueField) { input.SkipLastField(); continue; }
            var value = input.ReadBytes().CreateCodedInput();
            for (uint inner; (inner = value.ReadTag()) != 0;)
            {
                if (WireFormat.GetTagFieldNumber(inner) == TagField) return value.ReadString();
                value.SkipLastField();
            }
        }
        return null;
    }
}
