using Microsoft.Extensions.DependencyInjection;
using PluginHost.Host.Discovery;
using PluginHost.Host.Loading;
using PluginHost.Host.Reading;
using PluginHost.Host.Rules;
using PluginHost.Rules.Caching;

namespace PluginHost.Host;

public static class HostServiceCollectionExtensions
{
    /// <summary>
    /// The host's services: discovery, reading, plugin loading, rule compilation (its syntax cached where
    /// <see cref="CacheFolder"/> says) and run set-up.
    /// </summary>
    public static IServiceCollection AddPluginHost(this IServiceCollection services) =>
        services
            .AddSingleton<ArticleDiscovery>()
            .AddSingleton<ArticleReader>()
            .AddSingleton<PluginDirectoryLoader>()
            .AddSingleton(_ => new RuleSyntaxCache(CacheFolder.FromEnvironment(Environment.GetEnvironmentVariable)))
            .AddSingleton<RuleCatalogBuilder>()
            .AddSingleton<HostSessionFactory>();
}
