using PluginHost.Host.Findings;
using PluginHost.Host.Watching;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Text;

namespace PluginHost.Host.Tests.Watching;

public sealed class FindingsDiffTests
{
    private static readonly RuleDescriptor Rule = new("AB0001", "t", "m", "Alpha", DiagnosticSeverity.Warning);

    private static SeenFinding Seen(string text, int start, int length, string message = "Found") =>
        SeenFinding.Of(new Diagnostic(Rule, DiagnosticSeverity.Warning, "a.txt", new TextSpan(start, length), default, message, new Dictionary<string, object?>(), []), text);

    [Fact]
    public void A_finding_an_edit_moved_is_the_same_finding()
    {
        var change = FindingsDiff.Compare("a.txt", [Seen("Big STORM.", 4, 5)], [Seen("A very big STORM.", 11, 5)]);
        change.Added.ShouldBeEmpty();
        change.Removed.ShouldBeEmpty();
    }

    [Fact]
    public void A_finding_over_other_words_or_with_another_message_is_new_and_the_old_one_gone()
    {
        var change = FindingsDiff.Compare("a.txt", [Seen("Big STORM.", 4, 5)], [Seen("Big STORM.", 0, 3), Seen("Big STORM.", 4, 5, "Other")]);
        change.Added.Select(d => (d.Span.Start, d.Message)).ShouldBe([(0, "Found"), (4, "Other")]);
        change.Removed.Select(d => d.Span.Start).ShouldBe([4]);
    }

    [Fact]
    public void Repeated_findings_are_counted()
    {
        var change = FindingsDiff.Compare("a.txt", [Seen("x x", 0, 1)], [Seen("x x x", 0, 1), Seen("x x x", 2, 1), Seen("x x x", 4, 1)]);
        change.Added.Select(d => d.Span.Start).ShouldBe([2, 4]);
        change.Removed.ShouldBeEmpty();
    }

    [Fact]
    public void A_finding_over_a_long_passage_is_compared_by_its_message()
    {
        var before = new string('a', FindingKey.LongestComparedText + 1);
        var after = new string('b', FindingKey.LongestComparedText + 1);
        FindingsDiff.Compare("a.txt", [Seen(before, 0, before.Length)], [Seen(after, 0, after.Length)]).Added.ShouldBeEmpty();
        FindingsDiff.Compare("a.txt", [Seen(before[1..], 0, before.Length - 1)], [Seen(after[1..], 0, after.Length - 1)]).Added.Count.ShouldBe(1);
    }
}
