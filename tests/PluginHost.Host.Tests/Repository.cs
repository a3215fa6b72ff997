namespace PluginHost.Host.Tests;

/// <summary>Where the repository and the shared folder beside it are, found from the test's own location.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SarifSchema => Path.Combine(Root, "..", "shared", "schemas", "sarif-schema-2.1.0.json");

    private static string FindRoot()
    {
        for (var folder = AppContext.BaseDirectory; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, "PluginHost.sln")))
            {
                return folder;
            }
        }

        throw new InvalidOperationException($"No PluginHost.sln above {AppContext.BaseDirectory}.");
    }
}
