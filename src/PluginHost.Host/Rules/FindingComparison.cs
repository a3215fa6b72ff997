using System.Text;
using PluginHost.Rules.Examples;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Text;

namespace PluginHost.Host.Rules;

/// <summary>
/// Compares the findings an annotated text expects with those a run produced, and explains the difference:
/// each missing and each unexpected finding with its rule, position and text.
/// </summary>
public static class FindingComparison
{
    /// <summary>Null when they agree; otherwise a message listing expected and actual findings.</summary>
    public static string? Compare(AnnotatedText expected, IEnumerable<Diagnostic> actual, string defaultRuleId, Func<string, bool> isCompared)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var wanted = expected.Spans.Select(s => (Id: s.RuleId ?? defaultRuleId, s.Span)).ToList();
        var got = actual.Where(d => isCompared(d.Id)).Select(d => (d.Id, d.Span)).ToList();
        var missing = wanted.Except(got).ToList();
        var unexpected = got.Except(wanted).ToList();
        if (missing.Count == 0 && unexpected.Count == 0)
        {
            return null;
        }

        var text = expected.Text;
        var lines = new LineMap(text);
        var message = new StringBuilder();
        message.AppendLine($"Expected {Describe(wanted.Count)}, got {Describe(got.Count)}.");
        Append(message, "Missing", missing, text, lines);
        Append(message, "Unexpected", unexpected, text, lines);
        message.AppendLine("Actual findings as markup:");
        message.Append("    ").AppendLine(Markup(text, got));
        return message.ToString();
    }

    private static string Describe(int count) => count == 1 ? "1 finding" : $"{count} findings";

    private static void Append(StringBuilder message, string heading, List<(string Id, TextSpan Span)> findings, string text, LineMap lines)
    {
        foreach (var (id, span) in findings)
        {
            message.Append($"  {heading} {id} at ({lines.GetPositionSpan(span)}): \"").Append(text.AsSpan(span.Start, span.Length)).AppendLine("\"");
        }
    }

    private static string Markup(string text, List<(string Id, TextSpan Span)> findings)
    {
        var inserts = findings
            .SelectMany(f => new[] { (At: f.Span.Start, Order: 1, Text: $"{{|{f.Id}:"), (At: f.Span.End, Order: 0, Text: "|}") })
            .OrderByDescending(i => i.At).ThenBy(i => i.Order);
        var builder = new StringBuilder(text);
        foreach (var insert in inserts)
        {
            builder.Insert(insert.At, insert.Text);
        }

        return builder.ToString();
    }
}
