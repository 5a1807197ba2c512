using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DNArch.Tests.Support;

/// <summary>Compiles C# source into a plugin assembly on disk, as a researcher's own plugin project would.</summary>
public static class PluginCompiler
{
    static readonly MetadataReference[] References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
        .ToArray();

    public static string Compile(string directory, string assemblyName, string source)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source)],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var path = Path.Combine(directory, assemblyName + ".dll");
        using (var file = File.Create(path))
        {
            var result = compilation.Emit(file);
            if (!result.Success)
                throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }
        return path;
    }

    /// <summary>A mask plugin called <paramref name="name"/>; its constructor throws when <paramref name="throwing"/>.</summary>
    public static string MaskPluginSource(string name, bool throwing = false) => $$"""
        using DNArch.Abstractions.Masks;
        using DNArch.Abstractions.Plugins;
        using Microsoft.Extensions.Configuration;

        [Plugin(PluginKind.Mask, "{{name}}", "A test mask")]
        public sealed class TestMaskPlugin : IMaskPlugin
        {
            public TestMaskPlugin() { {{(throwing ? "throw new System.InvalidOperationException(\"broken on purpose\");" : "")}} }
            public Mask Create(MaskAxis axis, IConfiguration options) => throw new System.NotSupportedException();
        }
        """;

    public static string LocationOf<T>() => typeof(T).GetTypeInfo().Assembly.Location;
}
