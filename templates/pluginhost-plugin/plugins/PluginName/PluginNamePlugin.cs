using Microsoft.Extensions.DependencyInjection;
using PluginHost.Sdk.Plugins;

namespace PluginName;

/// <summary>What the host finds in PluginName.dll: the plugin's name, its rule prefix, and its services.</summary>
public sealed class PluginNamePlugin : IPlugin
{
    public PluginManifest Manifest { get; } = new("PluginName", "ZZ", description: "Flags sentences too long to read at a glance.");

    public void ConfigureServices(IServiceCollection services) => services.AddPluginName();
}
