using Microsoft.Extensions.DependencyInjection;
using PluginHost.Sdk.Plugins;

namespace Language;

public static class LanguageServiceCollectionExtensions
{
    public static IServiceCollection AddLanguage(this IServiceCollection services) =>
        services.AddArticleAnalyzer<LanguageFinder>();
}
