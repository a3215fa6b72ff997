using Microsoft.Extensions.DependencyInjection;
using PluginHost.Sdk.Plugins;

namespace Quotes;

public static class QuotesServiceCollectionExtensions
{
    public static IServiceCollection AddQuotes(this IServiceCollection services) =>
        services.AddArticleAnalyzer<QuoteFinder>();
}
