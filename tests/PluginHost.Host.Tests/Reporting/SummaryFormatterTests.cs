using PluginHost.Host.Pipeline;
using PluginHost.Host.Reporting;

namespace PluginHost.Host.Tests.Reporting;

public sealed class SummaryFormatterTests
{
    [Theory]
    [InlineData(2.4, "2.4 seconds")]
    [InlineData(1, "1 second")]
    [InlineData(0.123, "0.12 seconds")]
    [InlineData(42.66, "42.7 seconds")]
    [InlineData(125, "2 minutes, 5 seconds")]
    public void Durations_read_naturally(double seconds, string text)
    {
        SummaryFormatter.Duration(TimeSpan.FromSeconds(seconds)).ShouldBe(text);
    }

    [Fact]
    public void A_run_without_findings_says_so_with_thousands_separators()
    {
        var summary = new RunSummary { Duration = TimeSpan.FromSeconds(2.4) };
        using var root = new TestDirectory();
        for (var i = 0; i < 1204; i++)
        {
            summary.Add(new ArticleResult(new PluginHost.Host.Discovery.ArticleSource($"a{i}.txt", $"/x/a{i}.txt"), null, []));
        }

        SummaryFormatter.Lines(summary, new Dictionary<string, string>()).ShouldBe(["No findings; analyzed 1,204 articles in 2.4 seconds."]);
    }

    [Fact]
    public void Findings_the_baseline_left_out_are_counted_and_the_rest_are_new()
    {
        var summary = new RunSummary { Duration = TimeSpan.FromSeconds(1), Baselined = 1 };
        SummaryFormatter.Lines(summary, new Dictionary<string, string>()).ShouldBe(["1 finding in the baseline not shown", "No new findings; analyzed 0 articles in 1 second."]);
    }
}
