using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Plugins;
using DNArch.Plugins.Datasets.Common;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Datasets.Retrieval;

/// <summary>
/// LRA Retrieval (AAN): does one paper cite the other? Two classes; the two byte-level texts are two channels of one
/// non-causal sequence. With the <c>dual-encoder</c> head the network encodes each channel on its own with shared
/// weights (LRA's setting); with the <c>linear</c> head it reads them side by side.
/// </summary>
[Plugin(PluginKind.Dataset, "retrieval", "LRA Retrieval: AAN paper pairs from new_aan_pairs.{train,eval,test}.tsv, the two texts as two byte channels", Options = typeof(RetrievalOptions))]
public sealed class RetrievalDatasetPlugin : IDatasetPlugin
{
    static readonly string[] Files = ["new_aan_pairs.train.tsv", "new_aan_pairs.eval.tsv", "new_aan_pairs.test.tsv"];

    public IDataset Open(IConfiguration options, int seed)
    {
        var bound = PluginOptions.Bind<RetrievalOptions>(options);
        var folder = DataFiles.RequireFolder(bound.Path, DataFiles.KeyOf(options, "Path"), string.Join(", ", Files));
        var rows = new List<ReadOnlyMemory<byte>>();
        var labels = new List<int>();
        var assignment = new List<int>();
        for (var split = 0; split < Files.Length; split++)
        {
            var (pairs, pairLabels) = AanPairs.Read(DataFiles.Resolve(folder, Files[split], AanPairs.Expected), bound.Length);
            rows.AddRange(pairs);
            labels.AddRange(pairLabels);
            assignment.AddRange(Enumerable.Repeat(split, pairs.Count));
        }
        var info = new DatasetInfo("retrieval", TaskKind.Classification, 2, [bound.Length], 2);
        return new SplitDataset(info, new ByteTable(rows, 2, bound.Length), new ClassTargets([.. labels]), DatasetSplits.Assigned([.. assignment], bound.Limit, seed));
    }
}
