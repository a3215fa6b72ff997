namespace PluginHost.Host.Discovery;

/// <summary>The articles found, in a stable order, and the inputs that found none.</summary>
public sealed record DiscoveryResult(IReadOnlyList<ArticleSource> Articles, IReadOnlyList<string> UnmatchedInputs);
