using PluginHost.Host.Findings;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Text;

namespace PluginHost.Host.Tests.Findings;

public sealed class FindingKeyTests
{
    private static readonly RuleDescriptor Rule = new("AB0001", "t", "m", "Alpha", DiagnosticSeverity.Warning);

    private static FindingKey Key(string text, int start, int length) =>
        FindingKey.Of(new Diagnostic(Rule, DiagnosticSeverity.Warning, "a.txt", new TextSpan(start, length), default, "Found", new Dictionary<string, object?>(), []), text);

    [Fact]
    public void A_finding_is_keyed_by_rule_message_and_the_words_it_covers_with_blanks_collapsed()
    {
        Key("said  the\n\tmayor", 0, 16).ShouldBe(new FindingKey("AB0001", "Found", "said the mayor"));
    }

    [Fact]
    public void A_finding_longer_than_the_compared_text_is_keyed_without_its_words()
    {
        var text = new string('a', FindingKey.LongestComparedText + 1);
        Key(text, 0, text.Length).Text.ShouldBeEmpty();
        Key(text, 0, text.Length - 1).Text.Length.ShouldBe(FindingKey.LongestComparedText);
    }

    [Fact]
    public void A_finding_without_its_article_text_is_keyed_without_words()
    {
        FindingKey.Of(new Diagnostic(Rule, DiagnosticSeverity.Warning, "a.txt", new TextSpan(0, 3), default, "Found", new Dictionary<string, object?>(), []), null).Text.ShouldBeEmpty();
    }
}
