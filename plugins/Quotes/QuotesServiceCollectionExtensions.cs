using Microsoft.Extensions.DependencyInjection;
using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Plugins;

namespace Quotes;

public static class QuotesServiceCollectionExtensions
{
    public static IServiceCollection AddQuotes(this IServiceCollection services) =>
        services
            .AddArticleAnalyzer<QuoteFinder>()
            .AddArticleAnalyzer<MentionFinder>()
            .AddArticleAnalyzer<QuoteAttributor>()
            .AddSingleton<ITokenClass>(new QuoteMarkClass(QuoteMarkClass.Open, opening: true))
            .AddSingleton<ITokenClass>(new QuoteMarkClass(QuoteMarkClass.Close, opening: false));
}
