using Capitals;
using PluginHost.Testing;

namespace PluginHost.Host.Tests.Testing;

public sealed class PluginVerifierTests
{
    private static readonly PluginVerifier Verifier = new(new CapitalsPlugin(), Path.Combine(AppContext.BaseDirectory, "rules"));

    [Fact]
    public void Marked_findings_of_the_plugin_pass()
    {
        Verifier.Verify("Oh no, the {|CP0001:STORM|} came and {|CP0001:WIND|} too.".Replace("Oh no, the ", "{|CP0002:Oh no, the ", StringComparison.Ordinal).Replace("STORM|}", "STORM|}|}", StringComparison.Ordinal));
    }

    [Fact]
    public void Unmarked_markers_take_the_default_rule()
    {
        Verifier.Verify("A {|LOUD|} word and NATO.", defaultRuleId: "CP0001");
    }

    [Fact]
    public void A_missing_finding_fails_with_expected_and_actual()
    {
        var failure = Should.Throw<PluginVerificationException>(() => Verifier.Verify("A {|CP0001:quiet|} word and a LOUD one."));
        failure.Message.ShouldContain("Missing CP0001 at (1,3,1,8): \"quiet\"");
        failure.Message.ShouldContain("Unexpected CP0001 at (1,20,1,24): \"LOUD\"");
        failure.Message.ShouldContain("A quiet word and a {|CP0001:LOUD|} one.");
    }

    [Fact]
    public void Disabled_rules_run_too()
    {
        Verifier.Analyze("We said hello Maria.").ShouldHaveSingleItem().Id.ShouldBe("CP0003");
    }

    [Fact]
    public void A_published_layer_is_read_after_the_run_and_an_unpublished_one_is_empty()
    {
        const string text = "A LOUD word and NATO.";
        Verifier.Layer(text, "shouting").Annotations.Select(a => text[a.Span.Start..a.Span.End]).ShouldBe(["LOUD"]);
        Verifier.Layer(text, "whispering").Annotations.ShouldBeEmpty();
    }

    [Fact]
    public void A_marker_without_an_id_needs_a_default_rule()
    {
        Should.Throw<ArgumentException>(() => Verifier.Verify("{|LOUD|}"));
    }

    [Fact]
    public void The_plugins_rule_examples_hold()
    {
        Verifier.VerifyRuleExamples();
    }

    [Fact]
    public void Plugins_that_cannot_be_set_up_are_reported_at_once()
    {
        Should.Throw<InvalidOperationException>(() => new PluginVerifier(new CapitalsPlugin(), "/nonexistent/rules")).Message.ShouldContain("could not be set up");
    }
}
