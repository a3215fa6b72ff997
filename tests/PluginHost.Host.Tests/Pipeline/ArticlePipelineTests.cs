using PluginHost.Host.Pipeline;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Plugins;
using PluginHost.Sdk.Text;

namespace PluginHost.Host.Tests.Pipeline;

public sealed class ArticlePipelineTests
{
    private const string OneRule = """rule AB0001 { title = "Found"; message = "Found {what}"; severity = warning; }""";

    private static IReadOnlyList<Diagnostic> Run(TestDirectory root, string text, params (IPlugin, string)[] plugins)
    {
        var session = Sessions.Create(root, plugins);
        session.SetupErrors.ShouldBeEmpty();
        return session.Pipeline.Analyze(Article.Create(root.Combine("a.txt"), text));
    }

    [Fact]
    public void Findings_of_code_and_rules_are_merged_in_text_order()
    {
        using var root = new TestDirectory();
        var plugin = new InProcessPlugin(new PluginManifest("Alpha", "AB"), new DelegateAnalyzer(c => c.Report("AB0001", new TextSpan(10, 3), new Dictionary<string, object?> { ["what"] = "late" })));
        var found = Run(root, "Word word here is. Here.", (plugin, OneRule + """
            rule AB0002 { title = "Here"; message = "'{text}' found"; severity = suggestion; match = "here"; }
            """));
        found.Select(d => $"{d.Id} {d.Location} {d.Message}").ShouldBe([
            "AB0001 1,11,1,14 Found late",
            "AB0002 1,11,1,15 'here' found",
            "AB0002 1,20,1,24 'Here' found",
        ]);
        found[0].Properties["what"].ShouldBe("late");
        found[0].Severity.ShouldBe(DiagnosticSeverity.Warning);
        found[0].Rule.Category.ShouldBe("Alpha");
    }

    [Fact]
    public void A_plugin_that_throws_becomes_PH0001_and_the_other_plugins_still_report()
    {
        using var root = new TestDirectory();
        var faulty = new InProcessPlugin(new PluginManifest("Faulty", "FA"), new DelegateAnalyzer(_ => throw new InvalidOperationException("boom")));
        var fine = new InProcessPlugin(new PluginManifest("Alpha", "AB"), new DelegateAnalyzer(c => c.Report("AB0001", default)));
        var found = Run(root, "text", (faulty, ""), (fine, OneRule));
        found.Select(d => d.Id).Order().ShouldBe(["AB0001", "PH0001"]);
        var failure = found.Single(d => d.Id == "PH0001");
        failure.Message.ShouldBe("Plugin Faulty threw System.InvalidOperationException on this article: boom");
        failure.Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Fact]
    public void An_analyzer_is_prepared_once_with_its_settings_before_its_first_article()
    {
        using var root = new TestDirectory();
        var prepared = new List<double>();
        var plugin = new InProcessPlugin(new PluginManifest("Alpha", "AB"), new DelegateAnalyzer(
            c => c.Report("AB0001", default, new Dictionary<string, object?> { ["what"] = prepared.Single() }),
            settings => prepared.Add(settings.GetNumber("min_words"))));
        var session = Sessions.Create(root, (plugin, OneRule + "setting min_words = 5;"));
        session.SetupErrors.ShouldBeEmpty();
        var found = new[] { "one", "two", "three" }.SelectMany(text => session.Pipeline.Analyze(Article.Create(root.Combine("a.txt"), text))).ToList();
        found.Select(d => d.Message).ShouldBe(["Found 5", "Found 5", "Found 5"]);
        prepared.ShouldBe([5]);
    }

    [Fact]
    public void A_plugin_whose_preparation_throws_is_PH0001_on_every_article_and_its_rules_still_run()
    {
        using var root = new TestDirectory();
        var analyzed = 0;
        var faulty = new InProcessPlugin(new PluginManifest("Faulty", "FA"), new DelegateAnalyzer(
            _ => analyzed++,
            _ => throw new InvalidOperationException("no settings")));
        var session = Sessions.Create(root, (faulty, """rule FA0001 { title = "Here"; message = "here"; severity = suggestion; match = "here"; }"""));
        session.SetupErrors.ShouldBeEmpty();
        foreach (var text in new[] { "here", "and here" })
        {
            var found = session.Pipeline.Analyze(Article.Create(root.Combine("a.txt"), text));
            found.Select(d => $"{d.Id} {d.Message}").Order().ShouldBe([
                "FA0001 here",
                "PH0001 Plugin Faulty threw System.InvalidOperationException on this article: no settings (while preparing for the run, before this article)",
            ]);
        }

        analyzed.ShouldBe(0);
    }

