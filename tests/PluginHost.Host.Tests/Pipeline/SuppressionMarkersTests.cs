using PluginHost.Host.Pipeline;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Text;

namespace PluginHost.Host.Tests.Pipeline;

public sealed class SuppressionMarkersTests
{
    private static readonly RuleDescriptor Quote = new("QT0002", "t", "m", "Quotes", DiagnosticSeverity.Warning);

    private static readonly RuleDescriptor Number = new("NM0001", "t", "m", "Numbers", DiagnosticSeverity.Suggestion);

    /// <summary>The findings left of one QT0002 and one NM0001 on each word "here" of the text.</summary>
    private static string[] Left(string text)
    {
        var article = Article.Create("a.md", text);
        var found = new List<Diagnostic>();
        for (var at = text.IndexOf("here", StringComparison.Ordinal); at >= 0; at = text.IndexOf("here", at + 1, StringComparison.Ordinal))
        {
            foreach (var rule in new[] { Quote, Number })
            {
                found.Add(new Diagnostic(rule, rule.DefaultSeverity, "a.md", new TextSpan(at, 4), default, "m", new Dictionary<string, object?>(), []));
            }
        }

        return [.. SuppressionMarkers.Apply(article, found).Select(d => $"{d.Id}@{text[..d.Span.Start].Count(c => c == '\n') + 1}")];
    }

    [Fact]
    public void A_comment_marker_alone_silences_its_rule_in_the_next_paragraph_only()
    {
        Left("One here.\n\n<!-- pluginhost disable QT0002 -->\n\nTwo here.\n\nThree here.\n")
            .ShouldBe(["QT0002@1", "NM0001@1", "NM0001@5", "QT0002@7", "NM0001@7"]);
    }

    [Fact]
    public void A_marker_inside_a_paragraph_silences_the_rest_of_it()
    {
        Left("One here.\n\nText <!-- pluginhost disable QT0002, NM0001 --> and here,\nstill here.\n\nThree here.\n")
            .ShouldBe(["QT0002@1", "NM0001@1", "QT0002@6", "NM0001@6"]);
    }

    [Fact]
    public void A_plain_text_marker_line_works_the_same_and_without_IDs_silences_every_rule()
    {
        Left("[pluginhost disable]\nOne here.\n\nTwo here.\n").ShouldBe(["QT0002@4", "NM0001@4"]);
        Left("[pluginhost disable qt0002]\r\n\r\nOne here.\r\n").ShouldBe(["NM0001@3"]);
    }

    [Fact]
    public void Text_that_only_mentions_the_marker_is_not_one()
    {
        Left("The line [pluginhost disable QT0002] is a marker.\nOne here.\n").Length.ShouldBe(2);
        Left("<!-- pluginhost enable QT0002 -->\nOne here.\n").Length.ShouldBe(2);
    }

    [Fact]
    public void A_text_of_endless_unclosed_markers_keeps_every_finding()
    {
        var text = string.Concat(Enumerable.Repeat("<!-- pluginhost disable QT0002 ", 60_000)) + "here";
        Left(text).Length.ShouldBe(2);
    }
}
