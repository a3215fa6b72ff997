using PluginHost.Host.Baselines;
using PluginHost.Host.Discovery;
using PluginHost.Host.Pipeline;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Text;

namespace PluginHost.Host.Tests.Baselines;

public sealed class BaselineTests
{
    private static readonly RuleDescriptor Rule = new("AB0001", "Shouted word", "'{word}' is shouted", "Alpha", DiagnosticSeverity.Warning);

    /// <summary>The article at <paramref name="relativePath"/> with a finding on each shouted word (in capitals).</summary>
    private static ArticleResult Analyzed(TestDirectory root, string relativePath, string text, DiagnosticSeverity severity = DiagnosticSeverity.Warning)
    {
        var source = new ArticleSource(relativePath, root.Write(relativePath, text));
        var article = Article.Create(relativePath, text);
        var findings = article.Tokens
            .Select(t => (t.Span, Word: text.Substring(t.Span.Start, t.Span.Length)))
            .Where(t => t.Word.Length > 1 && t.Word.All(char.IsUpper))
            .Select(t => new Diagnostic(Rule, severity, relativePath, t.Span, article.Lines.GetPositionSpan(t.Span), $"'{t.Word}' is shouted", new Dictionary<string, object?>(), []))
            .ToList();
        return new ArticleResult(source, article, findings);
    }

    private static Baseline Write(TestDirectory root, string baselinePath, params ArticleResult[] results)
    {
        var path = root.Combine(baselinePath);
        using (var stream = File.Create(path))
        {
            using var writer = new BaselineWriter(stream, Path.GetDirectoryName(path)!);
            foreach (var result in results)
            {
                writer.Add(result);
            }

            writer.Complete();
        }

        return Baseline.Read(path);
    }

    private static IEnumerable<string> Shown(Baseline baseline, ArticleResult result) =>
        baseline.Apply(result).Result.Diagnostics.Select(d => d.Message);

    [Fact]
    public void Accepted_findings_are_left_out_and_new_ones_shown()
    {
        using var root = new TestDirectory();
        var baseline = Write(root, "baseline.json", Analyzed(root, "a.txt", "The STORM came."));
        var (result, hidden) = baseline.Apply(Analyzed(root, "a.txt", "The STORM came.\n\nThen the FLOOD."));
        result.Diagnostics.Select(d => d.Message).ShouldBe(["'FLOOD' is shouted"]);
        hidden.ShouldBe(1);
    }

    [Fact]
    public void A_finding_an_edit_above_moved_or_a_rewrap_changed_stays_accepted()
    {
        using var root = new TestDirectory();
        var baseline = Write(root, "baseline.json", Analyzed(root, "a.txt", "The big STORM WARNING came."));
        Shown(baseline, Analyzed(root, "a.txt", "Overnight, as forecast,\nthe big STORM\nWARNING came.")).ShouldBeEmpty();
    }

    [Fact]
    public void A_third_finding_alike_is_new_when_the_baseline_has_two()
    {
        using var root = new TestDirectory();
        var baseline = Write(root, "baseline.json", Analyzed(root, "a.txt", "STORM and STORM."));
        baseline.Count.ShouldBe(2);
        var (result, hidden) = baseline.Apply(Analyzed(root, "a.txt", "STORM, STORM and STORM."));
        (result.Diagnostics.Count, hidden).ShouldBe((1, 2));
    }

    [Fact]
    public void Findings_are_accepted_only_in_their_own_article()
    {
        using var root = new TestDirectory();
        var baseline = Write(root, "baseline.json", Analyzed(root, "a.txt", "The STORM came."));
        Shown(baseline, Analyzed(root, "b.txt", "The STORM came.")).ShouldBe(["'STORM' is shouted"]);
    }

    [Fact]
    public void Article_paths_are_relative_to_the_baseline_folder()
    {
        using var root = new TestDirectory();
        var baseline = Write(root, "archive/baseline.json", Analyzed(root, "archive/2019/a.txt", "The STORM came."));
        File.ReadAllText(root.Combine("archive/baseline.json")).ShouldContain("\"2019/a.txt\"");
        Shown(baseline, Analyzed(root, "archive/2019/a.txt", "The STORM came.")).ShouldBeEmpty();
    }

    [Fact]
    public void Silent_findings_are_not_written_and_articles_without_findings_are_left_out()
    {
        using var root = new TestDirectory();
        Write(root, "baseline.json", Analyzed(root, "a.txt", "The STORM came.", DiagnosticSeverity.Silent), Analyzed(root, "b.txt", "Calm.")).Count.ShouldBe(0);
        File.ReadAllText(root.Combine("baseline.json")).ShouldNotContain(".txt");
    }

    [Fact]
    public void A_missing_baseline_says_how_to_write_one()
    {
        using var root = new TestDirectory();
        var path = root.Combine("none.json");
        Should.Throw<BaselineException>(() => Baseline.Read(path)).Message.ShouldBe($"{path}: error: the baseline file does not exist; write it with --write-baseline");
    }

    [Theory]
    [InlineData("{\"version\": 1,\n \"articles\": {\"a.txt\": [{\"rule\": 3}]}}", "(2,35): error: not a PluginHost baseline: a value of the wrong type at $.articles['a.txt'][0].rule")]
    [InlineData("{\"version\": 1, \"articles\": {\"a.txt\": [{\"rule\": \"AB0001\"}]}}", "(1,57): error: not a PluginHost baseline: missing property 'message' at $.articles['a.txt'][0]")]
    [InlineData("{\"version\": 1, \"articles\": {}, \"tool\": \"x\"}", "(1,39): error: not a PluginHost baseline: unknown property at $.tool")]
    [InlineData("{\"version\": 1,\n\"articles\": [", "(2,14): error: not a PluginHost baseline: a value of the wrong type at $.articles")]
    [InlineData("{\"version\": 1, \"articles\": {\"a.txt\": [{\"rule\": \"AB0001\", \"message\": null}]}}", ": error: not a PluginHost baseline: null at $.articles['a.txt'][0].message")]
    [InlineData("{\"version\": 1, \"articles\": null}", ": error: not a PluginHost baseline: null at $.articles")]
    [InlineData("{\"version\": 2, \"articles\": {}}", ": error: baseline format version 2 is not one this PluginHost reads (it reads version 1); write it again with --write-baseline")]
    public void A_broken_baseline_is_reported_with_its_line_and_column(string json, string error)
    {
        using var root = new TestDirectory();
        var path = root.Write("baseline.json", json);
        Should.Throw<BaselineException>(() => Baseline.Read(path)).Message.ShouldBe(path + error);
    }

    [Fact]
    public void A_hand_edited_baseline_may_have_comments_and_trailing_commas()
    {
        using var root = new TestDirectory();
        var path = root.Write("baseline.json", "{\"version\": 1, // accepted in May\n\"articles\": {\"a.txt\": [{\"rule\": \"AB0001\", \"message\": \"'STORM' is shouted\", \"text\": \"STORM\",},],},}");
        Shown(Baseline.Read(path), Analyzed(root, "a.txt", "The STORM came.")).ShouldBeEmpty();
    }
}
