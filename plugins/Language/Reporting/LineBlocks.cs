using Language.Detection;
using PluginHost.Sdk.Text;

namespace Language;

/// <summary>
/// Groups an article's lines into blocks of one language: lines with no blank line between them and the same
/// language join, and a line of no language (a domain name, digits) neither joins nor breaks a block.
/// </summary>
internal static class LineBlocks
{
    public static List<LineBlock> Of(IReadOnlyList<(Segment Line, LanguageGuess Guess)> lines)
    {
        var blocks = new List<LineBlock>();
        LineBlock? open = null;
        foreach (var (line, guess) in lines)
        {
            if (line.TokenCount == 0)
            {
                Close();
            }
            else if (guess.Language is { } language)
            {
                if (open is not null && open.Language != language)
                {
                    Close();
                }

                open = open is null
                    ? new LineBlock(language, line.Span, guess.Letters)
                    : open with { Span = TextSpan.FromBounds(open.Span.Start, line.Span.End), Letters = open.Letters + guess.Letters };
            }
        }

        Close();
        return blocks;

        void Close()
        {
            if (open is not null)
            {
                blocks.Add(open);
                open = null;
            }
        }
    }
}
