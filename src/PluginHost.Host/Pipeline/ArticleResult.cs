using PluginHost.Host.Discovery;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Text;

namespace PluginHost.Host.Pipeline;

/// <summary>An analyzed article: its findings in text order, and the article itself when it could be read.</summary>
public sealed record ArticleResult(ArticleSource Source, Article? Article, IReadOnlyList<Diagnostic> Diagnostics);
