using System.Reflection;

namespace DNArch.Tests.Support;

/// <summary>The repository's root folder, recorded at build time.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = typeof(RepositoryRoot).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;
}
