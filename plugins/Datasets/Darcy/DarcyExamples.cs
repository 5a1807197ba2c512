using System.Globalization;
using DNArch.Plugins.Datasets.Common;

namespace DNArch.Plugins.Datasets.Darcy;

/// <summary>Generated permeabilities and pressures (train, validation, test), n×n each, and their on-disk cache.</summary>
public sealed record DarcyExamples(float[] Permeability, float[] Pressure)
{
    const string Magic = "DNArch.Darcy.v1";

    /// <summary>Example i from its own seeded stream: a = High where the random field is ≥ 0, else Low; f = 1.</summary>
    public static DarcyExamples Generate(DarcyOptions options, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        var n = options.Resolution;
        var permeability = new float[count * n * n];
        var pressure = new float[count * n * n];
        var source = Enumerable.Repeat(1.0, n * n).ToArray();
        Parallel.For(0, count, i =>
        {
            var field = GaussianRandomField.Sample(Seeds.Random(seed, "darcy", i), n, options.Alpha, options.Tau);
            var a = field.Select(v => v >= 0 ? options.High : options.Low).ToArray();
            var u = DarcySolver.Solve(a, source, n, options.Tolerance);
            for (var p = 0; p < n * n; p++)
            {
                permeability[i * n * n + p] = (float)a[p];
                pressure[i * n * n + p] = (float)u[p];
            }
        });
        return new DarcyExamples(permeability, pressure);
    }

    public static string CacheName(DarcyOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.Create(CultureInfo.InvariantCulture,
            $"darcy-seed{seed}-n{options.TrainCount}-{options.ValidationCount}-{options.TestCount}-r{options.Resolution}-a{options.High}-{options.Low}-grf{options.Alpha}-{options.Tau}-tol{options.Tolerance}.bin");
    }

    /// <summary>The cached examples at <paramref name="path"/>, generated and cached first if absent.</summary>
    public static DarcyExamples Load(string path, DarcyOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        return CacheFiles.GetOrCreate(path, Magic, Read,
            () => Generate(options, options.TotalCount, seed), (examples, writer) => examples.Write(writer));
    }

    void Write(BinaryWriter writer)
    {
        writer.Write(Permeability.Length);
        foreach (var values in new[] { Permeability, Pressure })
            writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
    }

    static DarcyExamples Read(BinaryReader reader)
    {
        var length = CacheFiles.ReadCount(reader, bytesEach: 2 * sizeof(float));
        var arrays = new float[2][];
        for (var k = 0; k < 2; k++)
        {
            arrays[k] = new float[length];
            var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(arrays[k].AsSpan());
            if (reader.Read(bytes) != bytes.Length)
                throw new EndOfStreamException("fewer values than the header states");
        }
        return new DarcyExamples(arrays[0], arrays[1]);
    }
}
