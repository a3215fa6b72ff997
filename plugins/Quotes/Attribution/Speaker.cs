using PluginHost.Sdk.Text;

namespace Quotes;

/// <summary>Who spoke a quote, as the article first introduced them, and where.</summary>
public sealed record Speaker(string Name, TextSpan Span, bool Anonymous);
