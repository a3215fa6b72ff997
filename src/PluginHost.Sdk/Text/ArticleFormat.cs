namespace PluginHost.Sdk.Text;

/// <summary>
/// How paragraphs are marked. In plain text copied from web pages and wire feeds every non-blank line is a
/// paragraph; in Markdown a paragraph runs until a blank line, a heading or a list item.
/// </summary>
public enum ArticleFormat
{
    PlainText,
    Markdown,
}
