namespace DNArch.Benchmarks;

/// <summary>
/// One process's run of the PyTorch comparison; the Python side writes the same fields. <see cref="BaselineRssMiB"/> is
/// the RSS once the tensor library is loaded and has run one small op, before the network exists: the libraries'
/// own footprint, which the peak includes. <see cref="Blas"/> and <see cref="Fft"/> name the libraries the process ran
/// its matrix products and FFTs on; <see cref="BuildSettings"/> are the tensor library's own build settings.
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
    double PeakRssMiB,
    string? Blas = null,
    string? Fft = null,
    string? BuildSettings = null);
