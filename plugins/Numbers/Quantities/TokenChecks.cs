using PluginHost.Sdk.Text;

namespace Numbers;

/// <summary>What stands at a token of an article: one of some words, or a sign.</summary>
internal static class TokenChecks
{
    public static bool IsWordAt(Article article, int index, int end, params string[] words) =>
        index >= 0 && index < end && index < article.Tokens.Count && article.Tokens[index].Kind == TokenKind.Word
        && words.Any(w => article.CharsOf(article.Tokens[index].Span).Equals(w, StringComparison.OrdinalIgnoreCase));

    public static bool IsSignAt(Article article, int index, int end, string sign) =>
        index >= 0 && index < end && index < article.Tokens.Count && article.Tokens[index].Kind != TokenKind.Word && article.CharsOf(article.Tokens[index].Span).SequenceEqual(sign);
}
