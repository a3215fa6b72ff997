using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PluginHost.Host.Discovery;
using PluginHost.Host.Pipeline;
using PluginHost.Host.Reporting;
using PluginHost.Host.Reporting.Html;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Plugins;
using PluginHost.Sdk.Text;

namespace PluginHost.Host.Tests.Reporting.Html;

public sealed class HtmlReportWriterTests
{
    private const string Hostile = """<script>alert(1)</script> A very <img src=x onerror=alert(2)> day <a href="javascript:alert(3)">here</a>!""";

    private const string Rules = """
        rule AB0001 { title = "<i>Weak</i> word"; message = "'{word}' <u>adds</u> nothing"; severity = warning; help = "javascript:alert(4)"; }
        rule AB0002 { title = "Language"; message = "Written in {languageName}"; severity = suggestion; help = "https://example.org/AB0002"; }
        rule AB0003 { title = "Exclamation"; message = "Exclamation in news copy"; severity = error; match = "!"; }
        rule AB0004 { title = "Quiet"; message = "quiet"; severity = silent; match = "day"; }
        """;

    // Rendered for each test, not once for the class: mutation testing reruns the tests in the same process, and a
    // report kept from the first run would hide every mutant of the writer.
    private readonly IDocument _report = new HtmlParser().ParseDocument(Render());

    private static string Render()
    {
        using var root = new TestDirectory();
        var plugin = new InProcessPlugin(new PluginManifest("Alpha", "AB"), new DelegateAnalyzer(c =>
        {
            var text = c.Article.Text;
            if (text.Contains("very", StringComparison.Ordinal))
            {
                var at = text.IndexOf("very", StringComparison.Ordinal);
                c.Report("AB0001", new TextSpan(at, 4), new Dictionary<string, object?> { ["word"] = "very", ["speaker"] = "<b>Ann</b>", ["loud"] = false }, [TextEdit.Delete(new TextSpan(at, 5))]);
            }

            if (text.StartsWith("Bonjour", StringComparison.Ordinal))
            {
                c.Report("AB0002", new TextSpan(0, text.Length), new Dictionary<string, object?> { ["languageName"] = "French" });
            }
        }));
        var session = Sessions.Create(root, (plugin, Rules));
        var sources = new[]
        {
            (Path: "news/<b>odd</b>.txt", Text: Hostile),
            (Path: "news/quiet.txt", Text: "Nothing to see."),
            (Path: "news/fr.txt", Text: "Bonjour tout le monde."),
        };
        var context = new ReportContext("1.2.3", root.Path, [.. session.Rules.Descriptors], session.Plugins)
        {
            Settings = [new("Jobs", "<2>")],
        };
        using var output = new StringWriter();
        var summary = new RunSummary();
        using (var writer = new HtmlReportWriter(output, new FixedClock()))
        {
            writer.WriteStart(context);
            foreach (var (path, text) in sources)
            {
                var result = session.Pipeline.Analyze(new ArticleSource(path, root.Write(path, text)));
                writer.WriteArticle(result);
                summary.Add(result);
            }

            var unmatched = session.Pipeline.Unmatched("missing/*.txt");
            writer.WriteArticle(unmatched);
            summary.Add(unmatched);
            summary.Duration = TimeSpan.FromSeconds(2);
            writer.WriteEnd(summary, ["rules/x.rules(3,1): error: <broken>"]);
        }

        return output.ToString();
    }

    private IElement Article(string path) => _report.QuerySelectorAll("article.doc").Single(a => a.QuerySelector("h2")!.TextContent == path);

    [Fact]
    public void Article_text_that_looks_like_markup_is_shown_as_text()
    {
        var article = Article("news/<b>odd</b>.txt");
        article.QuerySelector(".text")!.TextContent.ShouldBe(Hostile);
        _report.Scripts.Length.ShouldBe(1);
        _report.QuerySelectorAll("img, b, i, u").ShouldBeEmpty();
        _report.QuerySelectorAll("[href^='javascript'], [onerror]").ShouldBeEmpty();
    }

    [Fact]
    public void Rule_texts_messages_properties_settings_and_errors_are_escaped()
    {
        var finding = Article("news/<b>odd</b>.txt").QuerySelector("li[data-r='AB0001']")!;
        finding.QuerySelector(".title")!.TextContent.ShouldBe("<i>Weak</i> word");
        finding.QuerySelector(".msg")!.TextContent.ShouldBe("'very' <u>adds</u> nothing");
        finding.QuerySelectorAll("dd").Select(d => d.TextContent).ShouldBe(["no", "<b>Ann</b>", "very"]);
        _report.QuerySelector("#overview")!.TextContent.ShouldContain("<2>");
        _report.QuerySelector(".setup-errors li")!.TextContent.ShouldBe("rules/x.rules(3,1): error: <broken>");
    }

    [Fact]
    public void A_help_link_is_given_only_for_web_and_file_addresses()
    {
        Article("news/<b>odd</b>.txt").QuerySelector("li[data-r='AB0001'] .rule")!.LocalName.ShouldBe("span");
        Article("news/fr.txt").QuerySelector("li[data-r='AB0002'] a.rule")!.GetAttribute("href").ShouldBe("https://example.org/AB0002");
    }

