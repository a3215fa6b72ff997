namespace PluginHost.Sdk.Text;

/// <summary>Divides an article into lines, paragraphs and sentences over one shared token list.</summary>
public static class Segmenter
{
    public static Segmentation Segment(string text, ArticleFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var lines = FindLines(text, tokens);
        var paragraphs = FindParagraphs(text, lines, format);
        var sentences = paragraphs.SelectMany(p => SentenceSplitter.Split(text, tokens, p)).ToArray();
        return new Segmentation(tokens, lines, paragraphs, sentences);
    }

    private static Segment[] FindLines(string text, IReadOnlyList<Token> tokens)
    {
        var lines = new List<Segment>();
        var start = 0;
        var token = 0;
        while (start <= text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny('\r', '\n');
            end = end < 0 ? text.Length : start + end;
            var first = token;
            while (token < tokens.Count && tokens[token].Span.Start < end)
            {
                token++;
            }

            lines.Add(new Segment(TextSpan.FromBounds(start, end), first, token - first));
            if (end == text.Length)
            {
                break;
            }

            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }

        return [.. lines];
    }

    private static Segment[] FindParagraphs(string text, Segment[] lines, ArticleFormat format)
    {
        var paragraphs = new List<Segment>();
        Segment? open = null;
        foreach (var line in lines)
        {
            if (line.TokenCount == 0)
            {
                Close();
                continue;
            }

            var trimmed = Trim(text, line.Span);
            if (open is { } current && format == ArticleFormat.Markdown && !StartsBlock(text, trimmed) && text[current.Span.Start] != '#')
            {
                open = new Segment(TextSpan.FromBounds(current.Span.Start, trimmed.End), current.FirstToken, line.EndToken - current.FirstToken);
                continue;
            }

            Close();
            open = new Segment(trimmed, line.FirstToken, line.TokenCount);
        }

        Close();
        return [.. paragraphs];

        void Close()
        {
            if (open is { } finished)
            {
                paragraphs.Add(finished);
            }

            open = null;
        }
    }

    // A heading is a block of one line; so are the first lines of list items, quotes and table rows.
    private static bool StartsBlock(string text, TextSpan line)
    {
        var content = text.AsSpan(line.Start, line.Length);
        return content.StartsWith('#') || content.StartsWith("- ") || content.StartsWith("* ") || content.StartsWith("> ")
            || content.StartsWith("|") || IsNumberedItem(content);
    }

    private static bool IsNumberedItem(ReadOnlySpan<char> content)
    {
        var digits = 0;
        while (digits < content.Length && char.IsAsciiDigit(content[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < content.Length && content[digits] is '.' or ')' && content[digits + 1] == ' ';
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }
}
