using PluginHost.Sdk.Text;

namespace Boilerplate.Structure;

/// <summary>
/// A part of the article's own head: its title, a subtitle, a byline or a dateline, or the greeting that opens a
/// letter's body ("Dear neighbours,"); or of its end: the parting line a newsletter's writer signs under. Content,
/// never boilerplate.
/// </summary>
internal sealed record ArticlePart(TextSpan Span, string Kind)
{
    public const string Title = "title";
    public const string Subtitle = "subtitle";
    public const string Byline = "byline";
    public const string Dateline = "dateline";
    public const string SignOff = "sign-off";
    public const string Salutation = "salutation";
}
