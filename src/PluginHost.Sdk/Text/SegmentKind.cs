namespace PluginHost.Sdk.Text;

/// <summary>The units an article is divided into; rules name one of them as their scope.</summary>
public enum SegmentKind
{
    Article,
    Paragraph,
    Sentence,
    Line,
}
