using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PluginHost.Host.Merging;
using PluginHost.Host.Reporting;
using PluginHost.Host.Tests.Reporting;

namespace PluginHost.Host.Tests.Merging;

public sealed class SarifMergerTests : IDisposable
{
    private readonly TestDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void A_single_log_merges_into_the_same_log()
    {
        var sarif = ReportFixture.Write(s => new SarifReportWriter(s), ["plugins/X: error: broken"]);
        var merged = Merge(_root.Write("one.sarif", sarif));
        SarifValidator.ShouldBeValid(merged.ToJsonString());
        JsonNode.DeepEquals(merged, JsonNode.Parse(sarif)).ShouldBeTrue(merged.ToJsonString());
    }

    [Fact]
    public void Results_interleave_in_the_order_of_one_run_with_unmatched_inputs_first()
    {
        var merged = Merge(
            Log("first.sarif", results: [("AB0001", "news/a.txt"), ("AB0002", "news/a.txt"), ("AB0001", "news/d.txt")], shard: "1/3"),
            Log("second.sarif", results: [("PH0003", "z/*.txt"), ("PH0003", "missing/*.txt"), ("AB0002", "news/b c.txt"), ("AB0001", "news/c.txt")], shard: "0/3"),
            Log("third.sarif", results: [], shard: "2/3"));
        Results(merged).ShouldBe(["PH0003 z/%2A.txt", "PH0003 missing/%2A.txt", "AB0001 news/a.txt", "AB0002 news/a.txt", "AB0002 news/b%20c.txt", "AB0001 news/c.txt", "AB0001 news/d.txt"]);
        merged["runs"]![0]!["properties"].ShouldBeNull();
    }

    [Fact]
    public void The_summary_counts_logs_results_and_articles()
    {
        using var output = new MemoryStream();
        SarifMerger.Merge(
            [
                Log("first.sarif", results: [("PH0003", "missing.txt"), ("AB0001", "a.txt"), ("AB0002", "a.txt")], shard: "0/2"),
                Log("second.sarif", results: [("AB0001", "b.txt")], shard: "1/2"),
            ],
            output).ShouldBe(new MergeSummary(2, 4, 2));
    }

    [Fact]
    public void Set_up_errors_are_listed_once_and_any_failed_shard_fails_the_invocation()
    {
        var merged = Merge(Log("first.sarif", errors: ["rules/x.rules(1,1): error: broken"], shard: "0/3"), Log("second.sarif", errors: ["rules/x.rules(1,1): error: broken"], shard: "1/3"), Log("third.sarif", shard: "2/3"));
        var invocation = merged["runs"]![0]!["invocations"]!.AsArray().ShouldHaveSingleItem()!;
        ((bool)invocation["executionSuccessful"]!).ShouldBeFalse();
        invocation["toolConfigurationNotifications"]!.AsArray().Select(n => (string)n!["message"]!["text"]!).ShouldBe(["rules/x.rules(1,1): error: broken"]);
        var clean = Merge(Log("fourth.sarif", shard: "0/2"), Log("fifth.sarif", shard: "1/2"))["runs"]![0]!["invocations"]![0]!;
        ((bool)clean["executionSuccessful"]!).ShouldBeTrue();
    }

    [Fact]
    public void A_result_larger_than_the_read_buffer_is_read_whole()
    {
        var message = new string('x', 300_000);
        var merged = Merge(Log("big.sarif", results: [("AB0001", "a.txt")], message: message, shard: "0/2"), Log("small.sarif", results: [("AB0001", "b.txt")], shard: "1/2"));
        ((string)merged["runs"]![0]!["results"]![0]!["message"]!["text"]!).ShouldBe(message);
        Results(merged).Count.ShouldBe(2);
    }

    [Fact]
    public void The_same_article_in_two_logs_is_refused_naming_both()
    {
        var error = Should.Throw<SarifMergeException>(() => Merge(Log("first.sarif", results: [("AB0001", "a.txt")], shard: "0/2"), Log("second.sarif", results: [("AB0002", "a.txt")], shard: "1/2")));
        error.Message.ShouldContain("second.sarif: error: 'a.txt' is also in");
        error.Message.ShouldContain("first.sarif");
    }

    [Fact]
    public void Logs_of_other_rules_or_of_another_folder_are_refused()
    {
        Should.Throw<SarifMergeException>(() => Merge(Log("first.sarif", shard: "0/2"), Log("second.sarif", rules: ["AB0001"], shard: "1/2")))
            .Message.ShouldContain("second.sarif: error: cannot be merged with");
        Should.Throw<SarifMergeException>(() => Merge(Log("first.sarif", shard: "0/2"), Log("second.sarif", root: "file:///elsewhere/", shard: "1/2")))
            .Message.ShouldContain("another folder");
    }

    [Fact]
    public void A_missing_share_is_named()
    {
        Should.Throw<SarifMergeException>(() => Merge(Log("first.sarif", shard: "0/4"), Log("third.sarif", shard: "2/4")))
            .Message.ShouldBe("error: the logs are 2 of the 4 shares of a run; shares 1/4, 3/4 are missing");
        Should.Throw<SarifMergeException>(() => Merge(Log("first.sarif", shard: "1/2")))
            .Message.ShouldBe("error: the logs are 1 of the 2 shares of a run; share 0/2 is missing");
    }

