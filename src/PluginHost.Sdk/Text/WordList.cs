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

        // Plain loops into tables sized up front: every run starts by building the shipped lists, some 20,000
        // stopwords and names, and LINQ's grouping of them took a one-article run about 40 ms.
        var groups = new Dictionary<string, List<string[]>>(Entries.Count, StringComparer.OrdinalIgnoreCase);
        _oneTokenEntries = new HashSet<string>(Entries.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Entries)
        {
            var tokens = TokenTexts(entry);
            if (tokens.Length == 0)
            {
                continue;
            }

            if (!groups.TryGetValue(tokens[0], out var group))
            {
                groups.Add(tokens[0], group = []);
            }

            group.Add(tokens);
            if (tokens.Length == 1)
            {
                _oneTokenEntries.Add(tokens[0]);
            }
        }

        _byFirstToken = new Dictionary<string, string[][]>(groups.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (first, group) in groups)
        {
            _byFirstToken.Add(first, group.Count == 1 ? [group[0]] : [.. group.OrderByDescending(t => t.Length)]);
        }
    }

    public string Name { get; }

    public IReadOnlyList<string> Entries { get; }

    /// <summary>The first token of every entry, each once (letter case aside): the tokens where an entry may start.</summary>
    public IReadOnlyCollection<string> FirstTokens => _byFirstToken.Keys;

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
    public static string[] TokenTexts(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        var texts = new string[tokens.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = phrase.Substring(tokens[i].Span.Start, tokens[i].Span.Length);
        }

        return texts;
    }
}