    [Fact]
    public void Each_finding_in_the_text_is_highlighted_with_its_rule_severity_and_plugin()
    {
        var marks = Article("news/<b>odd</b>.txt").QuerySelectorAll("mark.f");
        marks.Select(m => (m.TextContent, m.GetAttribute("data-r"), m.GetAttribute("data-s"), m.GetAttribute("data-p")))
            .ShouldBe([("very", "AB0001", "warning", "Alpha"), ("!", "AB0003", "error", "Alpha")]);
        marks.Select(m => m.ClassName).ShouldBe(["f c0 s-warning cut", "f c0 s-error"]);
    }

    [Fact]
    public void A_quote_shows_its_speaker_inline()
    {
        Article("news/<b>odd</b>.txt").QuerySelector("mark[data-r='AB0001']")!.GetAttribute("data-label").ShouldBe("<b>Ann</b>");
    }

    [Fact]
    public void Every_finding_is_listed_under_its_article_with_its_place()
    {
        Article("news/<b>odd</b>.txt").QuerySelectorAll("li.finding").Select(l => (l.Id, l.QuerySelector(".where")!.TextContent))
            .ShouldBe([("a1-f0", "1:29"), ("a1-f1", "1:105")]);
    }

    [Fact]
    public void A_finding_over_the_whole_article_is_a_badge_not_a_highlight()
    {
        var article = Article("news/fr.txt");
        article.QuerySelectorAll("mark").ShouldBeEmpty();
        article.QuerySelector(".whole .badge")!.TextContent.ShouldBe("AB0002 Written in French");
        article.QuerySelector("li .where")!.TextContent.ShouldBe("whole article");
    }

    [Fact]
    public void Silent_findings_are_left_out_and_articles_without_findings_are_listed_by_name()
    {
        _report.QuerySelectorAll("[data-r='AB0004']").ShouldBeEmpty();
        var clean = _report.QuerySelectorAll("article.clean").ShouldHaveSingleItem();
        clean.TextContent.ShouldBe("news/quiet.txt");
        _report.QuerySelector("#show-clean")!.ParentElement!.TextContent.ShouldContain("(1)");
    }

    [Fact]
    public void An_input_that_matched_nothing_is_shown_with_its_finding()
    {
        Article("missing/*.txt").QuerySelector(".badge")!.GetAttribute("data-r").ShouldBe("PH0003");
    }

    [Fact]
    public void The_overview_counts_findings_by_severity_plugin_and_rule()
    {
        var overview = _report.QuerySelector("#overview")!;
        overview.QuerySelector(".run")!.TextContent.ShouldBe("3 articles analyzed in 2 seconds, 2 articles with findings · finished 2026-12-02 09:30 UTC · PluginHost 1.2.3");
        overview.QuerySelectorAll(".totals li").Select(l => l.TextContent).ShouldBe(["1 error in 1 article", "2 warnings in 1 article", "1 suggestion in 1 article"]);
        Rows(overview, "Findings per plugin").ShouldBe(["Alpha 3", "PluginHost 1"]);
        Rows(overview, "Findings per rule").ShouldBe(["AB0001 <i>Weak</i> word 1", "AB0002 Language 1", "AB0003 Exclamation 1", "PH0003 " + Title("PH0003") + " 1"]);
        Rows(overview, "Most findings").ShouldBe(["news/<b>odd</b>.txt 2", "news/fr.txt 1", "missing/*.txt 1"]);
        overview.QuerySelectorAll("a[href='#a1']").ShouldHaveSingleItem();
    }

    [Fact]
    public void The_filters_offer_each_severity_plugin_and_rule_that_has_findings()
    {
        string[] Values(string filter) => [.. _report.QuerySelectorAll($"#filters input[data-filter='{filter}']").Select(i => i.GetAttribute("value")!)];
        Values("severity").ShouldBe(["error", "warning", "suggestion"]);
        Values("plugin").ShouldBe(["Alpha", "PluginHost"]);
        Values("rule").ShouldBe(["AB0001", "AB0002", "AB0003", "PH0003"]);
        _report.QuerySelectorAll("#filters input[data-filter]").ShouldAllBe(i => i.HasAttribute("checked"));
        _report.QuerySelector("#search").ShouldNotBeNull();
    }

    [Fact]
    public void The_security_policy_allows_only_the_reports_own_script_and_style()
    {
        var policy = _report.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        policy.ShouldStartWith("default-src 'none';");
        policy.ShouldContain($"script-src '{Hash(_report.Scripts.Single().TextContent)}'");
        policy.ShouldContain($"style-src '{Hash(_report.QuerySelector("style")!.TextContent)}'");
    }

    private static string[] Rows(IElement overview, string heading) =>
        [.. overview.QuerySelectorAll("h3").Single(h => h.TextContent == heading).ParentElement!.QuerySelectorAll("tr")
            .Select(r => string.Join(' ', r.QuerySelectorAll("td").Select(c => c.TextContent).Where(t => t.Length > 0)))];

    private string Title(string id) => _report.QuerySelector($"li[data-r='{id}'] .title")!.TextContent;

    private static string Hash(string text) => $"sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}";

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 12, 2, 9, 30, 0, TimeSpan.Zero);
    }
}
