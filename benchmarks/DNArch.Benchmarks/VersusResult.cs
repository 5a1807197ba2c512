namespace DNArch.Benchmarks;

/// <summary>One process's run of the PyTorch comparison; the Python side writes the same fields.</summary>
sealed record VersusResult(
    string Implementation,
    string Case,
    int Threads,
    double FirstLoss,
    double[] StepMs,
    double[] ForwardMs,
    double[] BackwardMs,
    double[] OptimizerMs,
    double PeakRssMiB);
