using System.Text;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Examples;

/// <summary>
/// Text with the expected findings marked Roslyn-style: <c>{|span|}</c>, or <c>{|QT0002:span|}</c> with the rule
/// ID. Markers may nest. <see cref="Text"/> is the text without the markers.
/// </summary>
public sealed record AnnotatedText(string Text, IReadOnlyList<ExpectedSpan> Spans)
{
    public static AnnotatedText Parse(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var text = new StringBuilder(markup.Length);
        var open = new Stack<(int Start, string? Id)>();
        var spans = new List<ExpectedSpan>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                var id = ReadId(markup, i + 2);
                open.Push((text.Length, id));
                i += 1 + (id is null ? 0 : id.Length + 1);
            }
            else if (markup[i] == '|' && i + 1 < markup.Length && markup[i + 1] == '}' && open.Count > 0)
            {
                var (start, id) = open.Pop();
                spans.Add(new ExpectedSpan(id, TextSpan.FromBounds(start, text.Length)));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException($"A '{{|' marker at offset {open.Peek().Start} of the annotated text is never closed with '|}}'.");
        }

        return new AnnotatedText(text.ToString(), [.. spans.OrderBy(s => s.Span.Start).ThenBy(s => s.Span.End)]);
    }

    /// <summary>
    /// The text with the expected findings in [brackets], which reads on any terminal and in any page: those of
    /// <paramref name="ruleId"/> and those marked without an ID. Nested findings give nested brackets.
    /// </summary>
    public string Bracketed(string ruleId)
    {
        var shown = Spans.Where(s => s.RuleId is null || s.RuleId == ruleId).Select(s => s.Span).ToList();
        var builder = new StringBuilder(Text.Length + (2 * shown.Count));
        for (var at = 0; at <= Text.Length; at++)
        {
            // Inner spans close before outer ones, and outer spans open before inner ones.
            builder.Append(']', shown.Count(s => s.End == at && s.Length > 0));
            builder.Append('[', shown.Count(s => s.Start == at && s.Length > 0));
            builder.Append("[]", 0, shown.Any(s => s.Start == at && s.Length == 0) ? 2 : 0);
            if (at < Text.Length)
            {
                builder.Append(Text[at]);
            }
        }

        return builder.ToString();
    }

    private static string? ReadId(string markup, int start) =>
        start + 7 <= markup.Length && markup[start + 6] == ':' && Sdk.Diagnostics.RuleDescriptor.IsValidId(markup.Substring(start, 6))
            ? markup.Substring(start, 6)
            : null;
}
