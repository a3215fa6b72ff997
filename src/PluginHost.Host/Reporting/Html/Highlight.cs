namespace PluginHost.Host.Reporting.Html;

/// <summary>
/// A span of an article to mark, and the opening tags of its element: <paramref name="FirstTag"/> for its first
/// piece, <paramref name="NextTag"/> for the pieces it is split into where it crosses another highlight.
/// </summary>
internal sealed record Highlight(int Start, int End, string FirstTag, string NextTag);
