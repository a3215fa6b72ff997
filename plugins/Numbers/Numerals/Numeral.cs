using PluginHost.Sdk.Text;

namespace Numbers;

/// <summary>
/// A number as the article writes it, over the tokens <see cref="FirstToken"/> to <see cref="EndToken"/> (exclusive):
/// its value with any magnitude word applied ("20 million" is 20,000,000), or for a vague number its order of
/// magnitude (<see cref="Magnitude"/>: 2 for "hundreds"). "10-15" and "2009-2011" are one numeral with a
/// <see cref="High"/> end; "2,000-mile" carries the unit written onto it.
/// </summary>
public sealed record Numeral(int FirstToken, int EndToken, NumeralForm Form, double Value, int? Magnitude = null, double? High = null, string? AttachedUnit = null)
{
    /// <summary>The token after the numeral. A numeral covers at least one token, so a scan over numerals always moves on.</summary>
    public int EndToken
    {
        get;
        init => field = After(FirstToken, value);
    } = After(FirstToken, EndToken);

    public TextSpan SpanIn(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.SpanOfTokens(FirstToken, EndToken - FirstToken);
    }

    private static int After(int firstToken, int endToken) =>
        endToken > firstToken ? endToken : throw new ArgumentOutOfRangeException(nameof(endToken), endToken, $"A numeral ends after its first token ({firstToken}).");
}