    [Fact]
    public void Undeclared_rules_spans_outside_the_article_and_foreign_layers_are_PH0007()
    {
        using var root = new TestDirectory();
        var plugin = new InProcessPlugin(new PluginManifest("Alpha", "AB"), new DelegateAnalyzer(c =>
        {
            c.Report("AB0099", default);
            c.Report("AB0001", new TextSpan(2, 50));
            c.Publish("quotes", [new Annotation(default)]);
        }));
        var found = Run(root, "short", (plugin, OneRule));
        found.Select(d => d.Message).ShouldBe([
            "Plugin Alpha reported AB0001 at [2..52), outside the article (5 characters); the finding was dropped",
            "Plugin Alpha reported layer 'quotes', which its manifest does not produce; the finding was dropped",
            "Plugin Alpha reported rule AB0099, which its rule files do not declare; the finding was dropped",
        ]);
    }

    [Fact]
    public void Reading_a_layer_the_manifest_does_not_declare_fails_the_plugin()
    {
        using var root = new TestDirectory();
        var plugin = new InProcessPlugin(new PluginManifest("Alpha", "AB"), new DelegateAnalyzer(c => c.Layer("language")));
        Run(root, "x", (plugin, "")).ShouldHaveSingleItem().Message.ShouldContain("reads layer 'language', which its manifest neither produces nor consumes");
    }

    [Fact]
    public void Layers_flow_from_producer_to_consumer_rules()
    {
        using var root = new TestDirectory();
        var producer = new InProcessPlugin(new PluginManifest("Language", "LG", produces: ["language"]), new DelegateAnalyzer(c =>
            c.Publish("language", c.Article.Segmentation.Paragraphs.Select(p => new Annotation(p.Span, c.Article.TextOf(p.Span).StartsWith("Hola", StringComparison.Ordinal) ? "es" : "en")))));
        var consumer = new InProcessPlugin(new PluginManifest("Chrome", "CH", consumes: ["language"]));
        var found = Run(root, "Hola amigos\nThe story goes on.", (consumer, """
            rule CH0001 { title = "Foreign"; message = "Paragraph in {lang}"; severity = warning; scope = paragraph; match = lang:@language; where = lang.value != "en"; }
            """), (producer, ""));
        var finding = found.ShouldHaveSingleItem();
        finding.Message.ShouldBe("Paragraph in Hola amigos");
        finding.Properties["lang.value"].ShouldBe("es");
    }

    [Fact]
    public void Rules_configured_off_report_nothing()
    {
        using var root = new TestDirectory();
        root.Write(".editorconfig", "root = true\n[*]\npluginhost_diagnostic.AB0002.severity = none\n");
        var plugin = new InProcessPlugin(new PluginManifest("Alpha", "AB"));
        Run(root, "here", (plugin, """rule AB0002 { title = "Here"; message = "m"; severity = error; match = "here"; }""")).ShouldBeEmpty();
    }

    [Fact]
    public void A_runaway_pattern_is_reported_as_PH0006_on_its_scope()
    {
        using var root = new TestDirectory();
        var plugin = new InProcessPlugin(new PluginManifest("Alpha", "AB"));
        var text = "never " + string.Join(' ', Enumerable.Repeat("w", 300)) + ".";
        var found = Run(root, text, (plugin, """rule AB0003 { title = "Slow"; message = "m"; severity = error; match = (_* _* _*)* "never"; }"""));
        found.ShouldHaveSingleItem().Message.ShouldBe("The rule AB0003 took too many steps here and was stopped for this sentence");
    }

    [Fact]
    public void A_plugin_runs_its_named_patterns_and_a_runaway_one_is_PH0006()
    {
        using var root = new TestDirectory();
        var plugin = new InProcessPlugin(new PluginManifest("Alpha", "AB"), new DelegateAnalyzer(c =>
        {
            foreach (var match in c.Match("who_said"))
            {
                c.Report("AB0001", match.Capture("who")!.Span, new Dictionary<string, object?> { ["what"] = "a speaker" });
            }

            c.Match("slow");
        }));
        var text = "Ruiz said so. Never " + string.Join(' ', Enumerable.Repeat("w", 300)) + ".";
        var found = Run(root, text, (plugin, OneRule + """
            pattern who_said { match = who:_ "said"; }
            pattern slow { match = (_* _* _*)* "never"; }
            """));
        found.Select(d => $"{d.Id} {d.Location} {d.Message}").ShouldBe([
            "AB0001 1,1,1,5 Found a speaker",
            "PH0006 1,15,1,621 The pattern slow took too many steps here and was stopped for this sentence",
        ]);
    }

