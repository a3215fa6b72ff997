using PluginHost.Sdk.Text;

namespace Quotes;

/// <summary>
/// Tells speech, partial quotes and terms apart from the words around a quote and its own shape. Its word lists
/// come from the plugin's rule files: <c>term_markers</c> (so-called, titled, known as…) introduce terms,
/// <c>title_words</c> (Act, Operation, Report…) make a Title Case quote a name, and after one of the
/// <c>speech_nouns</c> (words, message, chant…) a Title Case quote is someone's words, not a name.
/// </summary>
public sealed class QuoteClassifier(IEnumerable<string> termMarkers, IEnumerable<string> titleWords, IEnumerable<string> speechNouns)
{
    private const int LongestTerm = 8;
    private const int LongestTitle = 20;

    private readonly string[][] _markers = [.. termMarkers.Select(m => m.Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(m => m.Length)];
    private readonly HashSet<string> _titleWords = new(titleWords, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _speechNouns = new(speechNouns, StringComparer.OrdinalIgnoreCase);

    public QuoteKind Classify(Article article, Quote quote)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(quote);
        var words = Words(article, quote.Content);
        var before = WordsBefore(article, quote.Span.Start, 3);
        var previous = PreviousCharacter(article.Text, quote.Span.Start);
        // A quote with no word ("*" in a form's legend) is a symbol; one after "titled" may be a long title.
        if (words.Count == 0 || (words.Count <= LongestTitle && FollowsMarker(before)) || (words.Count <= LongestTerm && IsTitle(words, previous, before)))
        {
            return QuoteKind.Term;
        }

        if (previous is not { } c || !char.IsLetterOrDigit(c))
        {
            return QuoteKind.Speech;
        }

        var content = article.CharsOf(quote.Content).TrimEnd();
        var startsAsSentence = words.Count > 0 && char.IsUpper(words[0][0]);
        var endsAsSentence = content.Length > 0 && content[^1] is '.' or '!' or '?' or '…';
        return startsAsSentence && (endsAsSentence || words.Count >= 6) ? QuoteKind.Speech : QuoteKind.Partial;
    }

    private bool FollowsMarker(List<string> before) =>
        _markers.Any(marker => marker.Length <= before.Count
            && marker.Select((word, i) => string.Equals(word, before[before.Count - marker.Length + i], StringComparison.OrdinalIgnoreCase)).All(same => same));

    // A short Title Case quote in the middle of a sentence names something: "the „Bridges and Tunnels Safety Act“",
    // "its restructuring programme, „Rühling 2030“"; but not after a noun of speech: "T-shirts printed with the words
    // “Justice for Tomasz and Kwame”".
    private bool IsTitle(List<string> words, char? previous, List<string> before)
    {
        if (words.Count == 0 || previous is null || previous is ':' || !char.IsUpper(words[0][0]) || (before.Count > 0 && _speechNouns.Contains(before[^1])))
        {
            return false;
        }

        var significant = words.Where(w => w.Length > 3).ToList();
        return significant.Count > 0 && significant.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]))
            && (words.Count >= 2 || _titleWords.Contains(words[0]))
            && (previous is not (',' or '.') || words.Any(_titleWords.Contains) || (previous == ',' && before.Count > 0 && _titleWords.Contains(before[^1])));
    }

    private static List<string> Words(Article article, TextSpan span)
    {
        var (first, count) = article.TokensIn(span);
        return [.. article.Tokens.Skip(first).Take(count).Where(t => t.Kind is TokenKind.Word or TokenKind.Number).Select(article.TextOf)];
    }

    private static List<string> WordsBefore(Article article, int offset, int count)
    {
        var (first, _) = article.TokensIn(new TextSpan(offset, 0));
        var words = new List<string>();
        for (var i = first - 1; i >= 0 && words.Count < count; i--)
        {
            var token = article.Tokens[i];
            if (token.Kind is TokenKind.Word or TokenKind.Number)
            {
                words.Insert(0, article.TextOf(token));
            }
            else if (article.Text[token.Span.Start] is not (',' or '-' or '—'))
            {
                break;
            }
        }

        return words;
    }

    private static char? PreviousCharacter(string text, int offset)
    {
        for (var i = offset - 1; i >= 0; i--)
        {
            if (text[i] is '\n' or '\r')
            {
                return null;
            }

            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }

        return null;
    }
}
