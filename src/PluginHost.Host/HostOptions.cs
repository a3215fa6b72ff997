namespace PluginHost.Host;

/// <summary>Where a run finds its plugins, extra rules and configuration.</summary>
public sealed record HostOptions
{
    /// <summary>The folder the build puts every plugin in, beside the host.</summary>
    public static string DefaultPluginDirectory => Path.Combine(AppContext.BaseDirectory, "plugins");

    public IReadOnlyList<string> PluginDirectories { get; init; } = [DefaultPluginDirectory];

    public IReadOnlyList<string> RuleDirectories { get; init; } = [];

    public string? ConfigFile { get; init; }
}
