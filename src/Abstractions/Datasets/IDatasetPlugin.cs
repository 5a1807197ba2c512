using Microsoft.Extensions.Configuration;

namespace DNArch.Abstractions.Datasets;

/// <summary>A source of training data. Export it with <c>[Plugin(PluginKind.Dataset, "name", "...")]</c>.</summary>
public interface IDatasetPlugin
{
    /// <summary>
    /// Loads (or generates) the data set. <paramref name="options"/> is the <c>Search:Dataset</c> section;
    /// <paramref name="seed"/> makes splits and generated data reproducible. Bad input throws
    /// <see cref="Configuration.InvalidInputException"/> naming the file and the expected format.
    /// </summary>
    IDataset Open(IConfiguration options, int seed);
}
