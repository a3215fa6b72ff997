using McMaster.NETCore.Plugins;

namespace PluginHost.Host.Loading;

/// <summary>
/// The plugins that loaded and the folders that failed, in a stable order, and the load contexts' loaders, which
/// the session that uses the plugins disposes.
/// </summary>
public sealed record PluginCatalog(IReadOnlyList<LoadedPlugin> Plugins, IReadOnlyList<PluginLoadError> Errors)
{
    public IReadOnlyList<PluginLoader> Loaders { get; init; } = [];
}
