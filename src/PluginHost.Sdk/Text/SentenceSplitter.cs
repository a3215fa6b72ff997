namespace PluginHost.Sdk.Text;

/// <summary>
/// Splits a paragraph into sentences at '.', '!', '?' and '…' (with any closing quotation marks and
/// brackets that follow) when the next token opens a sentence, and not after common abbreviations.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "st", "jr", "sr",
        "vs", "etc", "inc", "ltd", "co", "corp", "no", "nos", "fig", "approx", "dept", "est", "mt", "ft", "rev",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "pres", "gov't",
    };

    public static IEnumerable<Segment> Split(string text, IReadOnlyList<Token> tokens, Segment paragraph)
    {
        var first = paragraph.FirstToken;
        for (var i = paragraph.FirstToken; i < paragraph.EndToken; i++)
        {
            if (!IsTerminator(text, tokens[i]) || IsAbbreviationDot(text, tokens, i, first))
            {
                continue;
            }

            var last = i;
            // Closing marks and more terminators belong to the sentence only when they touch it: "done.” Then" but not "done. “Then".
            while (last + 1 < paragraph.EndToken && tokens[last + 1].Span.Start == tokens[last].Span.End
                && (IsTerminator(text, tokens[last + 1]) || IsCloser(text, tokens[last + 1])))
            {
                last++;
            }

            var next = last + 1;
            if (next < paragraph.EndToken && !OpensSentence(text, tokens[next]))
            {
                i = last;
                continue;
            }

            yield return Make(tokens, first, next);
            first = next;
            i = last;
        }

        if (first < paragraph.EndToken)
        {
            yield return Make(tokens, first, paragraph.EndToken);
        }
    }

    private static Segment Make(IReadOnlyList<Token> tokens, int first, int end) =>
        new(TextSpan.FromBounds(tokens[first].Span.Start, tokens[end - 1].Span.End), first, end - first);

    private static bool IsTerminator(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Span.Start] is '.' or '!' or '?' or '…';

    private static bool IsCloser(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Span.Start] is '"' or '\'' or '”' or '’' or '»' or '“' or ')' or ']';

    private static bool OpensSentence(string text, Token token)
    {
        var c = text[token.Span.Start];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '«' or '„' or '‘' or '\'' or '(' or '[' or '—' or '-'
            || (token.Kind == TokenKind.Word && !char.IsLower(c));
    }

    private static bool IsAbbreviationDot(string text, IReadOnlyList<Token> tokens, int dot, int sentenceStart)
    {
        if (text[tokens[dot].Span.Start] != '.' || dot == sentenceStart)
        {
            return false;
        }

        var before = tokens[dot - 1];
        if (before.Kind != TokenKind.Word || before.Span.End != tokens[dot].Span.Start)
        {
            return false;
        }

        var word = text.AsSpan(before.Span.Start, before.Span.Length);
        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }
}
