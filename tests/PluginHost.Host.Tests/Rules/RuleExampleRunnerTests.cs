using PluginHost.Host.Rules;
using PluginHost.Sdk.Plugins;

namespace PluginHost.Host.Tests.Rules;

public sealed class RuleExampleRunnerTests
{
    [Fact]
    public void Examples_pass_when_they_give_exactly_their_marked_findings()
    {
        using var root = new TestDirectory();
        var session = Sessions.Create(root, (new InProcessPlugin(new PluginManifest("Style", "ST")), """
            rule ST0001 {
                title = "Hedge"; message = "m"; severity = warning; enabled = false;
                match = "reportedly";
                example = "He {|reportedly|} left, {|reportedly|}.";
                counterexample = "He left.";
            }
            """));
        var results = new RuleExampleRunner().Run(session.Rules);
        results.Count.ShouldBe(2);
        results.ShouldAllBe(r => r.Passed);
    }

    [Fact]
    public void A_failing_example_explains_what_was_missing_and_what_was_extra()
    {
        using var root = new TestDirectory();
        var session = Sessions.Create(root, (new InProcessPlugin(new PluginManifest("Style", "ST")), """
            rule ST0001 {
                title = "Hedge"; message = "m"; severity = warning;
                match = "reportedly";
                example = "{|He|} reportedly left.";
                counterexample = "Reportedly so.";
            }
            """));
        var results = new RuleExampleRunner().Run(session.Rules);
        results.ShouldAllBe(r => !r.Passed);
        results[0].Failure!.ShouldBe("""
            Expected 1 finding, got 1 finding.
              Missing ST0001 at (1,1,1,3): "He"
              Unexpected ST0001 at (1,4,1,14): "reportedly"
            Actual findings as markup:
                He {|ST0001:reportedly|} left.

            """.ReplaceLineEndings());
        results[1].Failure!.ShouldStartWith("Expected 0 findings, got 1 finding.");
    }
}
