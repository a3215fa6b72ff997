using System.Globalization;
using Humanizer;
using PluginHost.Host.Pipeline;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Reporting.Html;

/// <summary>
/// The top of the HTML report: the run in one line, findings per severity, per plugin and per rule with bars, the
/// articles with the most findings, the settings and set-up errors, then the filters and the search box.
/// </summary>
internal sealed class ReportOverview(
    TextWriter output,
    ReportContext context,
    RunSummary summary,
    IReadOnlyDictionary<string, string> colours,
    IReadOnlyDictionary<string, string> pluginOfRule)
{
    private readonly Dictionary<string, RuleDescriptor> _rules = context.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);

    public void Write(IReadOnlyList<(string Anchor, string Path, int Findings)> mostFindings, IReadOnlyList<string> setupErrors, int articlesWithout, DateTimeOffset finished)
    {
        var byPlugin = summary.ByRule
            .GroupBy(p => pluginOfRule[p.Key])
            .Select(g => (Plugin: g.Key, Findings: g.Sum(p => p.Value)))
            .OrderByDescending(p => p.Findings).ThenBy(p => p.Plugin, StringComparer.Ordinal)
            .ToList();
        var byRule = summary.ByRule.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();

        output.WriteLine("""<section id="overview">""");
        output.WriteLine("<h1>PluginHost report</h1>");
        output.WriteLine($"""<p class="run">{Quantity("article", summary.Articles)} analyzed in {SummaryFormatter.Duration(summary.Duration)}, {Quantity("article", summary.ArticlesWithFindings)} with findings · finished {finished.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC · PluginHost {HtmlText.Encode(context.ToolVersion)}</p>""");
        output.Write("""<ul class="totals">""");
        foreach (var severity in SeverityNames.Shown)
        {
            var name = SeverityNames.Text(severity);
            output.Write($"""<li class="{name}"><strong>{Quantity(name, summary.Count(severity))}</strong> in {Quantity("article", summary.ArticlesWith(severity))}</li>""");
        }

        output.WriteLine("</ul>");
        output.WriteLine("""<div class="panels">""");
        WriteTable("Findings per plugin", byPlugin.Select(p => (HtmlText.Encode(p.Plugin), p.Findings)));
        WriteTable("Findings per rule", byRule.Select(p => ($"""<span class="rule">{HtmlText.Encode(p.Key)}</span> {HtmlText.Encode(Title(p.Key))}""", p.Value)));
        WriteTable("Most findings", mostFindings.Select(a => ($"""<a href="#{a.Anchor}">{HtmlText.Encode(a.Path)}</a>""", a.Findings)));
        WriteSettings();
        output.WriteLine("</div>");
        if (setupErrors.Count > 0)
        {
            output.WriteLine($"""<h3>{Quantity("set-up error", setupErrors.Count)}</h3><ul class="setup-errors">""");
            foreach (var error in setupErrors)
            {
                output.WriteLine($"<li>{HtmlText.Encode(error)}</li>");
            }

            output.WriteLine("</ul>");
        }

        output.WriteLine("</section>");
        WriteFilters(byPlugin.Select(p => p.Plugin), byRule, articlesWithout);
    }

    private static string Quantity(string word, int count) => word.ToQuantity(count, "N0", CultureInfo.InvariantCulture);

    private string Title(string ruleId) => _rules.TryGetValue(ruleId, out var rule) ? rule.Title : string.Empty;

    /// <summary>A table of names, counts and bars scaled to the largest count.</summary>
    private void WriteTable(string heading, IEnumerable<(string Html, int Count)> rows)
    {
        var list = rows.ToList();
        output.WriteLine($"<div><h3>{heading}</h3>");
        if (list.Count == 0)
        {
            output.WriteLine("<p>None.</p></div>");
            return;
        }

        var largest = list.Max(r => r.Count);
        output.WriteLine("<table>");
        foreach (var (html, count) in list)
        {
            var share = Math.Round(100.0 * count / largest, 1).ToString(CultureInfo.InvariantCulture);
            output.WriteLine($"""<tr><td>{html}</td><td class="count">{count.ToString("N0", CultureInfo.InvariantCulture)}</td><td><svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect width="{share}" height="10"/></svg></td></tr>""");
        }

        output.WriteLine("</table></div>");
    }

    private void WriteSettings()
    {
        output.WriteLine("<div><h3>Settings</h3><table>");
        foreach (var (name, value) in context.Settings)
        {
            output.WriteLine($"<tr><th>{HtmlText.Encode(name)}</th><td>{HtmlText.Encode(value)}</td></tr>");
        }

        var plugins = string.Join(", ", context.Plugins.Select(p => $"{p.Name} {p.Version}"));
        output.WriteLine($"<tr><th>Plugins</th><td>{HtmlText.Encode(plugins.Length > 0 ? plugins : "none")}</td></tr>");
        output.WriteLine($"<tr><th>Working folder</th><td>{HtmlText.Encode(context.WorkingDirectory)}</td></tr>");
        output.WriteLine("</table></div>");
    }

    private void WriteFilters(IEnumerable<string> plugins, IReadOnlyList<KeyValuePair<string, int>> rules, int articlesWithout)
    {
        output.WriteLine("""<section id="filters" aria-label="Filters">""");
        output.Write("<fieldset><legend>Severity</legend>");
        foreach (var severity in SeverityNames.Shown.Where(s => summary.Count(s) > 0))
        {
            var name = SeverityNames.Text(severity);
            output.Write(Checkbox("severity", name, $"{name.Pluralize()} ({summary.Count(severity).ToString("N0", CultureInfo.InvariantCulture)})", null));
        }

        output.WriteLine("</fieldset>");
        output.Write("<fieldset><legend>Plugin</legend>");
        foreach (var plugin in plugins)
        {
            output.Write(Checkbox("plugin", plugin, plugin, colours.GetValueOrDefault(plugin, "c7")));
        }

        output.WriteLine("</fieldset>");
        output.Write("<fieldset><legend>Rule</legend>");
        foreach (var (id, count) in rules)
        {
            output.Write(Checkbox("rule", id, $"{id} ({count.ToString("N0", CultureInfo.InvariantCulture)})", null, Title(id)));
        }

        output.WriteLine("</fieldset>");
        output.WriteLine("""<fieldset><legend>Search</legend><input type="search" id="search" placeholder="Words, names, paths or messages" aria-label="Search the articles"></fieldset>""");
        output.WriteLine($"""<fieldset><legend>Also</legend><label><input type="checkbox" id="show-clean"> articles without findings ({articlesWithout.ToString("N0", CultureInfo.InvariantCulture)})</label></fieldset>""");
        output.WriteLine("""<span id="status" role="status"></span>""");
        output.WriteLine("</section>");
    }

    private static string Checkbox(string filter, string value, string label, string? colour, string? title = null) =>
        $"""<label{(title is null ? string.Empty : $" title=\"{HtmlText.Encode(title)}\"")}><input type="checkbox" data-filter="{filter}" value="{HtmlText.Encode(value)}" checked> <span class="{colour}">{HtmlText.Encode(label)}</span></label>""";
}
