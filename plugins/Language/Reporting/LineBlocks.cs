using Language.Detection;
using PluginHost.Sdk.Text;

namespace Language;

/// <summary>
/// Groups an article's lines into blocks: lines with no blank line between them join while they are all in the
/// article's language, or all in other languages written in a script in common (a menu whose items alone read as
/// Spanish, Catalan or Romanian is one foreign block; a Korean menu under a date read as Malay is a block of its
/// own, which reading the two again together with the article's language favoured would lose). A line of no
/// language (a domain name, digits) neither joins nor breaks a block.
/// </summary>
internal static class LineBlocks
{
    public static List<LineBlock> Of(IReadOnlyList<(Segment Line, LanguageGuess Guess)> lines, string articleLanguage)
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
                var foreign = language != articleLanguage;
                if (open is not null && (open.IsForeign != foreign || (foreign && (open.Scripts & guess.Scripts) == Script.None)))
                {
                    Close();
                }

                open = open is null
                    ? new LineBlock(line.Span, guess.Letters, foreign, guess.Confidence * guess.Letters, guess.Scripts)
                    : new LineBlock(TextSpan.FromBounds(open.Span.Start, line.Span.End), open.Letters + guess.Letters, foreign, open.WeightedConfidence + (guess.Confidence * guess.Letters), open.Scripts | guess.Scripts);
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
