using PluginHost.Host.Reporting;

namespace PluginHost.Host.Tests.Reporting;

public sealed class TextReportWriterTests
{
    private static string[] Lines() =>
        ReportFixture.Write(s => new TextReportWriter(new StreamWriter(s))).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    [Fact]
    public void Findings_print_like_compiler_diagnostics_and_silent_ones_are_hidden()
    {
        Lines()[..3].ShouldBe([
            "missing/*.txt(1,1,1,1): warning PH0003: 'missing/*.txt' matches no .txt or .md article",
            "news/one.txt(1,3,1,7): warning AB0001: 'very' adds nothing",
            "news/one.txt(1,15,1,16): error AB0002: Exclamation in news copy",
        ]);
    }

    [Fact]
    public void The_summary_counts_per_severity_and_rule_in_words()
    {
        Lines()[3..].ShouldBe([
            "1 error in 1 article",
            "2 warnings in 1 article",
            "  AB0001: 1 finding (Weak intensifier)",
            "  AB0002: 1 finding (Exclamation)",
            "  PH0003: 1 finding (Input matches no article)",
            "Analyzed 2 articles in 1.25 seconds; 1 article with findings.",
        ]);
    }
}
