using Microsoft.Extensions.DependencyInjection;
using PluginHost.Sdk.Plugins;

namespace Numbers;

public static class NumbersServiceCollectionExtensions
{
    public static IServiceCollection AddNumbers(this IServiceCollection services) =>
        services.AddArticleAnalyzer<QuantityFinder>();
}
