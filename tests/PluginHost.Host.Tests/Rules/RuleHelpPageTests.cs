namespace PluginHost.Host.Tests.Rules;

public sealed class RuleHelpPageTests
{
    [Fact]
    public void Every_shipped_rule_has_a_help_page_titled_like_the_rule()
    {
        using var root = new TestDirectory();
        foreach (var rule in Sessions.Create(root).Rules.HostRules.Rules.Select(r => r.Descriptor))
        {
            var page = Path.Combine(Repository.Root, rule.HelpLink);
            File.Exists(page).ShouldBeTrue($"{rule.Id} has no help page at {rule.HelpLink}");
            File.ReadLines(page).First().ShouldBe($"# {rule.Id}: {rule.Title}");
        }
    }
}
