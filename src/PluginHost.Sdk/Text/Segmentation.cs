namespace PluginHost.Sdk.Text;

/// <summary>The tokens, lines, paragraphs and sentences of one article, computed once and shared by every plugin.</summary>
public sealed class Segmentation(IReadOnlyList<Token> tokens, IReadOnlyList<Segment> lines, IReadOnlyList<Segment> paragraphs, IReadOnlyList<Segment> sentences)
{
    public IReadOnlyList<Token> Tokens { get; } = tokens;

    public IReadOnlyList<Segment> Lines { get; } = lines;

    public IReadOnlyList<Segment> Paragraphs { get; } = paragraphs;

    public IReadOnlyList<Segment> Sentences { get; } = sentences;

}
