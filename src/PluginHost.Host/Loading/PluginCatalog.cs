namespace PluginHost.Host.Loading;

/// <summary>The plugins that loaded and the folders that failed, in a stable order.</summary>
public sealed record PluginCatalog(IReadOnlyList<LoadedPlugin> Plugins, IReadOnlyList<PluginLoadError> Errors);
