using PluginHost.Rules.Examples;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Tests.Examples;

public sealed class AnnotatedTextTests
{
    [Fact]
    public void Markers_are_removed_and_their_spans_kept()
    {
        var text = AnnotatedText.Parse("The minister said {|QT0001:“No.”|} and {|left|}.");
        text.Text.ShouldBe("The minister said “No.” and left.");
        text.Spans.ShouldBe([new ExpectedSpan("QT0001", new TextSpan(18, 5)), new ExpectedSpan(null, new TextSpan(28, 4))]);
    }

    [Fact]
    public void Markers_nest()
    {
        var text = AnnotatedText.Parse("{|QT0001:He said {|QT0002:yes|}|}");
        text.Text.ShouldBe("He said yes");
        text.Spans.ShouldBe([new ExpectedSpan("QT0001", new TextSpan(0, 11)), new ExpectedSpan("QT0002", new TextSpan(8, 3))]);
    }

    [Fact]
    public void A_prefix_that_is_not_a_rule_id_is_text()
    {
        AnnotatedText.Parse("{|Note: x|}").Text.ShouldBe("Note: x");
    }

    [Fact]
    public void A_closing_marker_without_an_opening_one_is_text()
    {
        AnnotatedText.Parse("a |} b").Text.ShouldBe("a |} b");
    }

    [Fact]
    public void An_unclosed_marker_is_an_error()
    {
        Should.Throw<FormatException>(() => AnnotatedText.Parse("x {|y")).Message.ShouldContain("offset 2");
    }

    [Theory]
    [InlineData("Prices rose {")]
    [InlineData("Prices rose |")]
    [InlineData("{|Prices|} rose |")]
    public void Marker_characters_at_the_very_end_are_text(string markup)
    {
        var text = AnnotatedText.Parse(markup);

        text.Text.ShouldBe(markup.Replace("{|", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Only_a_bar_followed_by_a_brace_closes_a_marker()
    {
        var text = AnnotatedText.Parse("{|a}b|c|}");

        text.Text.ShouldBe("a}b|c");
        text.Spans.ShouldBe([new ExpectedSpan(null, new TextSpan(0, 5))]);
    }

    [Fact]
    public void Bracketed_text_marks_the_rules_own_findings_and_nests_them()
    {
        AnnotatedText.Parse("{|a {|b|} c|} and {|d|}").Bracketed("AB0001").ShouldBe("[a [b] c] and [d]");
        AnnotatedText.Parse("{|{|x|}y|}").Bracketed("AB0001").ShouldBe("[[x]y]");
    }

    [Fact]
    public void Bracketed_text_leaves_out_other_rules_findings_and_shows_an_empty_one_as_a_pair()
    {
        AnnotatedText.Parse("{|CD0002:one {|AB0001:two|}|} three{||}").Bracketed("AB0001").ShouldBe("one [two] three[]");
    }
}
