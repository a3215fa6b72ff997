using System.Text;
using System.Text.RegularExpressions;
using PluginHost.Sdk.Text;

namespace Boilerplate.Tests.Evaluation;

/// <summary>
/// One article of the evaluation set (Evaluation/README.md): its text, each line's label, and the widget words glued
/// to content (<c>[[share:Share]]The council…</c>), as spans of the text.
/// </summary>
internal sealed partial record LabelledArticle(string Name, string Text, IReadOnlyList<LabelledLine> Lines, IReadOnlyList<(TextSpan Span, string Category)> Glued)
{
    public static LabelledArticle Read(string path)
    {
        var text = new StringBuilder();
        var lines = new List<LabelledLine>();
        var glued = new List<(TextSpan, string)>();
        foreach (var (raw, number) in File.ReadAllLines(path).Select((l, i) => (l, i + 1)))
        {
            if (raw.StartsWith('#'))
            {
                continue;
            }

            if (raw.Length == 0)
            {
                text.Append('\n');
                continue;
            }

            var tab = raw.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
            {
                throw new FormatException($"{path}({number}): a labelled line is 'label<TAB>text'");
            }

            var label = raw[..tab].Split(' ', 2);
            var start = text.Length;
            var line = new StringBuilder();
            var at = 0;
            var content = raw[(tab + 1)..];
            foreach (Match marker in Glue().Matches(content))
            {
                line.Append(content, at, marker.Index - at);
                glued.Add((new TextSpan(start + line.Length, marker.Groups["text"].Length), marker.Groups["category"].Value));
                line.Append(marker.Groups["text"].Value);
                at = marker.Index + marker.Length;
            }

            line.Append(content, at, content.Length - at);
            text.Append(line).Append('\n');
            lines.Add(new LabelledLine(number, new TextSpan(start, line.Length), label[0] == "B", label.Length > 1 ? label[1] : null));
        }

        return new LabelledArticle(Path.GetFileName(path), text.ToString(), lines, glued);
    }

    [GeneratedRegex(@"\[\[(?<category>[a-z-]+):(?<text>.*?)\]\]")]
    private static partial Regex Glue();
}
