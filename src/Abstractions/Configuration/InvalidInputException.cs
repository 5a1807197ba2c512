namespace DNArch.Abstractions.Configuration;

/// <summary>
/// Invalid configuration, arguments or input data. The host reports <see cref="Exception.Message"/> on one line and
/// exits with code 2. The message names the key or file, what was wrong and what is valid.
/// </summary>
public class InvalidInputException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>A bad configuration key or argument: "<c>key: problem. valid</c>".</summary>
    public static InvalidInputException ForKey(string key, string problem, string valid) =>
        new($"{key}: {problem}. {valid}");

    /// <summary>A bad input file: "<c>path: problem. Expected expected.</c>".</summary>
    public static InvalidInputException ForFile(string path, string problem, string expected) =>
        new($"{path}: {problem}. Expected {expected}.");
}
