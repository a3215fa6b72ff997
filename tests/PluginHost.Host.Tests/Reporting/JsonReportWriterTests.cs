using System.Text.Json.Nodes;
using PluginHost.Host.Reporting;

namespace PluginHost.Host.Tests.Reporting;

public sealed class JsonReportWriterTests
{
    [Fact]
    public void Findings_are_a_flat_list_with_positions_properties_and_fixes()
    {
        var report = JsonNode.Parse(ReportFixture.Write(s => new JsonReportWriter(s)))!;
        var diagnostics = report["diagnostics"]!.AsArray();
        diagnostics.Select(d => (string)d!["ruleId"]!).ShouldBe(["PH0003", "AB0001", "AB0002", "AB0003"]);
        var finding = diagnostics[1]!;
        ((string)finding["path"]!).ShouldBe("news/one.txt");
        ((string)finding["severity"]!).ShouldBe("warning");
        ((int)finding["offset"]!, (int)finding["length"]!).ShouldBe((2, 4));
        ((int)finding["startColumn"]!, (int)finding["endColumn"]!).ShouldBe((3, 7));
        ((string)finding["properties"]!["word"]!).ShouldBe("very");
        ((string)finding["fixes"]![0]!["newText"]!).ShouldBe(string.Empty);
    }

    [Fact]
    public void The_summary_counts_articles_and_findings_by_severity_and_rule()
    {
        var summary = JsonNode.Parse(ReportFixture.Write(s => new JsonReportWriter(s)))!["summary"]!;
        ((int)summary["articles"]!).ShouldBe(2);
        ((int)summary["articlesWithFindings"]!).ShouldBe(1);
        ((int)summary["errors"]!, (int)summary["warnings"]!, (int)summary["suggestions"]!).ShouldBe((1, 2, 0));
        ((double)summary["durationSeconds"]!).ShouldBe(1.25);
        summary["byRule"]!.ToJsonString().ShouldBe("""{"AB0001":1,"AB0002":1,"PH0003":1}""");
    }

    [Fact]
    public void Rules_and_tool_are_described()
    {
        var report = JsonNode.Parse(ReportFixture.Write(s => new JsonReportWriter(s), ["broken"]))!;
        ((string)report["tool"]!["version"]!).ShouldBe("1.2.3");
        ((string)report["tool"]!["plugins"]![0]!["name"]!).ShouldBe("Alpha");
        var rule = report["rules"]![0]!;
        rule.ToJsonString().ShouldBe("""{"id":"AB0001","title":"Weak intensifier","message":"\u0027{word}\u0027 adds nothing","description":"Intensifiers weaken prose.","category":"Alpha","defaultSeverity":"warning","enabledByDefault":true,"help":"https://example.org/rules/AB0001"}""");
        ((string)report["tool"]!["plugins"]![0]!["version"]!).ShouldBe("0.1.0");
        ((string)report["setupErrors"]![0]!).ShouldBe("broken");
    }
}
