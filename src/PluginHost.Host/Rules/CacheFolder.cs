namespace PluginHost.Host.Rules;

/// <summary>
/// Where the host keeps what it can rebuild (the rule files' syntax): <c>PLUGINHOST_CACHE_DIR</c> when set (a
/// relative folder is taken from the current one), otherwise the user's cache folder as each platform names it;
/// none when <c>PLUGINHOST_RULE_CACHE</c> is <c>off</c>, <c>0</c>, <c>false</c> or <c>no</c>.
/// </summary>
public static class CacheFolder
{
    public const string FolderVariable = "PLUGINHOST_CACHE_DIR";

    public const string SwitchVariable = "PLUGINHOST_RULE_CACHE";

    /// <summary>The cache's folder, or null when caching is switched off or the platform names no folder for it.</summary>
    /// <param name="variable">Reads an environment variable, as <see cref="Environment.GetEnvironmentVariable(string)"/> does.</param>
    public static string? FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (variable(SwitchVariable)?.Trim().ToLowerInvariant() is "off" or "0" or "false" or "no")
        {
            return null;
        }

        if (variable(FolderVariable)?.Trim() is { Length: > 0 } chosen)
        {
            try
            {
                return Path.GetFullPath(chosen);
            }
            catch (ArgumentException)
            {
                // Not a path this platform can use: the run goes on without a cache rather than failing on it.
                return null;
            }
        }

        if (OperatingSystem.IsWindows())
        {
            return InFolder(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "PluginHost", "Cache");
        }

        var home = variable("HOME");
        if (OperatingSystem.IsMacOS())
        {
            return InFolder(home, "Library", "Caches", "PluginHost");
        }

        // The XDG base directory specification: a relative XDG_CACHE_HOME is invalid and ignored.
        return variable("XDG_CACHE_HOME") is { } xdg && Path.IsPathFullyQualified(xdg)
            ? Path.Combine(xdg, "pluginhost")
            : InFolder(home, ".cache", "pluginhost");
    }

    private static string? InFolder(string? parent, params string[] names) =>
        string.IsNullOrEmpty(parent) || !Path.IsPathFullyQualified(parent) ? null : Path.Combine([parent, .. names]);
}
