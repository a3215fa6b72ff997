namespace PluginHost.Sdk.Text;

/// <summary>
/// A named list of words and phrases. Each entry is tokenized like article text, so "called for" matches the
/// two tokens <c>called</c> <c>for</c>; entries are compared case-insensitively and tried longest first.
/// </summary>
public sealed class WordList
{
    private readonly Dictionary<string, string[][]> _byFirstToken;
    private readonly HashSet<string> _oneTokenEntries;

    public WordList(string name, IEnumerable<string> entries)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Entries = [.. entries.Distinct(StringComparer.OrdinalIgnoreCase)];
        _byFirstToken = Entries
            .Select(TokenTexts)
            .Where(tokens => tokens.Length > 0)
            .GroupBy(tokens => tokens[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        _oneTokenEntries = new HashSet<string>(_byFirstToken.Values.SelectMany(e => e).Where(t => t.Length == 1).Select(t => t[0]), StringComparer.OrdinalIgnoreCase);
    }

    public string Name { get; }

    public IReadOnlyList<string> Entries { get; }

    /// <summary>Whether some entry begins with the token at <paramref name="index"/>: a test that allocates nothing.</summary>
    public bool MayMatchAt(Article article, int index, int end)
    {
        ArgumentNullException.ThrowIfNull(article);
        return index < end && _byFirstToken.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(article.CharsOf(article.Tokens[index].Span));
    }

    /// <summary>The token counts of the entries that match at <paramref name="index"/>, longest first.</summary>
    public IEnumerable<int> MatchAt(Article article, int index, int end)
    {
        var lookup = _byFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();
        if (index >= end || !lookup.TryGetValue(article.CharsOf(article.Tokens[index].Span), out var candidates))
        {
            yield break;
        }

        foreach (var candidate in candidates)
        {
            if (PhraseMatcher.Matches(article, index, end, candidate, StringComparison.OrdinalIgnoreCase))
            {
                yield return candidate.Length;
            }
        }
    }

    public bool Contains(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_oneTokenEntries.Contains(text))
        {
            return true;
        }

        if (IsAllLetters(text))
        {
            return false;
        }

        var tokens = TokenTexts(text);
        return tokens.Length > 0
            && _byFirstToken.TryGetValue(tokens[0], out var candidates)
            && candidates.Any(c => c.SequenceEqual(tokens, StringComparer.OrdinalIgnoreCase));
    }

    private static bool IsAllLetters(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    /// <summary>The texts of the tokens of <paramref name="phrase"/>, split as article text is.</summary>
    public static string[] TokenTexts(string phrase) =>
        [.. Tokenizer.Tokenize(phrase).Select(t => phrase.Substring(t.Span.Start, t.Span.Length))];
}
