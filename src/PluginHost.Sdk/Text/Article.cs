namespace PluginHost.Sdk.Text;

/// <summary>One article: where it came from, its text, and its segmentation.</summary>
public sealed class Article
{
    private Article(string path, string text, ArticleFormat format)
    {
        Path = path;
        Text = text;
        Format = format;
        Lines = new LineMap(text);
        Segmentation = Segmenter.Segment(text, format);
        Whole = new Segment(new TextSpan(0, text.Length), 0, Segmentation.Tokens.Count);
    }

    /// <summary>The path as the user gave it or as discovery found it, relative where possible.</summary>
    public string Path { get; }

    public string Text { get; }

    public ArticleFormat Format { get; }

    public LineMap Lines { get; }

    public Segmentation Segmentation { get; }

    public IReadOnlyList<Token> Tokens => Segmentation.Tokens;

    /// <summary>The whole article as one segment.</summary>
    public Segment Whole { get; }

    public static Article Create(string path, string text, ArticleFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        return new Article(path, text, format ?? FormatOf(path));
    }

    public static ArticleFormat FormatOf(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)
            ? ArticleFormat.Markdown
            : ArticleFormat.PlainText;

    public IReadOnlyList<Segment> Segments(SegmentKind kind) => kind switch
    {
        SegmentKind.Paragraph => Segmentation.Paragraphs,
        SegmentKind.Sentence => Segmentation.Sentences,
        SegmentKind.Line => Segmentation.Lines,
        _ => [Whole],
    };

    public string TextOf(TextSpan span) => Text.Substring(span.Start, span.Length);

    public ReadOnlySpan<char> CharsOf(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    public string TextOf(Token token) => TextOf(token.Span);

    /// <summary>The tokens that lie wholly inside <paramref name="span"/>, as a first index and a count; found by binary search.</summary>
    public (int First, int Count) TokensIn(TextSpan span)
    {
        var first = FirstTokenAtOrAfter(span.Start);
        var end = first;
        while (end < Tokens.Count && Tokens[end].Span.End <= span.End)
        {
            end++;
        }

        return (first, end - first);
    }

    private int FirstTokenAtOrAfter(int offset)
    {
        var (low, high) = (0, Tokens.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Tokens[middle].Span.Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The span from the start of the first token to the end of the last one of a token range.</summary>
    public TextSpan SpanOfTokens(int firstToken, int tokenCount) =>
        tokenCount == 0
            ? new TextSpan(firstToken < Tokens.Count ? Tokens[firstToken].Span.Start : Text.Length, 0)
            : TextSpan.FromBounds(Tokens[firstToken].Span.Start, Tokens[firstToken + tokenCount - 1].Span.End);
}
