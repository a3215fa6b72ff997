namespace PluginHost.Host.Discovery;

/// <summary>An article file to analyze: the path shown in reports, and where it is.</summary>
public sealed record ArticleSource(string DisplayPath, string FullPath)
{
    /// <summary>False for a command-line input that matched no file, which reports carry as a PH0003 finding.</summary>
    public bool IsFile => FullPath.Length > 0;

    public static ArticleSource UnmatchedInput(string input) => new(input, string.Empty);
}
