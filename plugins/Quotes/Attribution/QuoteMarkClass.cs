using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Layers;

namespace Quotes;

/// <summary>
/// The token class <c>@quote_open</c> (the opening mark of a quote) or <c>@quote_close</c> (its closing mark),
/// by which attribution patterns name the quote they attribute. A quote that runs over several paragraphs
/// opens at its first mark and closes at its last.
/// </summary>
public sealed class QuoteMarkClass(string name, bool opening) : ITokenClass
{
    public const string Open = "quote_open";
    public const string Close = "quote_close";

    // The one answer a mark gives, made once (the class is asked at every token of every article); never written to.
    private static readonly int[] OneToken = [1];

    public string Name { get; } = name;

    public IEnumerable<int> Match(ArticleView article, int tokenIndex)
    {
        ArgumentNullException.ThrowIfNull(article);
        var span = article.Article.Tokens[tokenIndex].Span;
        var quotes = article.Layer(QuotesPlugin.QuotesLayer);
        var isMark = opening
            ? quotes.StartingAt(span.Start).Count > 0
            : ClosesAQuote(quotes.EndingAt(span.End));
        return isMark ? OneToken : [];
    }

    private static bool ClosesAQuote(AnnotationRange endingHere)
    {
        foreach (var quote in endingHere)
        {
            if (!quote.Span.IsEmpty)
            {
                return true;
            }
        }

        return false;
    }
}
