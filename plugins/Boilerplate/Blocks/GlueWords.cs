using Boilerplate.Classification;
using PluginHost.Sdk.Analysis;

namespace Boilerplate.Blocks;

/// <summary>
/// Widget words that a lost line break can glue to the article's first or last word ("ShareThe council voted",
/// "as the mayor said.Read more"), from the rule files' <c>glued_&lt;category&gt;</c> lists. A widget word is only
/// split off when it is glued: written without a space against a capital letter after it, or against the end of a
/// sentence before it. A <c>glued_&lt;category&gt;_pattern</c> names a prefix of varying words that opens a
/// paragraph, such as a wire service's code before its story ("(NPW) — The ferry…").
/// </summary>
internal sealed class GlueWords(IReadOnlyList<(string Word, string Category)> words, IReadOnlyList<(TimedPattern Prefix, string Category)> prefixes)
{
    public static GlueWords From(IPluginSettings settings, IEnumerable<string> categories)
    {
        var listed = categories.ToList();
        return new(
            [.. listed
                .SelectMany(category => settings.TryGetList($"glued_{Categories.ListName(category)}", out var entries)
                    ? entries.Select(word => (Word: word, Category: category))
                    : [])
                .OrderByDescending(w => w.Word.Length)],
            [.. listed
                .Where(category => settings.TryGetText($"glued_{Categories.ListName(category)}_pattern", out _))
                .Select(category => (new TimedPattern(settings.GetText($"glued_{Categories.ListName(category)}_pattern")), category))]);
    }

    /// <summary>The length and category of a widget word glued to the start of the line, if any.</summary>
    public (int Length, string Category)? AtStart(string line)
    {
        foreach (var (prefix, category) in prefixes)
        {
            if (Prefix(prefix, line) is { } length)
            {
                return (length, category);
            }
        }

        foreach (var (word, category) in words)
        {
            if (line.Length > word.Length && line.StartsWith(word, StringComparison.Ordinal) && GluedAfter(word, line[word.Length]))
            {
                return (word.Length, category);
            }
        }

        return null;
    }

    // Glued to a word of the text: a capital letter in scripts that have them, any letter after a word of a script
    // without case ("分享到微信" before a Chinese sentence).
    private static bool GluedAfter(string word, char next) => char.IsUpper(next) || (!char.IsUpper(word[0]) && !char.IsLower(word[0]) && char.IsLetter(next));

    // A prefix must leave text after it.
    private static int? Prefix(TimedPattern prefix, string line) =>
        prefix.Match(line) is { Index: 0, Length: > 0 } match && match.Length < line.Length ? match.Length : null;

    /// <summary>The length and category of a widget word glued to the end of the line, if any.</summary>
    public (int Length, string Category)? AtEnd(string line)
    {
        foreach (var (word, category) in words)
        {
            var start = line.Length - word.Length;
            if (start > 1 && line.EndsWith(word, StringComparison.Ordinal) && (LineText.EndsSentence(line[..start]) || line[start - 1] is '"' or '”' or '’'))
            {
                return (word.Length, category);
            }
        }

        return null;
    }
}
