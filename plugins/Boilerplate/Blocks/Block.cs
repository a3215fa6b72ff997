using Boilerplate.Classification;
using PluginHost.Sdk.Text;

namespace Boilerplate.Blocks;

/// <summary>
/// The unit the plugin classifies: a line of the article without its surrounding blanks (<see cref="Span"/>; the
/// whole line is <see cref="Line"/>), or one of the two parts of a line where a lost line break glued a widget word
/// to the article's text (<see cref="IsGlued"/>; <see cref="GluedCategory"/> is the widget's category on its part).
/// </summary>
internal sealed record Block(int Index, TextSpan Span, string Text, TextSpan Line, bool IsGlued = false)
{
    /// <summary>For the widget part of a glued line, the category its word list gives; otherwise null.</summary>
    public string? GluedCategory { get; init; }

    /// <summary>Whether this block's line comes right after the line of <paramref name="above"/>, with no blank line between.</summary>
    public bool IsRightUnder(Block above, string text) => LineText.AfterLineBreak(text, above.Line.End) == Line.Start;
}
