using PluginHost.Host.Rules;
using PluginHost.Sdk.Plugins;

namespace PluginHost.Host.Tests.Documentation;

public sealed class RuleLanguageDocumentationTests
{
    [Fact]
    public void The_complete_example_in_docs_rules_md_compiles_and_its_examples_hold()
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "rules.md"));
        var section = page[page.IndexOf("## 2. A complete example", StringComparison.Ordinal)..];
        var start = section.IndexOf("```\n", StringComparison.Ordinal) + 4;
        var example = section[start..section.IndexOf("\n```", start, StringComparison.Ordinal)];
        using var root = new TestDirectory();
        var session = Sessions.Create(root, (new InProcessPlugin(new PluginManifest("Style", "ST")), example));
        session.SetupErrors.ShouldBeEmpty();
        session.Rules.Plugins.Single().RuleSet.Rules.Count.ShouldBe(5);
        var results = new RuleExampleRunner().Run(session.Rules);
        results.Count.ShouldBeGreaterThan(5);
        results.Where(r => !r.Passed).Select(r => $"{r.Rule.Descriptor.Id}: {r.Failure}").ShouldBeEmpty();
    }
}
