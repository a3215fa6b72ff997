using PluginHost.Sdk.Text;

namespace Quotes;

/// <summary>
/// Pairs quotation marks within paragraphs. Marks nest (a single-quoted quote inside a double-quoted one); a quote
/// left open at the end of a paragraph continues when the next paragraph opens with the same mark, as multi-paragraph
/// quotes are written; otherwise it is unbalanced, and the scan goes on from the next paragraph. Apostrophes
/// (<c>don't</c>, <c>the cartels' reach</c>, <c>'90s</c>, <c>rock 'n' roll</c>) are not quotation marks.
/// </summary>
public static class QuoteScanner
{
    // Words that exist only with their first letters elided; "'round" or "'cause" may as well open a quote.
    private static readonly string[] Elisions = ["tis", "twas", "twere", "em"];

    public static QuoteScan Scan(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var quotes = new List<Quote>();
        var unbalanced = new List<int>();
        var open = new List<(int Offset, QuoteMark Mark)>();
        var paragraphs = article.Segmentation.Paragraphs;
        var continuation = -1;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p].Span;
            for (var i = paragraph.Start; i < paragraph.End; i++)
            {
                var c = text[i];
                if (i == continuation || !QuoteMark.IsQuoteCharacter(c) || IsApostrophe(text, i, paragraph.End, open))
                {
                    continue;
                }

                var closing = open.FindLastIndex(o => o.Mark.Closers.Contains(c));
                if (closing >= 0 && CanClose(text, i, open[closing]))
                {
                    for (var k = open.Count - 1; k > closing; k--)
                    {
                        unbalanced.Add(open[k].Offset);
                    }

                    var (start, mark) = open[closing];
                    open.RemoveRange(closing, open.Count - closing);
                    quotes.Add(new Quote(TextSpan.FromBounds(start, i + 1), TextSpan.FromBounds(start + 1, i), mark.Opener, open.Count));
                }
                else if (QuoteMark.All.FirstOrDefault(m => m.Opener == c) is { } opener && CanOpen(text, i))
                {
                    open.Add((i, opener));
                }
            }

            if (open.Count == 0)
            {
                continue;
            }

            if (ContinuationMark(text, paragraphs, p, open[^1].Mark) is { } next)
            {
                continuation = next;
                continue;
            }

            unbalanced.AddRange(open.Select(o => o.Offset));
            open.Clear();
        }

        return new QuoteScan([.. quotes.OrderBy(q => q.Span.Start)], [.. unbalanced.Order()]);
    }

    // A paragraph that opens with the same mark while a quote is open carries the quote on: that mark opens nothing new.
    private static int? ContinuationMark(string text, IReadOnlyList<Segment> paragraphs, int index, QuoteMark mark)
    {
        if (index + 1 >= paragraphs.Count)
        {
            return null;
        }

        var next = paragraphs[index + 1].Span;
        return next.Length > 0 && text[next.Start] == mark.Opener ? next.Start : null;
    }

    private static bool IsApostrophe(string text, int i, int paragraphEnd, List<(int Offset, QuoteMark Mark)> open)
    {
        var c = text[i];
        if (c is not ('\'' or '’'))
        {
            return false;
        }

        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        if (char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after))
        {
            return true;
        }

        if (char.IsDigit(after) && !char.IsLetterOrDigit(before))
        {
            return true;
        }

        // "'Tis the season", "tell 'em".
        if (!char.IsLetterOrDigit(before) && Elisions.Any(e => text.AsSpan(i + 1).StartsWith(e, StringComparison.OrdinalIgnoreCase)
            && (i + 1 + e.Length >= text.Length || !char.IsLetter(text[i + 1 + e.Length]))))
        {
            return true;
        }

        // "rock 'n' roll": a lone letter between two marks is an elision, not a quote.
        if (i + 2 < text.Length && char.IsLetter(after) && text[i + 2] == c && (i + 3 >= text.Length || !char.IsLetter(text[i + 3])))
        {
            return true;
        }

        if (i >= 2 && char.IsLetter(before) && text[i - 2] == c)
        {
            return true;
        }

        // A plural possessive (the cartels' reach) closes nothing unless a single quote is open; even then, "s' word"
        // with the same mark closing later in the paragraph is a possessive inside the quote.
        if (!char.IsLetter(before))
        {
            return false;
        }

        if (!open.Any(o => o.Mark.IsSingle && o.Mark.Closers.Contains(c)))
        {
            return true;
        }

        return before is 's' or 'S' && after == ' ' && i + 2 < paragraphEnd && char.IsLower(text[i + 2])
            && text.AsSpan(i + 2, paragraphEnd - i - 2).IndexOf(c) is var later and >= 0 && !char.IsWhiteSpace(text[i + 2 + later - 1]);
    }

    private static bool CanOpen(string text, int i) =>
        i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]) || text[i] is '«' or '„');

    // A straight mark that could open (after a blank, before a word) while its kind is open opens a nested quote
    // only when what follows is not a blank or punctuation; otherwise it closes.
    private static bool CanClose(string text, int i, (int Offset, QuoteMark Mark) open)
    {
        if (i == open.Offset + 1)
        {
            return false;
        }

        var c = text[i];
        if (c is not ('"' or '\''))
        {
            return true;
        }

        var before = text[i - 1];
        return !char.IsWhiteSpace(before);
    }
}
