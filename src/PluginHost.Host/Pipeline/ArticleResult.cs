using PluginHost.Host.Discovery;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Text;

namespace PluginHost.Host.Pipeline;

/// <summary>An analyzed article: its findings in text order, and the article itself when it could be read.</summary>
public sealed record ArticleResult(ArticleSource Source, Article? Article, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The findings people see: all but the silent ones, which only machine reports carry.</summary>
    public IReadOnlyList<Diagnostic> Shown => [.. Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Silent)];
}
