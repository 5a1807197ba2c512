using DNArch.Abstractions.Datasets;
using DNArch.Plugins.Testing;
using DNArch.Tests.Datasets;

namespace DNArch.Tests.Conformance;

/// <summary>A data set's conformance tests on tiny files written to a temporary folder by <see cref="Write"/>.</summary>
public abstract class FileDatasetConformanceTests<TPlugin> : DatasetPluginTests<TPlugin>, IDisposable
    where TPlugin : class, IDatasetPlugin, new()
{
    protected FileDatasetConformanceTests() => Write(Files);

    protected DatasetFiles Files { get; } = new();

    /// <summary>Writes the data set's files into <paramref name="files"/>.</summary>
    protected abstract void Write(DatasetFiles files);

    /// <summary>Settings besides <c>Path</c>, which points at the files.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Extra => [];

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Path", Files.Folder), .. Extra];

    public void Dispose()
    {
        Files.Dispose();
        GC.SuppressFinalize(this);
    }
}
