using PluginHost.Sdk.Text;

namespace PluginHost.Sdk.Diagnostics;

/// <summary>Replace the text of <see cref="Span"/> with <see cref="NewText"/>; an empty span inserts, empty text deletes.</summary>
public sealed record TextEdit(TextSpan Span, string NewText)
{
    public static TextEdit Delete(TextSpan span) => new(span, string.Empty);
}
