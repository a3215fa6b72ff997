using PluginHost.Host.Rules;
using PluginHost.Rules.Compilation;
using PluginHost.Sdk.Plugins;

namespace PluginHost.Host.Tests.Rules;

public sealed class RulePageTests
{
    private readonly CompiledRule _rule = Compile("""
        rule AB0001 {
            title = "Exclamation";
            message = "Exclamation | in news copy";
            description = "News copy does not shout.";
            severity = warning;
            match = "!";
            example = "Big day{|!|}";
            counterexample = "A calm day.";
        }
        """);

    private static CompiledRule Compile(string rules)
    {
        using var root = new TestDirectory();
        var session = Sessions.Create(root, (new InProcessPlugin(new PluginManifest("Alpha", "AB")), rules));
        return session.Rules.AllRules.Single(r => r.Descriptor.Id == "AB0001");
    }

    [Fact]
    public void The_generated_block_states_the_rule_and_its_examples()
    {
        RulePage.Generated(_rule).ShouldBe($$"""
            {{RulePage.Begin}}
            # AB0001: Exclamation

            | | |
            |---|---|
            | Plugin | Alpha |
            | Default severity | warning |
            | Message | Exclamation \| in news copy |
            | Found by | the rule itself, per sentence |
            | Defined in | `Alpha.rules`, line 1 |

            News copy does not shout.

            Found (each finding in [brackets]):

            ```text
            Big day[!]
            ```

            Not found:

            ```text
            A calm day.
            ```

            {{RulePage.End}}
            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_page_is_the_block_alone()
    {
        RulePage.Update(null, _rule).ShouldBe(RulePage.Generated(_rule) + "\n");
    }

    [Fact]
    public void Updating_replaces_the_block_and_keeps_what_people_wrote_around_it()
    {
        var page = $"Intro.\n{RulePage.Begin}\nold text\n{RulePage.End}\n\n## What to do\n\nCalm down.\n";
        var updated = RulePage.Update(page, _rule);
        updated.ShouldBe($"Intro.\n{RulePage.Generated(_rule)}\n\n## What to do\n\nCalm down.\n");
        RulePage.Update(updated, _rule).ShouldBe(updated);
    }

    [Fact]
    public void A_page_without_a_generated_block_is_not_touched()
    {
        Should.Throw<FormatException>(() => RulePage.Update("# AB0001\n\nWritten by hand.\n", _rule)).Message.ShouldContain(RulePage.Begin);
        Should.Throw<FormatException>(() => RulePage.Update($"{RulePage.End}\n{RulePage.Begin}\n", _rule));
    }

    [Fact]
    public void A_rule_off_by_default_and_reported_by_code_says_so()
    {
        var page = RulePage.Generated(Compile("""rule AB0001 { title = "Quiet"; message = "m"; severity = warning; enabled = false; }"""));
        page.ShouldContain("| Default severity | none (off by default) |");
        page.ShouldContain("| Found by | the plugin's code |");
        page.ShouldNotContain("```");
    }
}
