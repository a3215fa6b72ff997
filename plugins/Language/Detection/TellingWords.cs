using PluginHost.Sdk.Analysis;

namespace Language.Detection;

/// <summary>
/// Words that tell close neighbours apart: languages that share most of their words (Croatian, Serbian and Bosnian;
/// Indonesian and Malay) each write some the others do not (<c>tisuća</c>, <c>hiljada</c>; <c>bahawa</c>,
/// <c>bahwa</c>). A character model learns them only as well as its training text has them; a telling word found in
/// a text makes each neighbour that does not write it less likely by the given odds. The groups and the words are
/// settings in <c>rules/language/</c>.
/// </summary>
internal sealed class TellingWords
{
    private TellingWords(IReadOnlyDictionary<ulong, string[]> against, double odds, IReadOnlySet<string> languages)
    {
        Against = against;
        Odds = odds;
        Languages = languages;
    }

    public static TellingWords None { get; } = new(new Dictionary<ulong, string[]>(), 1, new HashSet<string>());

    /// <summary>The languages of every group.</summary>
    public IReadOnlySet<string> Languages { get; }

    /// <summary>Per telling word (as <see cref="FeatureReader.WordHash"/> gives it), the neighbours that do not write it.</summary>
    public IReadOnlyDictionary<ulong, string[]> Against { get; }

    /// <summary>How many times likelier a telling word makes the neighbours that write it than those that do not.</summary>
    public double Odds { get; }

    /// <summary>
    /// The groups of close neighbours, each a list of language codes, and for each language of a group the words it
    /// writes and at least one of its neighbours does not. A word two neighbours write counts against the third.
    /// </summary>
    public static TellingWords Of(IEnumerable<IReadOnlyList<string>> groups, Func<string, IReadOnlyList<string>> wordsOf, double odds)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(wordsOf);
        if (!(odds >= 1) || double.IsPositiveInfinity(odds))
        {
            throw new ArgumentOutOfRangeException(nameof(odds), odds, "A telling word's odds are a number of at least 1.");
        }

        var neighbours = groups.ToList();
        var against = new Dictionary<ulong, string[]>();
        foreach (var group in neighbours)
        {
            var writers = new Dictionary<ulong, HashSet<string>>();
            foreach (var language in group)
            {
                foreach (var word in wordsOf(language))
                {
                    // The detector reads words as runs of letters: "e-mail" or "all right" would never be met whole.
                    if (word.Length is 0 or > FeatureReader.MaxWordLength || !word.All(FeatureReader.IsLetter))
                    {
                        throw new ArgumentException($"The telling word '{word}' of {language} is not one word of at most {FeatureReader.MaxWordLength} letters, and would never be found.", nameof(wordsOf));
                    }

                    var hash = FeatureReader.WordHash(word.Normalize());
                    (writers.TryGetValue(hash, out var found) ? found : writers[hash] = []).Add(language);
                }
            }

            foreach (var (hash, languages) in writers)
            {
                against[hash] = [.. (against.GetValueOrDefault(hash) ?? []).Union(group.Where(l => !languages.Contains(l)))];
            }
        }

        return new TellingWords(against, odds, neighbours.SelectMany(g => g).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// The telling words of the rule files: <c>close_neighbours</c> lists the groups ("hr sr bs"), and
    /// <c>telling_words_&lt;code&gt;</c> each language's words, at <c>telling_word_odds</c>.
    /// </summary>
    public static TellingWords From(IPluginSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Of(
            settings.GetList("close_neighbours").Select(g => (IReadOnlyList<string>)g.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            language => settings.GetList($"telling_words_{language}"),
            settings.GetNumber("telling_word_odds"));
    }
}
