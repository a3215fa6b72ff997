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
        var scripts = sample.Select(MainScript).Where(s => s != Script.None).GroupBy(s => s).Where(g => g.Count() >= 0.1 * sample.Count).Select(g => g.Key).ToList();
        return scripts.Count > 0 && scripts.All(s => (s & Alphabets) != 0) ? scripts : [Script.None];
    }
}
