using System.Text.Json.Nodes;
using PluginHost.Host.Tests;

namespace PluginHost.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    private static TestDirectory Articles()
    {
        var root = new TestDirectory();
        root.Write("news/storm.txt", "Oh no, the STORM came.\nNATO met.\n");
        root.Write("news/calm.md", "# Calm day\n\nNothing to see.\n");
        root.Write(".editorconfig", "root = true\n\n[*]\npluginhost_category.Language.severity = none\n");
        return root;
    }

    [Fact]
    public void Findings_print_one_per_line_then_the_summary()
    {
        using var root = Articles();
        var run = CliRun.Start(root.Path, "analyze", "news", "--plugins", CliRun.FixturePlugins);
        run.ExitCode.ShouldBe(0, run.Errors);
        run.OutputLines.ShouldBe([
            "news/storm.txt(1,1,1,17): warning CP0002: 'Oh no' comes before the shouted 'STORM'",
            "news/storm.txt(1,12,1,17): suggestion CP0001: 'STORM' is written in capitals",
            "1 warning in 1 article",
            "1 suggestion in 1 article",
            "  CP0001: 1 finding (Word in capitals)",
            "  CP0002: 1 finding (Exclamation before a shouted word)",
            run.OutputLines[^1],
        ]);
        run.OutputLines[^1].ShouldMatch(@"^Analyzed 2 articles in [0-9.]+ seconds?; 1 article with findings\.$");
    }

    [Fact]
    public void Sarif_goes_to_the_output_file_atomically_and_validates()
    {
        using var root = Articles();
        root.Write("report.sarif", "previous");
        var run = CliRun.Start(root.Path, "analyze", "news", "--plugins", CliRun.FixturePlugins, "--format", "sarif", "--output", "report.sarif");
        run.ExitCode.ShouldBe(0, run.Errors);
        run.Output.ShouldBeEmpty();
        run.Errors.ShouldContain("1 warning in 1 article");
        var sarif = File.ReadAllText(root.Combine("report.sarif"));
        SarifValidator.ShouldBeValid(sarif);
        JsonNode.Parse(sarif)!["runs"]![0]!["results"]!.AsArray().Count.ShouldBe(2);
        Directory.GetFiles(root.Path, "*.tmp").ShouldBeEmpty();
    }

    [Fact]
    public void Html_is_one_page_with_each_article_and_the_run_settings()
    {
        using var root = Articles();
        var run = CliRun.Start(root.Path, "analyze", "news", "--plugins", CliRun.FixturePlugins, "--format", "html", "--output", "report.html", "--jobs", "1");
        run.ExitCode.ShouldBe(0, run.Errors);
        run.Output.ShouldBeEmpty();
        var report = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(root.Combine("report.html")));
        report.QuerySelectorAll("article.doc:not(.clean) h2").Select(h => h.TextContent).ShouldBe(["news/storm.txt"]);
        report.QuerySelectorAll("mark.f").Select(m => m.GetAttribute("data-r")).ShouldBe(["CP0002", "CP0001"]);
        var settings = report.QuerySelectorAll("#overview tr:has(th)").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("td")!.TextContent);
        (settings["Articles"], settings["Jobs"], settings["Time limit per plugin and article"]).ShouldBe(("news", "1", "30 seconds"));
    }

    [Fact]
    public void A_marker_in_an_article_silences_a_rule_for_the_next_paragraph()
    {
        using var root = Articles();
        root.Write("news/storm.txt", "The STORM came.\n\n<!-- pluginhost disable CP0001 -->\nThe GALE came.\n\nThe FLOOD came.\n");
        var run = CliRun.Start(root.Path, "analyze", "news/storm.txt", "--plugins", CliRun.FixturePlugins, "--quiet");
        run.ExitCode.ShouldBe(0, run.Errors);
        run.OutputLines.Where(l => l.StartsWith("news/", StringComparison.Ordinal) && l.Contains("CP0001", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)])
            .ShouldBe(["news/storm.txt(1,5,1,10)", "news/storm.txt(6,5,6,10)"]);
    }

    [Fact]
    public void A_baseline_written_once_leaves_only_new_findings_in_later_runs()
    {
        using var root = Articles();
        var written = CliRun.Start(root.Path, "analyze", "news", "--plugins", CliRun.FixturePlugins, "--baseline", "baseline.json", "--write-baseline", "--warnaserror");
        written.ExitCode.ShouldBe(0, written.Errors);
        written.Errors.ShouldContain("Wrote the baseline baseline.json: 2 findings in 1 article.");
        root.Write("news/storm.txt", "The GALE blew.\n\nOh no, the STORM came.\nNATO met.\n");
        var run = CliRun.Start(root.Path, "analyze", "news", "--plugins", CliRun.FixturePlugins, "--baseline", "baseline.json", "--warnaserror");
        run.ExitCode.ShouldBe(0, run.Errors);
        run.OutputLines.Where(l => l.StartsWith("news/", StringComparison.Ordinal)).ShouldBe(["news/storm.txt(1,5,1,9): suggestion CP0001: 'GALE' is written in capitals"]);
        run.OutputLines.ShouldContain("2 findings in the baseline not shown");
    }

    [Fact]
    public void A_missing_baseline_exits_with_2_and_writing_one_needs_its_file_name()
    {
        using var root = Articles();
        var missing = CliRun.Start(root.Path, "analyze", "news", "--baseline", "none.json");
        missing.ExitCode.ShouldBe(2);
        missing.Errors.ShouldContain("none.json: error: the baseline file does not exist; write it with --write-baseline");
        var unnamed = CliRun.Start(root.Path, "analyze", "news", "--write-baseline");
        unnamed.ExitCode.ShouldBe(2);
        unnamed.Errors.ShouldContain("--write-baseline needs --baseline FILE, the file to write.");
    }

    [Fact]
    public void Json_is_the_same_findings_for_scripts()
    {
        using var root = Articles();
        var run = CliRun.Start(root.Path, "analyze", "news", "--plugins", CliRun.FixturePlugins, "--format", "json", "--quiet");
        run.ExitCode.ShouldBe(0, run.Errors);
        run.Errors.ShouldBeEmpty();
        var report = JsonNode.Parse(run.Output)!;
        report["diagnostics"]!.AsArray().Select(d => (string)d!["ruleId"]!).ShouldBe(["CP0002", "CP0001"]);
    }

    [Fact]
    public void A_property_that_is_a_dictionary_is_a_json_object()
    {
        using var root = new TestDirectory();
        root.Write("chrome.txt", "Главные новости дня\n\nThe council met on Monday and agreed to rebuild the harbour wall before the winter storms.\n");
        var run = CliRun.Start(root.Path, "analyze", "chrome.txt", "--format", "json", "--quiet");
        run.ExitCode.ShouldBe(0, run.Errors);
        var language = JsonNode.Parse(run.Output)!["diagnostics"]!.AsArray().Single(d => (string)d!["ruleId"]! == "LG0001")!;
        ((double)language["properties"]!["alternatives"]!["ru"]!).ShouldBeInRange(0.05, 0.15);
    }

    [Fact]
    public void Error_level_findings_exit_with_1_and_warnings_do_with_warnaserror()
    {
        using var root = Articles();
        CliRun.Start(root.Path, "analyze", "news", "--plugins", CliRun.FixturePlugins, "--warnaserror").ExitCode.ShouldBe(1);
        root.Write(".editorconfig", "root = true\n[*]\npluginhost_diagnostic.CP0001.severity = error\n");
        CliRun.Start(root.Path, "analyze", "news", "--plugins", CliRun.FixturePlugins).ExitCode.ShouldBe(1);
    }

    [Fact]
    public void A_broken_user_rule_file_exits_with_2_naming_file_line_and_column_and_the_rest_still_runs()
    {
        using var root = Articles();
        var rules = root.Write("my-rules/Capitals/mine.rules", "rule CP9001 {\n  title = \"t\"\n}\n");
        var run = CliRun.Start(root.Path, "analyze", "news", "--plugins", CliRun.FixturePlugins, "--rules", "my-rules");
        run.ExitCode.ShouldBe(2);
        run.Errors.ShouldContain($"{rules}(3,1): error: expected ';', found '}}'");
        run.Output.ShouldContain("CP0001");
    }

    [Fact]
    public void Rule_syntax_read_from_the_cache_gives_the_same_findings_and_an_edit_counts_at_once()
    {
        using var root = Articles();
        var cache = root.Combine("cache");
        const string rule = """rule CP0101 { title = "Came"; message = "MESSAGE"; severity = warning; match = "came"; }""";
        var rules = root.Write("my-rules/Capitals/mine.rules", rule.Replace("MESSAGE", "first words", StringComparison.Ordinal));
        string[] analyze = ["analyze", "news", "--plugins", CliRun.FixturePlugins, "--rules", "my-rules"];

        int Entries() => Directory.GetFiles(cache, "*.syntax", SearchOption.AllDirectories).Length;

        var first = CliRun.StartCaching(cache, root.Path, analyze);
        var kept = Entries();
        var anHourAgo = DateTime.UnixEpoch.AddSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 3600);
        Directory.GetFiles(cache, "*.syntax", SearchOption.AllDirectories).ToList().ForEach(entry => File.SetLastWriteTimeUtc(entry, anHourAgo));
        var second = CliRun.StartCaching(cache, root.Path, analyze);
        var keptAfterSecond = Entries();
        var rewritten = Directory.GetFiles(cache, "*.syntax", SearchOption.AllDirectories).Where(entry => File.GetLastWriteTimeUtc(entry) != anHourAgo).ToList();
        root.Write("my-rules/Capitals/mine.rules", rule.Replace("MESSAGE", "edited words", StringComparison.Ordinal));
        var edited = CliRun.StartCaching(cache, root.Path, analyze);
        var keptAfterEdit = Entries();
        root.Write("my-rules/Capitals/mine.rules", "rule CP0101 {\n  title = \"t\"\n}\n");
        var broken = CliRun.StartCaching(cache, root.Path, analyze);
        var brokenAgain = CliRun.StartCaching(cache, root.Path, analyze);

        first.ExitCode.ShouldBe(0, first.Errors);
        first.Output.ShouldContain("CP0101: first words");
        kept.ShouldBeGreaterThan(2, "the host's rules, the plugins' and the user's");
        second.OutputLines[..^1].ShouldBe(first.OutputLines[..^1]);
        keptAfterSecond.ShouldBe(kept);
        rewritten.ShouldBeEmpty("a second run reads every entry and writes none");
        edited.Output.ShouldContain("CP0101: edited words");
        edited.Output.ShouldNotContain("first words");
        keptAfterEdit.ShouldBe(kept + 1);
        broken.Errors.ShouldContain($"{rules}(3,1): error: expected ';', found '}}'");
        brokenAgain.Errors.ShouldBe(broken.Errors);
        Entries().ShouldBe(kept + 1);
    }

    [Fact]
    public void A_config_file_error_exits_with_2()
    {
        using var root = Articles();
        var run = CliRun.Start(root.Path, "analyze", "news", "--config", "missing.editorconfig");
        run.ExitCode.ShouldBe(2);
        run.Errors.ShouldContain("missing.editorconfig(1,1): error: the configuration file does not exist");
    }

    [Fact]
    public void An_output_file_that_cannot_be_written_exits_with_2_and_says_why()
    {
        using var root = Articles();
        root.Write("blocker", "a file where a folder should be");
        var run = CliRun.Start(root.Path, "analyze", "news", "--output", "blocker/report.sarif", "--format", "sarif");
        run.ExitCode.ShouldBe(2);
        run.Errors.ShouldContain("blocker/report.sarif: error: the report could not be written:");
    }

    [Fact]
    public void A_plugin_that_stalls_is_stopped_at_the_time_limit_and_every_other_finding_is_kept()
    {
        // The limit leaves room for a slow, busy machine: the tests of several projects run at once on two cores.
        using var root = Articles();
        root.Write("news/stall.txt", "The STALL opened.\n");
        var stalling = Path.Combine(AppContext.BaseDirectory, "stalling-plugins");
        var run = CliRun.Start(root.Path, "analyze", "news", "--plugins", CliRun.FixturePlugins, "--plugins", stalling, "--timeout", "2", "--format", "json", "--quiet");
        run.ExitCode.ShouldBe(1, run.Errors);
        var findings = JsonNode.Parse(run.Output)!["diagnostics"]!.AsArray()
            .Select(d => $"{d!["path"]} {d["ruleId"]} {d["message"]}")
            .Order(StringComparer.Ordinal);
        findings.ShouldBe([
            "news/calm.md ST0001 Stalling saw this article",
            "news/stall.txt CP0001 'STALL' is written in capitals",
            "news/stall.txt PH0008 Plugin Stalling did not finish this article within 2 seconds and was stopped; its findings for it were dropped",
            "news/storm.txt CP0001 'STORM' is written in capitals",
            "news/storm.txt CP0002 'Oh no' comes before the shouted 'STORM'",
            "news/storm.txt ST0001 Stalling saw this article",
        ]);
    }

    [Fact]
    public void Plugins_in_the_article_folder_or_the_working_folder_are_never_loaded()
    {
        using var root = Articles();
        FixturePlugins.CopyInto("Capitals", root.Combine("news/plugins"));
        FixturePlugins.CopyInto("Capitals", root.Combine("news"));
        FixturePlugins.CopyInto("Capitals", root.Combine("plugins"));
        var run = CliRun.Start(root.Path, "analyze", "news", "--format", "json", "--quiet");
        run.ExitCode.ShouldBe(0, run.Errors);
        var report = JsonNode.Parse(run.Output)!;
        report["tool"]!["plugins"]!.AsArray().Select(p => (string)p!["name"]!).ShouldNotContain("Capitals");
        report["diagnostics"]!.AsArray().Select(d => (string)d!["ruleId"]!).ShouldAllBe(id => !id.StartsWith("CP", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyze", "x", "--format", "xml")]
    [InlineData("analyze", "x", "--jobs", "0")]
    [InlineData("analyze", "x", "--jobs", "many")]
    [InlineData("analyze", "x", "--timeout", "-1")]
    [InlineData("analyze", "x", "--timeout", "soon")]
    [InlineData("fix", "x", "--out", "y", "--timeout", "1e9")]
    [InlineData("analyse", "x")]
    public void Bad_usage_exits_with_2(params string[] arguments)
    {
        using var root = Articles();
        var run = CliRun.Start(root.Path, arguments);
        run.ExitCode.ShouldBe(2);
        run.Errors.ShouldContain("error:");
    }

    [Fact]
    public void Output_does_not_depend_on_the_number_of_jobs()
    {
        using var root = new TestDirectory();
        for (var i = 0; i < 30; i++)
        {
            root.Write($"a/{i:D2}.txt", $"Wow, the STORM number {i} came. ALERT!");
        }

        var one = CliRun.Start(root.Path, "analyze", "a", "--plugins", CliRun.FixturePlugins, "--jobs", "1", "--format", "json", "--quiet");
        var many = CliRun.Start(root.Path, "analyze", "a", "--plugins", CliRun.FixturePlugins, "--jobs", "4", "--format", "json", "--quiet");
        static string Findings(CliRun run) => JsonNode.Parse(run.Output)!["diagnostics"]!.ToJsonString();
        Findings(many).ShouldBe(Findings(one));
    }

    [Fact]
    public void The_seed_corpus_gives_a_valid_sarif_log()
    {
        var seeds = Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "corpus", "seeds"));
        using var root = new TestDirectory();
        var run = CliRun.Start(root.Path, "analyze", seeds, "--plugins", CliRun.FixturePlugins, "--format", "sarif", "--output", "seeds.sarif");
        run.ExitCode.ShouldBe(0, run.Errors);
        SarifValidator.ShouldBeValid(File.ReadAllText(root.Combine("seeds.sarif")));
    }

    [Theory]
    [InlineData("3/3")]
    [InlineData("one/three")]
    public void A_shard_outside_its_count_is_bad_usage(string shard)
    {
        var run = CliRun.Start(Repository.Root, "analyze", "samples", "--shard", shard);
        run.ExitCode.ShouldBe(2);
        run.Errors.ShouldContain($"'{shard}' is not one");
    }

    [Fact]
    public void A_baseline_is_not_written_from_a_shard()
    {
        var run = CliRun.Start(Repository.Root, "analyze", "samples", "--shard", "0/2", "--baseline", "unused.json", "--write-baseline");
        run.ExitCode.ShouldBe(2);
        run.Errors.ShouldContain("--write-baseline cannot be used with --shard");
    }
}
