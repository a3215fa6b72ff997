using System.Globalization;
using Humanizer;
using PluginHost.Host.Pipeline;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Reporting;

/// <summary>The closing lines people read: "3 warnings in 2 articles", "analyzed 1,204 articles in 2.4 seconds".</summary>
public static class SummaryFormatter
{
    public static IEnumerable<string> Lines(RunSummary summary, IReadOnlyDictionary<string, string> titles)
    {
        ArgumentNullException.ThrowIfNull(summary);
        foreach (var severity in SeverityNames.Shown.Where(s => summary.Count(s) > 0))
        {
            yield return $"{SeverityNames.Text(severity).ToQuantity(summary.Count(severity), "N0")} in {"article".ToQuantity(summary.ArticlesWith(severity), "N0")}";
        }

        foreach (var (id, count) in summary.ByRule.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            yield return $"  {id}: {"finding".ToQuantity(count, "N0")}{(titles.TryGetValue(id, out var title) ? $" ({title})" : string.Empty)}";
        }

        if (summary.Baselined > 0)
        {
            yield return $"{"finding".ToQuantity(summary.Baselined, "N0")} in the baseline not shown";
        }

        var findings = SeverityNames.Shown.Sum(summary.Count);
        yield return findings == 0
            ? $"No {(summary.Baselined > 0 ? "new " : string.Empty)}findings; analyzed {"article".ToQuantity(summary.Articles, "N0")} in {Duration(summary.Duration)}."
            : $"Analyzed {"article".ToQuantity(summary.Articles, "N0")} in {Duration(summary.Duration)}; {"article".ToQuantity(summary.ArticlesWithFindings, "N0")} with findings.";
    }

    public static string Duration(TimeSpan duration) =>
        duration < TimeSpan.FromMinutes(1)
            ? "second".ToQuantity(Math.Round(duration.TotalSeconds, duration < TimeSpan.FromSeconds(10) ? 2 : 1), "0.##", CultureInfo.InvariantCulture)
            : duration.Humanize(2, CultureInfo.InvariantCulture);
}
