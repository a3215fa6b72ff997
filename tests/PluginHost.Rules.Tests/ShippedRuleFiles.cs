namespace PluginHost.Rules.Tests;

/// <summary>The repository's rule files, copied beside the tests: their names for theories, and their text.</summary>
internal static class ShippedRuleFiles
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "rules");

    /// <summary>Each file's path relative to the rules folder, such as <c>quotes/attribution.rules</c>.</summary>
    public static TheoryData<string> Names =>
        [.. Directory.GetFiles(Folder, "*.rules", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(Folder, file)).Order(StringComparer.Ordinal)];

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name));
}
