using System.Runtime.CompilerServices;
using PluginHost.Sdk.Text;

namespace Numbers;

/// <summary>Matching a list's phrases that end where a quantity begins ("more than" before "2,000").</summary>
public static class WordListPhrases
{
    // Each list's entries split into tokens once, not at every number.
    private static readonly ConditionalWeakTable<WordList, string[][]> Phrases = [];

    /// <summary>The token count of the longest entry that ends just before <paramref name="end"/>, not before <paramref name="floor"/>.</summary>
    public static int LengthEndingAt(this WordList list, Article article, int end, int floor)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(article);
        var longest = 0;
        foreach (var tokens in Phrases.GetValue(list, l => [.. l.Entries.Select(WordList.TokenTexts)]))
        {
            var start = end - tokens.Length;
            if (tokens.Length > longest && start >= floor && PhraseMatcher.Matches(article, start, end, tokens, StringComparison.OrdinalIgnoreCase))
            {
                longest = tokens.Length;
            }
        }

        return longest;
    }

    /// <summary>The token count of the longest entry that starts at <paramref name="index"/>, or 0.</summary>
    public static int LengthAt(this WordList list, Article article, int index, int end)
    {
        ArgumentNullException.ThrowIfNull(list);
        return list.MatchAt(article, index, end).FirstOrDefault();
    }
}
