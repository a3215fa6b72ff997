namespace PluginHost.Sdk.Text;

/// <summary>A token of an article; its text is <c>article.Text[Span]</c>.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind);
