namespace PluginHost.Host;

/// <summary>Where a run finds its plugins, extra rules and configuration, and how long a plugin may take.</summary>
public sealed record HostOptions
{
    /// <summary>The folder the build puts every plugin in, beside the host.</summary>
    public static string DefaultPluginDirectory => Path.Combine(AppContext.BaseDirectory, "plugins");

    public IReadOnlyList<string> PluginDirectories { get; init; } = [DefaultPluginDirectory];

    public IReadOnlyList<string> RuleDirectories { get; init; } = [];

    public string? ConfigFile { get; init; }

    /// <summary>How long one plugin may take over one article before it is stopped (PH0008); infinite for no limit.</summary>
    public TimeSpan PluginTimeLimit { get; init; } = DefaultPluginTimeLimit;

    public static TimeSpan DefaultPluginTimeLimit { get; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Set by watch mode: plugins then load in contexts that can be unloaded, and this is called when a build
    /// replaces a plugin's assembly (McMaster.NETCore.Plugins hot reload).
    /// </summary>
    public Action? PluginsRebuilt { get; init; }
}
