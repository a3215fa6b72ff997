namespace PluginHost.Host.Reporting.Html;

/// <summary>
/// Writes an article's text, escaped, with its highlights as properly nested <c>mark</c> elements. Highlights that
/// nest are nested (a figure inside a quote inside a foreign paragraph); one that crosses the end of another is
/// closed there and opened again, so each highlight may come out in several pieces. A highlight of no length is
/// written as an empty element where it stands.
/// </summary>
internal static class ArticleMarkup
{
    private const string Close = "</mark>";

    public static void Write(TextWriter output, string text, IEnumerable<Highlight> highlights)
    {
        var ordered = highlights
            .Where(h => h.Start >= 0 && h.End <= text.Length && h.Start <= h.End)
            .OrderBy(h => h.Start)
            .ThenByDescending(h => h.End)
            .ToList();
        var boundaries = ordered.SelectMany(h => new[] { h.Start, h.End }).Append(text.Length).Distinct().Order();
        var open = new List<Highlight>();
        var next = 0;
        var written = 0;
        foreach (var at in boundaries)
        {
            WriteText(output, text, written, at);
            written = at;
            CloseEndingAt(output, open, at);
            for (; next < ordered.Count && ordered[next].Start == at; next++)
            {
                var highlight = ordered[next];
                output.Write(highlight.FirstTag);
                if (highlight.End == at)
                {
                    output.Write(Close);
                }
                else
                {
                    open.Add(highlight);
                }
            }
        }
    }

    /// <summary>
    /// Writes text with its line endings as line feeds: CSS draws a carriage return as a space, so an article
    /// written with carriage returns alone would show as one line.
    /// </summary>
    private static void WriteText(TextWriter output, string text, int start, int end)
    {
        var piece = text[start..end];
        if (piece.Contains('\r', StringComparison.Ordinal))
        {
            piece = piece.Replace("\r\n", "\n", StringComparison.Ordinal);
            piece = piece.EndsWith('\r') && end < text.Length && text[end] == '\n' ? piece[..^1] : piece;
            piece = piece.Replace('\r', '\n');
        }

        output.Write(HtmlText.EncodeKeepingLines(piece));
    }

    /// <summary>Closes the highlights that end here and every one opened inside them, then reopens those that go on.</summary>
    private static void CloseEndingAt(TextWriter output, List<Highlight> open, int at)
    {
        var first = open.FindIndex(h => h.End == at);
        if (first < 0)
        {
            return;
        }

        var goingOn = open.Skip(first).Where(h => h.End != at).ToList();
        for (var i = first; i < open.Count; i++)
        {
            output.Write(Close);
        }

        open.RemoveRange(first, open.Count - first);
        foreach (var highlight in goingOn)
        {
            output.Write(highlight.NextTag);
            open.Add(highlight);
        }
    }
}
