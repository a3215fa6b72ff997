using System.Text.Json.Nodes;
using PluginHost.Host.Tests;

namespace PluginHost.Cli.Tests;

public sealed class MergeCommandTests
{
    [Fact]
    public void Three_shards_of_the_samples_merge_into_the_log_of_one_run()
    {
        using var reports = new TestDirectory();
        CliRun Analyze(string output, params string[] more) =>
            CliRun.Start(Repository.Root, ["analyze", "samples", "--format", "sarif", "--quiet", "--output", reports.Combine(output), .. more]);

        Analyze("whole.sarif").ExitCode.ShouldBe(0);
        var shards = Enumerable.Range(0, 3).Select(k => Analyze($"shard-{k}.sarif", "--shard", $"{k}/3")).ToList();
        shards.ShouldAllBe(s => s.ExitCode == 0);
        var articles = Enumerable.Range(0, 3).Select(k => ArticlesIn(JsonNode.Parse(File.ReadAllText(reports.Combine($"shard-{k}.sarif")))!)).ToList();
        articles.Count(a => a.Count > 0).ShouldBeGreaterThan(1, "the samples should fall into more than one shard");
        articles.SelectMany(a => a).Count().ShouldBe(articles.SelectMany(a => a).Distinct().Count());

        var partial = CliRun.Start(reports.Path, "merge", "shard-0.sarif", "shard-2.sarif", "--output", "all.sarif");
        partial.ExitCode.ShouldBe(2);
        partial.Errors.ShouldContain("share 1/3 is missing");

        var merge = CliRun.Start(reports.Path, "merge", "shard-0.sarif", "shard-1.sarif", "shard-2.sarif", "--output", "all.sarif");
        merge.ExitCode.ShouldBe(0, merge.Errors);
        merge.Errors.ShouldMatch(@"^Merged 3 logs: \d+ results in 4 articles\.\s*$");
        var merged = File.ReadAllText(reports.Combine("all.sarif"));
        SarifValidator.ShouldBeValid(merged);
        var whole = JsonNode.Parse(File.ReadAllText(reports.Combine("whole.sarif")))!;
        JsonNode.DeepEquals(JsonNode.Parse(merged), whole).ShouldBeTrue();
        ArticlesIn(whole).Count.ShouldBe(4);
    }

    [Fact]
    public void The_output_named_among_the_logs_is_not_read_as_a_shard()
    {
        using var reports = new TestDirectory();
        CliRun.Start(Repository.Root, "analyze", "samples", "--format", "sarif", "--quiet", "--output", reports.Combine("one.sarif")).ExitCode.ShouldBe(0);
        File.Copy(reports.Combine("one.sarif"), reports.Combine("all.sarif"));
        var run = CliRun.Start(reports.Path, "merge", "one.sarif", "all.sarif", "--output", "all.sarif");
        run.ExitCode.ShouldBe(0, run.Errors);
        run.Errors.ShouldContain("all.sarif is the output, so it is not read as a shard's log.");
        File.ReadAllText(reports.Combine("all.sarif")).ShouldBe(File.ReadAllText(reports.Combine("one.sarif")));
    }

    [Fact]
    public void A_broken_log_exits_with_2_naming_it_and_leaves_the_output_alone()
    {
        using var reports = new TestDirectory();
        reports.Write("broken.sarif", "{\"runs\": [");
        reports.Write("all.sarif", "previous");
        var run = CliRun.Start(reports.Path, "merge", "broken.sarif", "--output", "all.sarif");
        run.ExitCode.ShouldBe(2);
        run.Errors.ShouldContain("broken.sarif");
        run.Errors.ShouldContain("all.sarif was not written.");
        File.ReadAllText(reports.Combine("all.sarif")).ShouldBe("previous");
    }

    private static List<string> ArticlesIn(JsonNode log) =>
        [.. log["runs"]![0]!["results"]!.AsArray().Select(r => (string)r!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!).Distinct()];
}
