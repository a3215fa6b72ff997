namespace PluginHost.Host.Tests;

/// <summary>The plugins under tests/fixtures, built with this project and copied to fixture-plugins/&lt;Name&gt;/.</summary>
internal static class FixturePlugins
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "fixture-plugins");

    /// <summary>A plugin folder holding only the named fixtures, as a user's --plugins folder would.</summary>
    public static TestDirectory Folder(params string[] names)
    {
        var folder = new TestDirectory();
        foreach (var name in names)
        {
            CopyInto(name, folder.Path);
        }

        return folder;
    }

    /// <summary>Copies one fixture plugin to <paramref name="folder"/>/&lt;Name&gt;/.</summary>
    public static void CopyInto(string name, string folder) => Copy(Path.Combine(Root, name), Path.Combine(folder, name));

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
