using PluginHost.Sdk.Analysis;

namespace Boilerplate.Blocks;

/// <summary>
/// Widget words that a lost line break can glue to the article's first or last word ("ShareThe council voted",
/// "as the mayor said.Read more"), from the rule files' <c>glued_&lt;category&gt;</c> lists. A widget word is only
/// split off when it is glued: written without a space against a capital letter after it, or against the end of a
/// sentence before it.
/// </summary>
internal sealed class GlueWords(IReadOnlyList<(string Word, string Category)> words)
{
    public static GlueWords From(IPluginSettings settings, IEnumerable<string> categories) =>
        new([.. categories
            .SelectMany(category => settings.TryGetList($"glued_{Categories.ListName(category)}", out var entries)
                ? entries.Select(word => (Word: word, Category: category))
                : [])
            .OrderByDescending(w => w.Word.Length)]);

    /// <summary>The length and category of a widget word glued to the start of the line, if any.</summary>
    public (int Length, string Category)? AtStart(string line)
    {
        foreach (var (word, category) in words)
        {
            if (line.Length > word.Length && line.StartsWith(word, StringComparison.Ordinal) && char.IsUpper(line[word.Length]))
            {
                return (word.Length, category);
            }
        }

        return null;
    }

    /// <summary>The length and category of a widget word glued to the end of the line, if any.</summary>
    public (int Length, string Category)? AtEnd(string line)
    {
        foreach (var (word, category) in words)
        {
            var start = line.Length - word.Length;
            if (start > 1 && line.EndsWith(word, StringComparison.Ordinal) && line[start - 1] is '.' or '!' or '?' or '"' or '”' or '’')
            {
                return (word.Length, category);
            }
        }

        return null;
    }
}
