namespace PluginHost.Sdk.Text;

/// <summary>A line, paragraph or sentence: its span and the range of tokens inside it.</summary>
public readonly record struct Segment(TextSpan Span, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}
