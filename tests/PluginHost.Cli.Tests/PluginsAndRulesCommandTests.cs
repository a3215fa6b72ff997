using PluginHost.Host;
using PluginHost.Host.Loading;
using PluginHost.Host.Reading;
using PluginHost.Host.Rules;
using PluginHost.Host.Tests;
using PluginHost.Rules.Caching;

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
        // The plugin column is as wide as the longest plugin name loaded, which a plugin added to plugins/ changes.
        var width = run.OutputLines[0].IndexOf("DEFAULT", StringComparison.Ordinal) - "ID      ".Length;
        width.ShouldBeGreaterThanOrEqualTo("PluginHost ".Length);
        run.OutputLines[0].ShouldBe($"ID      {"PLUGIN".PadRight(width)}DEFAULT    HERE       TITLE");
        run.OutputLines.ShouldContain($"CP0001  {"Capitals".PadRight(width)}suggestion error      Word in capitals");
        run.OutputLines.ShouldContain($"CP0003  {"Capitals".PadRight(width)}none       none       Greeting of a capitalized name");
        run.OutputLines.ShouldContain($"PH0001  {"PluginHost".PadRight(width)}error      error      Plugin failed on an article");
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
    public void Every_rule_is_in_the_release_ledger()
    {
        var rules = Path.Combine(Repository.Root, "rules");
        var ledger = ReleaseLedger.Read(Path.Combine(rules, "AnalyzerReleases.Shipped.md"), Path.Combine(rules, "AnalyzerReleases.Unshipped.md"));
        ledger.Errors.ShouldBeEmpty();
        var factory = new HostSessionFactory(new PluginDirectoryLoader(), new RuleCatalogBuilder(RuleSyntaxCache.None), new ArticleReader());
        using var session = factory.Create(new HostOptions { PluginDirectories = [Path.Combine(Path.GetDirectoryName(CliRun.CliAssembly)!, "plugins")] });
        session.SetupErrors.ShouldBeEmpty();
        session.Plugins.Count.ShouldBeGreaterThanOrEqualTo(3);
        ledger.Differences(session.Rules.RulesByPlugin).ShouldBeEmpty("a rule was added, removed or changed without its line in rules/AnalyzerReleases.Unshipped.md: 'dotnet run --project src/PluginHost.Cli -- rules ledger rules' writes it");
    }

    [Fact]
    public void Rules_ledger_records_a_new_rule_in_the_unshipped_file_and_check_then_passes()
    {
        using var root = new TestDirectory();
        root.Write("ledger/AnalyzerReleases.Shipped.md", "## Release 1.0\n\n### New Rules\n\nRule ID | Plugin | Category | Severity | Notes\n--------|--------|----------|----------|------\n");
        var unrecorded = CliRun.Start(root.Path, "rules", "ledger", "ledger", "--check", "--plugins", CliRun.FixturePlugins);
        unrecorded.ExitCode.ShouldBe(1, unrecorded.Errors);
        unrecorded.Output.ShouldContain("CP0001 is not in the ledger; add under New Rules: CP0001 | Capitals | Capitals | suggestion | Word in capitals");
        File.Exists(root.Combine("ledger/AnalyzerReleases.Unshipped.md")).ShouldBeFalse();

        var recorded = CliRun.Start(root.Path, "rules", "ledger", "ledger", "--plugins", CliRun.FixturePlugins);
        recorded.ExitCode.ShouldBe(0, recorded.Errors);
        File.ReadAllText(root.Combine("ledger/AnalyzerReleases.Unshipped.md")).ShouldContain("\nCP0001 | Capitals | Capitals | suggestion | Word in capitals\n");
        var check = CliRun.Start(root.Path, "rules", "ledger", "ledger", "--check", "--plugins", CliRun.FixturePlugins);
        check.ExitCode.ShouldBe(0, check.Output);
        check.OutputLines[^1].ShouldMatch(@"^The ledger records all \d+ rules as they are\.$");
    }

    [Fact]
    public void Every_shipped_rules_help_page_is_up_to_date()
    {
        using var root = new TestDirectory();
        var run = CliRun.Start(root.Path, "rules", "docs", Path.Combine(Repository.Root, "docs", "rules"), "--check");
        run.ExitCode.ShouldBe(0, $"{run.Output}{run.Errors}Run 'pluginhost rules docs docs/rules' from the repository to update them.");
        run.OutputLines[^1].ShouldMatch(@"^[0-9]+ pages up to date, 0 pages missing or out of date\.$");
    }

    [Fact]
    public void Rules_docs_writes_the_missing_pages_and_check_finds_a_stale_one()
    {
        using var root = new TestDirectory();
        var written = CliRun.Start(root.Path, "rules", "docs", "pages", "--plugins", CliRun.FixturePlugins);
        written.ExitCode.ShouldBe(0, written.Errors);
        written.OutputLines.ShouldContain(Path.Combine("pages", "CP0001.md") + ": written");
        var page = root.Combine("pages/CP0001.md");
        File.ReadAllText(page).ShouldContain("# CP0001: Word in capitals");
        File.WriteAllText(page, File.ReadAllText(page).Replace("Word in capitals", "Old title", StringComparison.Ordinal) + "\n## What to do\n\nKept.\n");

        var check = CliRun.Start(root.Path, "rules", "docs", "pages", "--check", "--plugins", CliRun.FixturePlugins);
        check.ExitCode.ShouldBe(1);
        check.OutputLines.ShouldContain(Path.Combine("pages", "CP0001.md") + ": out of date");

        CliRun.Start(root.Path, "rules", "docs", "pages", "--plugins", CliRun.FixturePlugins).ExitCode.ShouldBe(0);
        File.ReadAllText(page).ShouldContain("# CP0001: Word in capitals");
        File.ReadAllText(page).ShouldEndWith("## What to do\n\nKept.\n");
    }

    [Fact]
    public void A_page_written_by_hand_without_a_generated_block_is_left_alone()
    {
        using var root = new TestDirectory();
        var page = root.Write("pages/CP0001.md", "# CP0001\n\nWritten by hand.\n");
        var run = CliRun.Start(root.Path, "rules", "docs", "pages", "--plugins", CliRun.FixturePlugins);
        run.ExitCode.ShouldBe(2);
        run.Errors.ShouldContain(Path.Combine("pages", "CP0001.md") + ": error: the page has no block between");
        File.ReadAllText(page).ShouldBe("# CP0001\n\nWritten by hand.\n");
    }
}
