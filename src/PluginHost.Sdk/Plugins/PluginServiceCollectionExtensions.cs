using Microsoft.Extensions.DependencyInjection;
using PluginHost.Sdk.Analysis;

namespace PluginHost.Sdk.Plugins;

public static class PluginServiceCollectionExtensions
{
    public static IServiceCollection AddArticleAnalyzer<TAnalyzer>(this IServiceCollection services)
        where TAnalyzer : class, IArticleAnalyzer =>
        services.AddSingleton<IArticleAnalyzer, TAnalyzer>();

    public static IServiceCollection AddTokenClass<TClass>(this IServiceCollection services)
        where TClass : class, ITokenClass =>
        services.AddSingleton<ITokenClass, TClass>();
}