    [Fact]
    public void Running_a_pattern_the_rule_files_do_not_declare_is_PH0001()
    {
        using var root = new TestDirectory();
        var plugin = new InProcessPlugin(new PluginManifest("Alpha", "AB"), new DelegateAnalyzer(c => c.Match("absent")));
        Run(root, "text", (plugin, OneRule)).ShouldHaveSingleItem().Message
            .ShouldBe("Plugin Alpha threw System.Collections.Generic.KeyNotFoundException on this article: The rule files of plugin Alpha declare no pattern 'absent'.");
    }

    [Fact]
    public void Unreadable_binary_and_invalid_files_become_PH_findings()
    {
        using var root = new TestDirectory();
        var session = Sessions.Create(root);
        root.WriteBytes("bin.txt", [1, 0, 2]);
        root.WriteBytes("bad.txt", [(byte)'o', (byte)'k', 0xC3]);
        session.Pipeline.Analyze(Sessions.Source(root.Combine("bin.txt"))).Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("PH0005");
        var invalid = session.Pipeline.Analyze(Sessions.Source(root.Combine("bad.txt"))).Diagnostics.ShouldHaveSingleItem();
        invalid.Id.ShouldBe("PH0004");
        invalid.Location.ToString().ShouldBe("1,3,1,4");
        session.Pipeline.Analyze(Sessions.Source(root.Combine("gone.txt"))).Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("PH0002");
    }

