namespace DNArch.Tests.Support;

/// <summary>
/// The messages of a TFRecord file (TensorBoard's event files), read independently of the code under test: 8-byte
/// length, 4-byte CRC, the message, 4-byte CRC.
/// </summary>
public static class TfRecords
{
    public static List<byte[]> Messages(string file)
    {
        var data = File.ReadAllBytes(file);
        var messages = new List<byte[]>();
        for (var offset = 0; offset < data.Length;)
        {
            var length = (int)BitConverter.ToUInt64(data, offset);
            messages.Add(data[(offset + 12)..(offset + 12 + length)]);
            offset += 16 + length;
        }
        return messages;
    }
}
