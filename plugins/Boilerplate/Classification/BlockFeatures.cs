using System.Text.RegularExpressions;
using Boilerplate.Blocks;
using PluginHost.Sdk.Text;

namespace Boilerplate.Classification;

/// <summary>
/// What the classifier reads from a block: its length in characters (an ideograph counting three) and words, the share of its words that are
/// stopwords of its language (null when the language has no list), the share of its characters inside links, and
/// whether it ends as a sentence does.
/// </summary>
internal sealed partial record BlockFeatures(int Characters, int Words, double? StopwordDensity, double LinkDensity, bool EndsSentence)
{
    public static BlockFeatures Of(Article article, Block block, HashSet<string>? stopwords)
    {
        var (first, count) = article.TokensIn(block.Span);
        var words = 0;
        var stop = 0;
        var isStopword = stopwords?.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = first; i < first + count; i++)
        {
            var token = article.Tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (isStopword?.Contains(article.CharsOf(token.Span)) == true)
            {
                stop++;
            }
        }

        // An image whose description reads as a caption is part of the story, not a link away from it.
        var linked = Links().Matches(block.Text).Where(m => !(m.Value.StartsWith("![", StringComparison.Ordinal) && m.Value.IndexOf(']', StringComparison.Ordinal) is var end && m.Value[2..end].Count(c => c == ' ') >= 3)).Sum(m => m.Length);
        return new BlockFeatures(
            Length(block.Text),
            words,
            stopwords is null || words == 0 ? null : (double)stop / words,
            block.Text.Length == 0 ? 0 : (double)linked / block.Text.Length,
            LineText.EndsSentence(block.Text));
    }

    // An ideograph, kana or hangul syllable says about as much as three letters of a Latin word; counted so, a
    // Chinese or Japanese paragraph is as long as the thresholds expect.
    private static int Length(string text)
    {
        var length = text.Length;
        foreach (var c in text)
        {
            if (c is >= '\u1100' and <= '\u11FF' or >= '\u2E80' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF')
            {
                length += 2;
            }
        }

        return length;
    }

    // A Markdown link or image, a web address, or a bare domain name.
    [GeneratedRegex(@"!?\[[^\]\n]*\]\([^)\n]*\)|\bhttps?://\S+|\bwww\.\S+|\b[\w-]+\.(?:com|org|net|info|io|co|ru|de|es|fr|uk|news|media|city)\b(?:/\S*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Links();
}
