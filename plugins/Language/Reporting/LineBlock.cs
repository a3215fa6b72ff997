using PluginHost.Sdk.Text;

namespace Language;

/// <summary>
/// Adjacent lines in the article's language, or adjacent lines in other languages (a foreign block, read again as
/// a whole), from the first to the last line whose language was read.
/// </summary>
internal sealed record LineBlock(TextSpan Span, int Letters, bool IsForeign);
