using PluginHost.Sdk.Text;

namespace Quotes;

/// <summary>A quotation: its span with the marks, the text inside them, and how deep it is nested in another quote.</summary>
public sealed record Quote(TextSpan Span, TextSpan Content, char Opener, int Depth);
