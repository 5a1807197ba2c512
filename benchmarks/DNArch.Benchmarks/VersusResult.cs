namespace DNArch.Benchmarks;

/// <summary>
/// One process's run of the PyTorch comparison; the Python side writes the same fields. <see cref="BaselineRssMiB"/> is
/// the RSS once the tensor library is loaded and has run one small op, before the network exists: the libraries'
/// own footprint, which the peak includes.
/// </summary>
sealed record VersusResult(
    string Implementation,
    string Case,
    int Threads,
    double FirstLoss,
    double[] StepMs,
    double[] ForwardMs,
    double[] BackwardMs,
    double[] OptimizerMs,
    double BaselineRssMiB,
    double PeakRssMiB);
