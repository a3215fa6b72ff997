using Microsoft.Extensions.DependencyInjection;
using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Plugins;

namespace PluginHost.Host.Tests;

/// <summary>A plugin made on the spot: a manifest and the analyzers to register.</summary>
internal sealed class InProcessPlugin(PluginManifest manifest, params IArticleAnalyzer[] analyzers) : IPlugin
{
    public PluginManifest Manifest { get; } = manifest;

    public void ConfigureServices(IServiceCollection services)
    {
        foreach (var analyzer in analyzers)
        {
            services.AddSingleton(analyzer);
        }
    }
}

/// <summary>An analyzer made of a lambda, and of another for its preparation when given.</summary>
internal sealed class DelegateAnalyzer(Action<AnalysisContext> analyze, Action<IPluginSettings>? prepare = null) : IArticleAnalyzer
{
    public void Prepare(IPluginSettings settings) => prepare?.Invoke(settings);

    public void Analyze(AnalysisContext context) => analyze(context);
}
