using Microsoft.Extensions.DependencyInjection;
using PluginHost.Host.Discovery;
using PluginHost.Host.Loading;
using PluginHost.Host.Reading;
using PluginHost.Host.Rules;

namespace PluginHost.Host;

public static class HostServiceCollectionExtensions
{
    /// <summary>The host's services: discovery, reading, plugin loading, rule compilation and run set-up.</summary>
    public static IServiceCollection AddPluginHost(this IServiceCollection services) =>
        services
            .AddSingleton<ArticleDiscovery>()
            .AddSingleton<ArticleReader>()
            .AddSingleton<PluginDirectoryLoader>()
            .AddSingleton<RuleCatalogBuilder>()
            .AddSingleton<HostSessionFactory>();
}
