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

    /// <summary>The text with each expected finding in [brackets], which reads on any terminal and in any page.</summary>
    public string Bracketed()
    {
        var builder = new StringBuilder(Text);
        foreach (var span in Spans.OrderByDescending(s => s.Span.Start))
        {
            builder.Insert(span.Span.End, ']').Insert(span.Span.Start, '[');
        }

        return builder.ToString();
    }

    private static string? ReadId(string markup, int start) =>
        start + 7 <= markup.Length && markup[start + 6] == ':' && Sdk.Diagnostics.RuleDescriptor.IsValidId(markup.Substring(start, 6))
            ? markup.Substring(start, 6)
            : null;
}
