using System.Globalization;
using Humanizer;
using PluginHost.Host.Pipeline;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Host.Reporting.Html;

/// <summary>
/// The report for people: one self-contained HTML file that shows each article with findings as its text, every
/// finding's span highlighted (colour by plugin, weight by severity), the finding's rule, message and data on hover,
/// and an overview with filters on top. Articles are written as they stream in; the overview, which needs the
/// totals, is written last and shown first. Everything from an article, a plugin or a rule file is escaped.
/// </summary>
public sealed class HtmlReportWriter(TextWriter output, TimeProvider? clock = null) : IReportWriter
{
    private const int MostFindingsShown = 10;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly TopArticles _mostFindings = new(MostFindingsShown);
    private ReportContext? _context;
    private Dictionary<string, string> _colours = [];
    private readonly Dictionary<string, string> _pluginOfRule = new(StringComparer.Ordinal);
    private int _articles;
    private int _articlesWithout;

    public void WriteStart(ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _colours = context.Plugins.Select((p, i) => (p.Name, Class: $"c{i % 7}")).ToDictionary(p => p.Name, p => p.Class, StringComparer.Ordinal);
        output.Write($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="{ReportAssets.ContentSecurityPolicy}">
            <meta name="generator" content="PluginHost {HtmlText.Encode(context.ToolVersion)}">
            <title>PluginHost report</title>
            <style>{ReportAssets.Style}</style>
            </head>
            <body>
            <main id="articles">

            """);
    }

    public void WriteArticle(ArticleResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var anchor = $"a{++_articles}";
        var path = HtmlText.Encode(result.Source.DisplayPath);
        var findings = result.Shown;
        if (findings.Count == 0)
        {
            _articlesWithout++;
            output.WriteLine($"""<article class="doc clean" id="{anchor}"><h2>{path}</h2></article>""");
            return;
        }

        _mostFindings.Add(anchor, result.Source.DisplayPath, findings.Count);
        foreach (var diagnostic in findings)
        {
            _pluginOfRule.TryAdd(diagnostic.Id, diagnostic.Rule.Category);
        }

        var text = result.Article?.Text;
        var numbered = findings.Select((d, i) => (Diagnostic: d, Index: i, Whole: text is null || IsAboutTheWholeArticle(d.Span, text))).ToList();
        output.WriteLine($"""<article class="doc" id="{anchor}">""");
        output.WriteLine($"""<h2>{path}</h2>""");
        output.WriteLine($"""<p class="counts">{HtmlText.Encode(Counts(findings))}</p>""");
        if (numbered.Any(f => f.Whole))
        {
            output.Write("""<p class="whole">""");
            foreach (var (diagnostic, index, _) in numbered.Where(f => f.Whole))
            {
                output.Write($"""<span class="badge {Classes(diagnostic)}" {DataAttributes(diagnostic, index)} tabindex="0"><span class="rule">{HtmlText.Encode(diagnostic.Id)}</span> {HtmlText.Encode(diagnostic.Message)}</span>""");
            }

            output.WriteLine("</p>");
        }

        if (text is not null)
        {
            output.Write("""<div class="text">""");
            ArticleMarkup.Write(output, text, numbered.Where(f => !f.Whole).Select(f => HighlightOf(f.Diagnostic, f.Index)));
            output.WriteLine("</div>");
        }

        output.WriteLine($"""<details class="list"><summary>{"finding".ToQuantity(findings.Count, "N0", CultureInfo.InvariantCulture)}</summary><ol class="findings">""");
        foreach (var (diagnostic, index, whole) in numbered)
        {
            WriteFinding(anchor, diagnostic, index, whole && text is not null);
        }

        output.WriteLine("</ol></details>");
        output.WriteLine("</article>");
        output.Flush();
    }

    public void WriteEnd(RunSummary summary, IReadOnlyList<string> setupErrors)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(setupErrors);
        var context = _context ?? throw new InvalidOperationException("WriteStart was not called.");
        output.WriteLine("</main>");
        new ReportOverview(output, context, summary, _colours, _pluginOfRule).Write(_mostFindings.Ranked(), setupErrors, _articlesWithout, _clock.GetUtcNow());
        output.Write($"""
            <div id="tip" role="tooltip" hidden></div>
            <script>{ReportAssets.Script}</script>
            </body>
            </html>

            """);
        output.Flush();
    }

    public void Dispose() => output.Flush();

    /// <summary>A finding shown as a badge above the text: it covers all of it, or lies where the text cannot show it.</summary>
    private static bool IsAboutTheWholeArticle(Sdk.Text.TextSpan span, string text) =>
        text.Length == 0 || span.End > text.Length || (span.Start == 0 && span.Length == text.Length);

    private static string Counts(IReadOnlyList<Diagnostic> findings) => string.Join(", ", findings
        .GroupBy(d => d.Severity)
        .OrderByDescending(g => g.Key)
        .Select(g => SeverityNames.Text(g.Key).ToQuantity(g.Count(), "N0", CultureInfo.InvariantCulture)));

    private Highlight HighlightOf(Diagnostic diagnostic, int index)
    {
        var classes = $"f {Classes(diagnostic)}{(diagnostic.Span.Length == 0 ? " pin" : string.Empty)}{(DeletesItself(diagnostic) ? " cut" : string.Empty)}";
        var data = DataAttributes(diagnostic, index);
        var label = Label(diagnostic) is { } text ? $""" data-label="{HtmlText.Encode(text)}" """ : " ";
        return new Highlight(
            diagnostic.Span.Start,
            diagnostic.Span.End,
            $"""<mark class="{classes}" {data}{label}tabindex="0">""",
            $"""<mark class="{classes}" {data}>""");
    }

    private string Classes(Diagnostic diagnostic) =>
        $"{_colours.GetValueOrDefault(diagnostic.Rule.Category, "c7")} s-{SeverityNames.Text(diagnostic.Severity)}";

    private static string DataAttributes(Diagnostic diagnostic, int index) =>
        $"""data-d="{index}" data-r="{HtmlText.Encode(diagnostic.Id)}" data-s="{SeverityNames.Text(diagnostic.Severity)}" data-p="{HtmlText.Encode(diagnostic.Rule.Category)}" """.TrimEnd();

    /// <summary>The name shown inline before a span: a quote's speaker, a passage's language.</summary>
    private static string? Label(Diagnostic diagnostic) =>
        (diagnostic.Properties.GetValueOrDefault("speaker") ?? diagnostic.Properties.GetValueOrDefault("languageName")) is string { Length: > 0 } label
            ? label
            : null;

    /// <summary>A finding whose fix deletes its own span, such as page residue, is shown struck through.</summary>
    private static bool DeletesItself(Diagnostic diagnostic) =>
        diagnostic.Fixes.Any(f => f.NewText.Length == 0 && f.Span.Start <= diagnostic.Span.Start && f.Span.End >= diagnostic.Span.End);

    private void WriteFinding(string anchor, Diagnostic diagnostic, int index, bool wholeArticle)
    {
        var severity = SeverityNames.Text(diagnostic.Severity);
        var where = wholeArticle ? "whole article" : $"{diagnostic.Location.Start.Line}:{diagnostic.Location.Start.Column}";
        var rule = HtmlText.Encode(diagnostic.Id);
        var help = RuleHelp.Uri(diagnostic.Rule) is { } uri
            ? $"""<a class="rule" href="{HtmlText.Encode(uri)}" target="_blank" rel="noopener noreferrer">{rule}</a>"""
            : $"""<span class="rule">{rule}</span>""";
        output.Write($"""<li id="{anchor}-f{index}" class="finding s-{severity}" {DataAttributes(diagnostic, index)}>""");
        output.Write($"""<span class="where">{where}</span> <span class="sev">{severity}</span> {help} <span class="title">{HtmlText.Encode(diagnostic.Rule.Title)}</span>""");
        output.Write($"""<p class="msg">{HtmlText.Encode(diagnostic.Message)}</p>""");
        if (diagnostic.Properties.Count > 0)
        {
            output.Write("""<dl class="props">""");
            foreach (var (key, value) in diagnostic.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                output.Write($"<dt>{HtmlText.Encode(key)}</dt><dd>{HtmlText.Encode(PropertyText.Format(value))}</dd>");
            }

            output.Write("</dl>");
        }

        output.WriteLine("</li>");
    }
}
