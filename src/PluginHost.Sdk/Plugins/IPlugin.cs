using Microsoft.Extensions.DependencyInjection;

namespace PluginHost.Sdk.Plugins;

/// <summary>
/// A plugin's entry point: exactly one public type per plugin assembly implements it, with a public
/// parameterless constructor. The host gives each plugin a service collection of its own.
/// </summary>
public interface IPlugin
{
    PluginManifest Manifest { get; }

    /// <summary>Adds the plugin's analyzers and token classes, e.g. <c>services.AddArticleAnalyzer&lt;QuoteFinder&gt;()</c>.</summary>
    void ConfigureServices(IServiceCollection services);
}
