using PluginHost.Sdk.Text;

namespace Language;

/// <summary>Adjacent lines of one language, from the first to the last line the language was read from.</summary>
internal sealed record LineBlock(string Language, TextSpan Span, int Letters);
