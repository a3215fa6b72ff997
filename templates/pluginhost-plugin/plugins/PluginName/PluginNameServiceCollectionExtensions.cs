using Microsoft.Extensions.DependencyInjection;
using PluginHost.Sdk.Plugins;

namespace PluginName;

public static class PluginNameServiceCollectionExtensions
{
    public static IServiceCollection AddPluginName(this IServiceCollection services) =>
        services.AddArticleAnalyzer<LongSentenceFinder>();
}
