using Language.Detection;

namespace LanguageModelBuilder;

/// <summary>
/// Splits a language written in two alphabets (Serbian in Latin and Cyrillic) into one model per alphabet: pooled,
/// each alphabet's n-grams would be half as likely as in a neighbour written in one (Croatian), and the neighbour
/// would win every Latin text. Whether a language is written in two alphabets is read from its UDHR, the one
/// source every language has in the same measure.
/// </summary>
internal static class ScriptVariants
{
    private const Script Alphabets = Script.Latin | Script.Cyrillic | Script.Greek;

    /// <summary>The share of its lines a text needs in an alphabet to count as written in it.</summary>
    private const double AlphabetShare = 0.1;

    /// <summary>A line belongs to an alphabet when most of its letters are written in it.</summary>
    public static Script MainScript(string line)
    {
        var counts = new Dictionary<Script, int>();
        foreach (var c in line)
        {
            if (FeatureReader.IsLetter(c))
            {
                var script = Scripts.Of(c);
                counts[script] = counts.GetValueOrDefault(script) + 1;
            }
        }

        return counts.Count == 0 ? Script.None : counts.MaxBy(c => c.Value).Key;
    }

    /// <summary>
    /// The alphabets to model a language in, each with at least a tenth of its sample lines; one entry, None, when
    /// it is not written in an alphabet (Chinese, Japanese) and is modelled whole.
    /// </summary>
    public static IReadOnlyList<Script> Of(IReadOnlyList<string> sample)
    {
        var scripts = sample.Select(MainScript).Where(s => s != Script.None).GroupBy(s => s).Where(g => g.Count() >= AlphabetShare * sample.Count).Select(g => g.Key).ToList();
        return scripts.Count > 0 && scripts.All(s => (s & Alphabets) != 0) ? scripts : [Script.None];
    }

    /// <summary>
    /// The lines of one source that the model of <paramref name="language"/> in <paramref name="alphabet"/> learns from:
    /// those written in it; for a source with fewer than a tenth of its lines in it, where the language is written
    /// letter for letter in both alphabets, all its lines spelt in it.
    /// </summary>
    public static IEnumerable<string> LinesIn(string language, Script alphabet, IReadOnlyList<string> lines)
    {
        if (alphabet == Script.None)
        {
            return lines;
        }

        var written = lines.Where(l => MainScript(l) == alphabet).ToList();
        return written.Count >= AlphabetShare * lines.Count || !SerbianAlphabets.Writes(language)
            ? written
            : lines.Select(l => SerbianAlphabets.Spell(l, alphabet)).OfType<string>();
    }

    /// <summary>
    /// Each alphabet's share of a language's writing: per source, the share of its lines written in it, weighted as the
    /// sources are mixed (Bosnian's word list and emoji names are Latin, its UDHR in both). One alphabet has it all.
    /// </summary>
    public static IReadOnlyList<double> Shares(IReadOnlyList<Script> alphabets, IReadOnlyList<(TrainingSource Source, string[] Lines)> texts)
    {
        var written = texts.Select(t => (t.Source.Share, Scripts: t.Lines.Select(MainScript).Where(s => s != Script.None).ToList())).Where(t => t.Scripts.Count > 0).ToList();
        var shares = alphabets.Select(a => written.Sum(t => t.Share * t.Scripts.Count(s => s == a) / t.Scripts.Count)).ToList();
        return alphabets.Count == 1 ? [1.0] : [.. shares.Select(s => s / shares.Sum())];
    }
}
