using Microsoft.Extensions.DependencyInjection;
using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Plugins;

namespace PluginHost.Host.Loading;

/// <summary>A plugin ready to run: its manifest, its own service provider, and what it registered there.</summary>
public sealed class LoadedPlugin
{
    private LoadedPlugin(IPlugin plugin, string version, string location, string? rulesDirectory, ServiceProvider services)
    {
        Manifest = plugin.Manifest;
        Version = version;
        Location = location;
        RulesDirectory = rulesDirectory;
        Services = services;
        Analyzers = [.. services.GetServices<IArticleAnalyzer>()];
        TokenClasses = [.. services.GetServices<ITokenClass>()];
    }

    public PluginManifest Manifest { get; }

    public string Name => Manifest.Name;

    public string Version { get; }

    /// <summary>The plugin's assembly, or its type for a plugin created in process (tests).</summary>
    public string Location { get; }

    /// <summary>The folder of the plugin's own rule files, if it has one.</summary>
    public string? RulesDirectory { get; }

    public IServiceProvider Services { get; }

    public IReadOnlyList<IArticleAnalyzer> Analyzers { get; }

    public IReadOnlyList<ITokenClass> TokenClasses { get; }

    /// <summary>Registers the plugin's services in a container of its own and resolves its analyzers and token classes.</summary>
    public static LoadedPlugin Create(IPlugin plugin, string? rulesDirectory, string? location = null)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        var services = new ServiceCollection();
        plugin.ConfigureServices(services);
        var assembly = plugin.GetType().Assembly;
        var version = assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        return new LoadedPlugin(plugin, version, location ?? assembly.Location, rulesDirectory, services.BuildServiceProvider());
    }
}
