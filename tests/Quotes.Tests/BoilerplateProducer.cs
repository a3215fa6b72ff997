using Microsoft.Extensions.DependencyInjection;
using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Plugins;
using PluginHost.Sdk.Text;

namespace Quotes.Tests;

/// <summary>Stands in for a boilerplate plugin: marks every paragraph that starts with "©" as boilerplate.</summary>
internal sealed class BoilerplateProducer : IPlugin, IArticleAnalyzer
{
    public PluginManifest Manifest { get; } = new("Boilerplate", "BP", produces: [QuotesPlugin.BoilerplateLayer]);

    public void ConfigureServices(IServiceCollection services) => services.AddSingleton<IArticleAnalyzer>(this);

    public void Analyze(AnalysisContext context) =>
        context.Publish(QuotesPlugin.BoilerplateLayer, context.Article.Segments(SegmentKind.Paragraph)
            .Where(p => context.Article.Text[p.Span.Start] == '©')
            .Select(p => new Annotation(p.Span, "legal")));
}
