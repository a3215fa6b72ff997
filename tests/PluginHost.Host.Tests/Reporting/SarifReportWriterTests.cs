using System.Text.Json.Nodes;
using PluginHost.Host.Reporting;

namespace PluginHost.Host.Tests.Reporting;

public sealed class SarifReportWriterTests
{
    private static JsonNode Run(string sarif) => JsonNode.Parse(sarif)!["runs"]![0]!;

    [Fact]
    public void The_log_validates_against_the_sarif_2_1_0_schema()
    {
        SarifValidator.ShouldBeValid(ReportFixture.Write(s => new SarifReportWriter(s), ["plugins/X: error: broken"]));
    }

    [Fact]
    public void The_schema_check_rejects_a_log_that_breaks_the_schema()
    {
        var broken = ReportFixture.Write(s => new SarifReportWriter(s)).Replace("\"level\": \"warning\"", "\"level\": \"loud\"", StringComparison.Ordinal);
        Should.Throw<ShouldAssertException>(() => SarifValidator.ShouldBeValid(broken)).Message.ShouldContain("level");
    }

    [Fact]
    public void The_driver_lists_every_rule_that_ran_with_its_metadata()
    {
        var rules = Run(ReportFixture.Write(s => new SarifReportWriter(s)))["tool"]!["driver"]!["rules"]!.AsArray();
        rules.Select(r => (string)r!["id"]!).ShouldBe(["AB0001", "AB0002", "AB0003", "PH0001", "PH0002", "PH0003", "PH0004", "PH0005", "PH0006", "PH0007", "PH0008", "PH0009"]);
        var rule = rules[0]!;
        ((string)rule["name"]!).ShouldBe("WeakIntensifier");
        ((string)rule["shortDescription"]!["text"]!).ShouldBe("Weak intensifier");
        ((string)rule["fullDescription"]!["text"]!).ShouldBe("Intensifiers weaken prose.");
        ((string)rule["helpUri"]!).ShouldBe("https://example.org/rules/AB0001");
        ((string)rule["defaultConfiguration"]!["level"]!).ShouldBe("warning");
        ((string)rule["properties"]!["category"]!).ShouldBe("Alpha");
    }

    [Fact]
    public void Results_carry_level_message_region_offsets_and_properties()
    {
        var results = Run(ReportFixture.Write(s => new SarifReportWriter(s)))["results"]!.AsArray();
        results.Select(r => (string)r!["ruleId"]!).ShouldBe(["PH0003", "AB0001", "AB0002", "AB0003"]);
        var finding = results[1]!;
        ((string)finding["level"]!).ShouldBe("warning");
        ((string)finding["message"]!["text"]!).ShouldBe("'very' adds nothing");
        var location = finding["locations"]!.AsArray().ShouldHaveSingleItem()!["physicalLocation"]!;
        ((string)location["artifactLocation"]!["uri"]!).ShouldBe("news/one.txt");
        ((string)location["artifactLocation"]!["uriBaseId"]!).ShouldBe("%SRCROOT%");
        var region = location["region"]!;
        ((int)region["startLine"]!, (int)region["startColumn"]!, (int)region["endLine"]!, (int)region["endColumn"]!).ShouldBe((1, 3, 1, 7));
        ((int)region["charOffset"]!, (int)region["charLength"]!).ShouldBe((2, 4));
        finding["properties"]!.ToJsonString().ShouldBe("""{"count":2,"loud":false,"ratio":0.5,"word":"very"}""");
        var replacement = finding["fixes"]![0]!["artifactChanges"]![0]!["replacements"]![0]!;
        ((int)replacement["deletedRegion"]!["charLength"]!).ShouldBe(5);
        ((string)results[3]!["level"]!).ShouldBe("none");
        ((int)results[3]!["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!).ShouldBe(2);
    }

    [Fact]
    public void Setup_errors_are_configuration_notifications_and_fail_the_invocation()
    {
        var invocation = Run(ReportFixture.Write(s => new SarifReportWriter(s), ["rules/x.rules(1,1): error: bad"]))["invocations"]![0]!;
        ((bool)invocation["executionSuccessful"]!).ShouldBeFalse();
        ((string)invocation["toolConfigurationNotifications"]![0]!["message"]!["text"]!).ShouldBe("rules/x.rules(1,1): error: bad");
    }

    [Theory]
    [InlineData("news/two words é.md", "news/two%20words%20%C3%A9.md")]
    [InlineData("a.txt", "a.txt")]
    [InlineData("/abs/a b.txt", "file:///abs/a%20b.txt")]
    public void Artifact_uris_escape_each_segment(string path, string uri)
    {
        SarifReportWriter.ArtifactUri(path).ShouldBe(uri);
    }
}
