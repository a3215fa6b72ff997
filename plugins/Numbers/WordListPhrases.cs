using System.Runtime.CompilerServices;
using PluginHost.Sdk.Text;

namespace Numbers;

/// <summary>Matching a list's phrases that end where a quantity begins ("more than" before "2,000").</summary>
public static class WordListPhrases
{
    // Each list's entries split into tokens once, not at every number, and grouped by their last token: of a currency's
    // or a comparator's dozens of entries, only those that end with the word before the number are compared.
    private static readonly ConditionalWeakTable<WordList, Dictionary<string, string[][]>> ByLastToken = [];

    /// <summary>The token count of the longest entry that ends just before <paramref name="end"/>, not before <paramref name="floor"/>.</summary>
    public static int LengthEndingAt(this WordList list, Article article, int end, int floor)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(article);
        if (end - 1 < floor || !ByLastToken.GetValue(list, Grouped).GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(article.CharsOf(article.Tokens[end - 1].Span), out var phrases))
        {
            return 0;
        }

        var longest = 0;
        foreach (var tokens in phrases)
        {
            var start = end - tokens.Length;
            if (tokens.Length > longest && start >= floor && PhraseMatcher.Matches(article, start, end, tokens, StringComparison.OrdinalIgnoreCase))
            {
                longest = tokens.Length;
            }
        }

        return longest;
    }

    /// <summary>The last token of every entry, each once (letter case aside): the tokens where an entry may end.</summary>
    public static IReadOnlyCollection<string> LastTokens(this WordList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return ByLastToken.GetValue(list, Grouped).Keys;
    }

    /// <summary>The token count of the longest entry that starts at <paramref name="index"/>, or 0.</summary>
    public static int LengthAt(this WordList list, Article article, int index, int end)
    {
        ArgumentNullException.ThrowIfNull(list);
        return list.MayMatchAt(article, index, end) ? list.MatchAt(article, index, end).FirstOrDefault() : 0;
    }

    private static Dictionary<string, string[][]> Grouped(WordList list) =>
        list.Entries.Select(WordList.TokenTexts).Where(t => t.Length > 0)
            .GroupBy(t => t[^1], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
}