    [Fact]
    public void A_share_given_twice_or_of_another_split_is_refused()
    {
        Should.Throw<SarifMergeException>(() => Merge(Log("first.sarif", shard: "0/2"), Log("again.sarif", shard: "0/2"), Log("second.sarif", shard: "1/2")))
            .Message.ShouldStartWith(_root.Combine("again.sarif") + ": error: is share 0/2, as");
        Should.Throw<SarifMergeException>(() => Merge(Log("first.sarif", shard: "0/2"), Log("old.sarif", shard: "1/3")))
            .Message.ShouldContain("the logs are of different splits");
    }

    [Fact]
    public void A_whole_run_is_not_merged_with_shares()
    {
        Should.Throw<SarifMergeException>(() => Merge(Log("share.sarif", shard: "0/2"), Log("whole.sarif")))
            .Message.ShouldContain("whole.sarif: error: is the log of a whole run");
    }

    [Fact]
    public void A_log_of_another_tool_is_refused()
    {
        var other = _root.Write("other.sarif", """{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"eslint"}},"results":[]}]}""");
        Should.Throw<SarifMergeException>(() => Merge(other)).Message.ShouldStartWith(other + ": error: this log was not written by 'pluginhost analyze");
    }

    [Fact]
    public void A_log_with_two_runs_is_refused()
    {
        var run = """{"tool":{"driver":{"name":"PluginHost"}},"results":[]}""";
        var two = _root.Write("two.sarif", $$"""{"version":"2.1.0","runs":[{{run}},{{run}}]}""");
        Should.Throw<SarifMergeException>(() => Merge(two)).Message.ShouldContain("more than one run");
    }

    [Fact]
    public void A_broken_log_is_reported_with_its_line_and_column()
    {
        var broken = _root.Write("broken.sarif", File.ReadAllText(Log("whole.sarif", results: [("AB0001", "a.txt")])).Replace("\"AB0001\"", "AB0001", StringComparison.Ordinal));
        var message = Should.Throw<SarifMergeException>(() => Merge(broken)).Message;
        message.ShouldMatch(@"broken\.sarif\(\d+,\d+\): error: ");
        message.ShouldNotContain("LineNumber");
        var cut = _root.Write("cut.sarif", File.ReadAllText(Log("long.sarif", results: [("AB0001", "a.txt")]))[..120]);
        Should.Throw<SarifMergeException>(() => Merge(cut)).Message.ShouldStartWith(cut);
    }

    [Fact]
    public void A_value_of_the_wrong_kind_is_reported_with_the_result_it_is_in()
    {
        var log = File.ReadAllText(Log("whole.sarif", results: [("AB0001", "a.txt"), ("AB0002", "b.txt")]));
        var broken = _root.Write("kind.sarif", log.Replace("\"uri\": \"b.txt\"", "\"uri\": 7", StringComparison.Ordinal));
        File.ReadAllText(broken).ShouldNotBe(log);
        Should.Throw<SarifMergeException>(() => Merge(broken)).Message.ShouldStartWith(broken + ": error: result 2: a value is not what a SARIF log");
    }

    [Fact]
    public void A_missing_log_is_reported_by_name()
    {
        Should.Throw<SarifMergeException>(() => Merge(_root.Combine("absent.sarif"))).Message.ShouldContain("absent.sarif: error: the log could not be read");
    }

    private static List<string> Results(JsonNode merged) =>
        [.. merged["runs"]![0]!["results"]!.AsArray().Select(r => $"{r!["ruleId"]} {r["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]}")];

    private static JsonNode Merge(params string[] paths)
    {
        using var output = new MemoryStream();
        SarifMerger.Merge(paths, output);
        return JsonNode.Parse(Encoding.UTF8.GetString(output.ToArray()))!;
    }

    private string Log(
        string name,
        (string Rule, string Path)[]? results = null,
        string[]? errors = null,
        string[]? rules = null,
        string root = "file:///work/",
        string message = "m",
        string? shard = null)
    {
        var log = new JsonObject
        {
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "PluginHost",
                        ["rules"] = new JsonArray([.. (rules ?? ["AB0001", "AB0002"]).Select(r => (JsonNode)new JsonObject { ["id"] = r })]),
                    },
                },
                ["originalUriBaseIds"] = new JsonObject { ["%SRCROOT%"] = new JsonObject { ["uri"] = root } },
                ["properties"] = shard is null ? null : new JsonObject
                {
                    ["shard"] = new JsonObject { ["index"] = int.Parse(shard.Split('/')[0], CultureInfo.InvariantCulture), ["count"] = int.Parse(shard.Split('/')[1], CultureInfo.InvariantCulture) },
                },
                ["results"] = new JsonArray([.. (results ?? []).Select(r => (JsonNode)new JsonObject
                {
                    ["ruleId"] = r.Rule,
                    ["message"] = new JsonObject { ["text"] = message },
                    ["locations"] = new JsonArray(new JsonObject
                    {
                        ["physicalLocation"] = new JsonObject
                        {
                            ["artifactLocation"] = new JsonObject { ["uri"] = SarifReportWriter.ArtifactUri(r.Path), ["uriBaseId"] = "%SRCROOT%" },
                        },
                    }),
                })]),
                ["invocations"] = new JsonArray(new JsonObject
                {
                    ["executionSuccessful"] = errors is null,
                    ["toolConfigurationNotifications"] = new JsonArray([.. (errors ?? []).Select(e => (JsonNode)new JsonObject { ["level"] = "error", ["message"] = new JsonObject { ["text"] = e } })]),
                }),
            }),
        };
        return _root.Write(name, log.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
