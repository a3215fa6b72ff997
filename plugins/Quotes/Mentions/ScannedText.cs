using PluginHost.Sdk.Text;

namespace Quotes;

/// <summary>
/// An article as <see cref="MentionScanner"/> reads it: the scanner asks for the same token's text many times over
/// (as a name, a role, a determiner, a speech verb), and each is made once.
/// </summary>
internal sealed class ScannedText(Article article)
{
    private readonly string?[] _tokenTexts = new string?[article.Tokens.Count];

    public Article Article => article;

    public IReadOnlyList<Token> Tokens => article.Tokens;

    /// <summary>The text of the token at <paramref name="index"/>.</summary>
    public string TextOf(int index) => _tokenTexts[index] ??= article.TextOf(article.Tokens[index]);

    public string TextOf(TextSpan span) => article.TextOf(span);

    public TextSpan SpanOfTokens(int firstToken, int tokenCount) => article.SpanOfTokens(firstToken, tokenCount);

    /// <summary>The word at <paramref name="index"/>, or null where the token is no word or the article has ended.</summary>
    public string? WordAt(int index) => index < _tokenTexts.Length && article.Tokens[index].Kind == TokenKind.Word ? TextOf(index) : null;
}
