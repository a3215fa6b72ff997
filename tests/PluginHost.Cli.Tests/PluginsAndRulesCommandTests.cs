using PluginHost.Host.Tests;

namespace PluginHost.Cli.Tests;

public sealed class PluginsAndRulesCommandTests
{
    [Fact]
    public void Plugins_lists_what_loaded_with_versions_and_layers()
    {
        using var root = new TestDirectory();
        var run = CliRun.Start(root.Path, "plugins", "--plugins", CliRun.FixturePlugins);
        run.ExitCode.ShouldBe(0, run.Errors);
        run.OutputLines.ShouldContain("Capitals 0.1.0 (CP, 3 rules)");
        run.Output.ShouldContain("produces shouting");
    }

    [Fact]
    public void Rules_list_shows_default_and_effective_severity()
    {
        using var root = new TestDirectory();
        root.Write(".editorconfig", "root = true\n[*]\npluginhost_diagnostic.CP0001.severity = error\n");
        var run = CliRun.Start(root.Path, "rules", "list", "--plugins", CliRun.FixturePlugins);
        run.ExitCode.ShouldBe(0, run.Errors);
        run.OutputLines[0].ShouldBe("ID      PLUGIN     DEFAULT    HERE       TITLE");
        run.OutputLines.ShouldContain("CP0001  Capitals   suggestion error      Word in capitals");
        run.OutputLines.ShouldContain("CP0003  Capitals   none       none       Greeting of a capitalized name");
        run.OutputLines.ShouldContain("PH0001  PluginHost error      error      Plugin failed on an article");
    }

    [Fact]
    public void Rules_explain_shows_what_a_rule_finds_with_its_examples_and_settings()
    {
        using var root = new TestDirectory();
        var run = CliRun.Start(root.Path, "rules", "explain", "cp0002", "--plugins", CliRun.FixturePlugins);
        run.ExitCode.ShouldBe(0, run.Errors);
        run.OutputLines[0].ShouldBe("CP0002: Exclamation before a shouted word");
        run.OutputLines.ShouldContain("  default severity  warning");
        run.Output.ShouldContain("per sentence");
        run.OutputLines.ShouldContain("    [Oh no, the STORM] came.");
        run.OutputLines.ShouldContain("    setting min_letters = 4");
        run.Output.ShouldContain("list exclamations (3 entries): wow, oh no, alas");
    }

    [Fact]
    public void Rules_explain_of_an_unknown_id_exits_with_2()
    {
        using var root = new TestDirectory();
        var run = CliRun.Start(root.Path, "rules", "explain", "ZZ9999");
        run.ExitCode.ShouldBe(2);
        run.Errors.ShouldContain("no rule ZZ9999");
    }

    [Fact]
    public void Rules_test_runs_every_example()
    {
        using var root = new TestDirectory();
        var run = CliRun.Start(root.Path, "rules", "test", "--plugins", CliRun.FixturePlugins);
        run.ExitCode.ShouldBe(0, run.Output);
        run.OutputLines[^1].ShouldMatch(@"^(\d+) examples of \d+ rules: \1 passed, 0 failed\.$");
        run.Output.ShouldNotContain("CP0001: example failed");
    }

    [Fact]
    public void A_failing_example_exits_with_1_and_says_where()
    {
        using var root = new TestDirectory();
        var rules = root.Write("mine/Capitals/bad.rules", "rule CP9001 {\n title = \"t\"; message = \"m\"; severity = warning; match = \"x\";\n example = \"{|y|} x\";\n}\n");
        var run = CliRun.Start(root.Path, "rules", "test", "--plugins", CliRun.FixturePlugins, "--rules", "mine");
        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain($"{rules}(3,2): error CP9001: example failed");
        run.OutputLines[^1].ShouldMatch(@"^\d+ examples of \d+ rules: \d+ passed, 1 failed\.$");
    }

    [Fact]
    public void Every_shipped_rule_has_a_help_page_titled_like_the_rule()
    {
        using var root = new TestDirectory();
        var run = CliRun.Start(root.Path, "rules", "list");
        run.ExitCode.ShouldBe(0, run.Errors);
        var titleColumn = run.OutputLines[0].IndexOf("TITLE", StringComparison.Ordinal);
        var rules = run.OutputLines.Skip(1).Select(line => (Id: line[..6], Title: line[titleColumn..])).ToList();
        rules.Count.ShouldBeGreaterThan(7);
        foreach (var (id, title) in rules)
        {
            var page = Path.Combine(Repository.Root, "docs", "rules", id + ".md");
            File.Exists(page).ShouldBeTrue($"{id} has no help page");
            File.ReadLines(page).First().ShouldBe($"# {id}: {title}");
        }
    }
}
