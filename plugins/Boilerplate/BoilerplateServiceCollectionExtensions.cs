using Microsoft.Extensions.DependencyInjection;
using Boilerplate.Reporting;
using PluginHost.Sdk.Plugins;

namespace Boilerplate;

public static class BoilerplateServiceCollectionExtensions
{
    public static IServiceCollection AddBoilerplate(this IServiceCollection services) =>
        services.AddArticleAnalyzer<BoilerplateFinder>();
}