    [Fact]
    public void A_plugin_that_hangs_is_stopped_at_the_time_limit_as_PH0008_with_its_findings_and_layers_dropped()
    {
        using var root = new TestDirectory();
        using var release = new ManualResetEventSlim();
        var hanging = new InProcessPlugin(new PluginManifest("Hanging", "HG", produces: ["marks"]), new DelegateAnalyzer(c =>
        {
            c.Publish("marks", [new Annotation(new TextSpan(0, 4))]);
            c.Report("HG0001", default);
            release.Wait();
        }));
        var reader = new InProcessPlugin(new PluginManifest("Reader", "RD", consumes: ["marks"]));
        var fine = new InProcessPlugin(new PluginManifest("Alpha", "AB"), new DelegateAnalyzer(c => c.Report("AB0001", default)));
        var session = Sessions.Create(root, new HostOptions { PluginDirectories = [], PluginTimeLimit = TimeSpan.FromMilliseconds(250) },
            (hanging, """rule HG0001 { title = "Seen"; message = "m"; severity = warning; }"""),
            (reader, """rule RD0001 { title = "Marked"; message = "m"; severity = warning; match = @marks; }"""),
            (fine, OneRule));
        var found = session.Pipeline.Analyze(Article.Create(root.Combine("a.txt"), "Some text."));
        release.Set();
        found.Select(d => $"{d.Id} {d.Message}").ShouldBe([
            "AB0001 Found {what}",
            "PH0008 Plugin Hanging did not finish this article within 250 milliseconds and was stopped; its findings for it were dropped",
        ]);
        found[1].Properties["plugin"].ShouldBe("Hanging");
        found[1].Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_plugin_that_stops_when_its_token_is_cancelled_is_PH0008_too()
    {
        using var root = new TestDirectory();
        var patient = new InProcessPlugin(new PluginManifest("Patient", "PT"), new DelegateAnalyzer(c =>
        {
            c.CancellationToken.WaitHandle.WaitOne();
            c.Report("PT0001", default);
        }));
        var session = Sessions.Create(root, new HostOptions { PluginDirectories = [], PluginTimeLimit = TimeSpan.FromMilliseconds(100) },
            (patient, """rule PT0001 { title = "Late"; message = "m"; severity = warning; }"""));
        session.Pipeline.Analyze(Article.Create(root.Combine("a.txt"), "text")).ShouldHaveSingleItem().Id.ShouldBe("PH0008");
    }

    [Fact]
    public void A_plugin_that_finishes_in_time_keeps_its_findings_and_layers()
    {
        using var root = new TestDirectory();
        var producer = new InProcessPlugin(new PluginManifest("Producer", "PR", produces: ["marks"]), new DelegateAnalyzer(c => c.Publish("marks", [new Annotation(new TextSpan(0, 4))])));
        var reader = new InProcessPlugin(new PluginManifest("Reader", "RD", consumes: ["marks"]));
        var session = Sessions.Create(root, new HostOptions { PluginDirectories = [], PluginTimeLimit = TimeSpan.FromSeconds(30) },
            (producer, ""),
            (reader, """rule RD0001 { title = "Marked"; message = "'{text}' marked"; severity = warning; match = @marks; }"""));
        session.Pipeline.Analyze(Article.Create(root.Combine("a.txt"), "Some text.")).ShouldHaveSingleItem().Message.ShouldBe("'Some' marked");
    }

    [Fact]
    public void A_plugin_reads_the_layers_it_produces_and_reports_up_to_the_last_character()
    {
        using var root = new TestDirectory();
        var plugin = new InProcessPlugin(new PluginManifest("Alpha", "AB", produces: ["marks"]), new DelegateAnalyzer(c =>
        {
            c.Publish("marks", [new Annotation(new TextSpan(0, 4))]);
            var mark = c.Layer("marks").Annotations.Single();
            c.Report("AB0001", TextSpan.FromBounds(mark.Span.Start, c.Article.Text.Length), new Dictionary<string, object?> { ["what"] = "to the end" }, [new TextEdit(new TextSpan(5, 4), "TEXT")]);
        }));
        var found = Run(root, "Some text", (plugin, OneRule));
        found.Select(d => $"{d.Id} {d.Location} {d.Message}").ShouldBe(["AB0001 1,1,1,10 Found to the end"]);
        found[0].Fixes.ShouldHaveSingleItem().NewText.ShouldBe("TEXT");
    }

    [Fact]
    public void A_pattern_run_after_the_plugin_publishes_more_of_a_layer_sees_all_of_it()
    {
        using var root = new TestDirectory();
        var plugin = new InProcessPlugin(new PluginManifest("Alpha", "AB", produces: ["marks"]), new DelegateAnalyzer(c =>
        {
            c.Publish("marks", [new Annotation(new TextSpan(0, 4))]);
            c.Match("marked").Count.ShouldBe(1);
            c.Publish("marks", [new Annotation(new TextSpan(11, 4))]);
            foreach (var match in c.Match("marked"))
            {
                c.Report("AB0001", match.Span, new Dictionary<string, object?> { ["what"] = c.Article.TextOf(match.Span) });
            }
        }));
        var found = Run(root, "Some text. More text.", (plugin, OneRule + "\npattern marked { match = @marks \"text\"; }"));
        found.Select(d => d.Message).ShouldBe(["Found Some text", "Found More text"]);
    }

    [Fact]
    public void Annotations_published_outside_the_article_are_PH0007_and_the_others_are_kept()
    {
        using var root = new TestDirectory();
        var producer = new InProcessPlugin(new PluginManifest("Producer", "PR", produces: ["marks"]), new DelegateAnalyzer(c =>
            c.Publish("marks", [new Annotation(new TextSpan(0, 4)), new Annotation(new TextSpan(5, 4)), new Annotation(new TextSpan(8, 5))])));
        var reader = new InProcessPlugin(new PluginManifest("Reader", "RD", consumes: ["marks"]));
        var found = Run(root, "Some text", (producer, ""), (reader, """rule RD0001 { title = "Marked"; message = "'{text}' marked"; severity = warning; match = @marks; }"""));
        found.Select(d => d.Message).ShouldBe([
            "Plugin Producer reported an annotation of layer 'marks' at [8..13), outside the article (9 characters); the finding was dropped",
            "'Some' marked",
            "'text' marked",
        ]);
    }

    [Fact]
    public void A_plugin_that_ran_out_of_time_on_three_articles_is_not_run_again_as_PH0009()
    {
        using var root = new TestDirectory();
        using var release = new ManualResetEventSlim();
        var runs = 0;
        var hanging = new InProcessPlugin(new PluginManifest("Hanging", "HG"), new DelegateAnalyzer(_ =>
        {
            Interlocked.Increment(ref runs);
            release.Wait();
        }));
        var fine = new InProcessPlugin(new PluginManifest("Alpha", "AB"), new DelegateAnalyzer(c => c.Report("AB0001", default)));
        var session = Sessions.Create(root, new HostOptions { PluginDirectories = [], PluginTimeLimit = TimeSpan.FromMilliseconds(100) }, (hanging, ""), (fine, OneRule));
        var found = Enumerable.Range(0, ArticlePipeline.MostTimeouts + 2)
            .Select(i => session.Pipeline.Analyze(Article.Create(root.Combine($"{i}.txt"), "text")))
            .Select(article => string.Join(" ", article.Select(d => d.Id).Order(StringComparer.Ordinal)))
            .ToList();
        release.Set();
        found.ShouldBe(["AB0001 PH0008", "AB0001 PH0008", "AB0001 PH0008", "AB0001 PH0009", "AB0001 PH0009"]);
        runs.ShouldBe(ArticlePipeline.MostTimeouts);
        session.Pipeline.Analyze(Article.Create(root.Combine("last.txt"), "text")).Single(d => d.Id == "PH0009").Message
            .ShouldBe("Plugin Hanging was not run on this article: it ran out of time on 3 articles of this run");
    }
}
