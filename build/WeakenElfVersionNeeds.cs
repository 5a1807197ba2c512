using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

// Sets VER_FLG_WEAK on the named entries of an ELF64 shared library's .gnu.version_r section.
public class WeakenElfVersionNeeds : Task
{
    const uint ShtGnuVerneed = 0x6ffffffe;
    const ushort VerFlagWeak = 0x2;

    [Required] public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();
    [Required] public string Versions { get; set; } = "";

    public override bool Execute()
    {
        var names = new HashSet<string>(Versions.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries));
        foreach (var item in Files)
        {
            var path = item.ItemSpec;
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length < 64 || bytes[0] != 0x7f || bytes[1] != (byte)'E' || bytes[4] != 2)
            {
                Log.LogWarning("{0} is not an ELF64 file; left unchanged.", path);
                continue;
            }
            var changed = Weaken(bytes, names);
            if (changed.Count == 0) continue;
            var temp = path + ".tmp";
            File.WriteAllBytes(temp, bytes);
            File.Delete(path);
            File.Move(temp, path);
            Log.LogMessage(MessageImportance.Normal, "Marked {0} weak in {1}", string.Join(", ", changed), path);
        }
        return !Log.HasLoggedErrors;
    }

    static List<string> Weaken(byte[] b, HashSet<string> names)
    {
        var changed = new List<string>();
        long shoff = (long)BitConverter.ToUInt64(b, 0x28);
        int shentsize = BitConverter.ToUInt16(b, 0x3a), shnum = BitConverter.ToUInt16(b, 0x3c);
        for (int i = 0; i < shnum; i++)
        {
            long sh = shoff + (long)i * shentsize;
            if (BitConverter.ToUInt32(b, (int)sh + 4) != ShtGnuVerneed) continue;
            long offset = (long)BitConverter.ToUInt64(b, (int)sh + 0x18);
            uint link = BitConverter.ToUInt32(b, (int)sh + 0x28);
            uint count = BitConverter.ToUInt32(b, (int)sh + 0x2c);
            long strtab = (long)BitConverter.ToUInt64(b, (int)(shoff + link * shentsize) + 0x18);
            for (uint n = 0; n < count; n++)
            {
                int auxCount = BitConverter.ToUInt16(b, (int)offset + 2);
                long aux = offset + BitConverter.ToUInt32(b, (int)offset + 8);
                for (int a = 0; a < auxCount; a++)
                {
                    var name = ReadString(b, strtab + BitConverter.ToUInt32(b, (int)aux + 8));
                    ushort flags = BitConverter.ToUInt16(b, (int)aux + 4);
                    if (names.Contains(name) && (flags & VerFlagWeak) == 0)
                    {
                        BitConverter.GetBytes((ushort)(flags | VerFlagWeak)).CopyTo(b, (int)aux + 4);
                        changed.Add(name);
                    }
                    aux += BitConverter.ToUInt32(b, (int)aux + 12);
                }
                offset += BitConverter.ToUInt32(b, (int)offset + 12);
            }
        }
        return changed;
    }

    static string ReadString(byte[] b, long start)
    {
        long end = start;
        while (b[end] != 0) end++;
        return Encoding.ASCII.GetString(b, (int)start, (int)(end - start));
    }
}
