using System.Numerics;
using DNArch.Plugins.Sdk.IO;
using Google.Protobuf;
using Tensorboard;

namespace DNArch.Engine.Reporting;

/// <summary>
/// Writes TensorBoard events to a file of its own as TFRecords (length, masked CRC-32C, the <c>Event</c>, masked
/// CRC-32C), for summaries TorchSharp's <c>SummaryWriter</c> has no method for. The file is replaced atomically.
/// </summary>
static class TensorBoardRecords
{
    public static void Write(string file, IEnumerable<Event> events)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var all = events.Prepend(new Event { WallTime = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0, FileVersion = "brain.Event:2" });
        AtomicFile.Write(file, stream =>
        {
            foreach (var message in all.Select(e => e.ToByteArray()))
            {
                var length = BitConverter.GetBytes((ulong)message.Length);
                stream.Write(length);
                stream.Write(BitConverter.GetBytes(MaskedCrc(length)));
                stream.Write(message);
                stream.Write(BitConverter.GetBytes(MaskedCrc(message)));
            }
        });
    }

    static uint MaskedCrc(byte[] data)
    {
        var crc = uint.MaxValue;
        foreach (var b in data) crc = BitOperations.Crc32C(crc, b);
        crc = ~crc;
        return ((crc >> 15) | (crc << 17)) + 0xa282ead8;
    }
}
