using System.Globalization;
using System.Text;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Text;

namespace Boilerplate.Tests.Evaluation;

/// <summary>
/// The plugin's line-level score on a folder of labelled articles, with boilerplate as the positive class: precision,
/// recall, F1, the share of content lines it would remove, the glued widget words split off exactly, and each wrong
/// line with the finding that made it wrong.
/// </summary>
internal sealed record LineScore(int Articles, int TruePositives, int FalsePositives, int FalseNegatives, int ContentLines, int GluedFound, int Glued, string Mistakes)
{
    private static readonly string[] Rules = ["BP0001", "BP0002"];

    public double Precision => (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => 2 * Precision * Recall / (Precision + Recall);

    public double ContentRemoved => (double)FalsePositives / ContentLines;

    public static LineScore Of(IReadOnlyList<LabelledArticle> articles)
    {
        var (truePositives, falsePositives, falseNegatives, contentLines, gluedFound) = (0, 0, 0, 0, 0);
        var mistakes = new StringBuilder();
        foreach (var article in articles)
        {
            var findings = BoilerplateUnderTest.Verifier.Analyze(article.Text, article.Name).Where(d => Rules.Contains(d.Id)).ToList();
            foreach (var line in article.Lines)
            {
                var finding = Removed(article.Text, findings, line.Span);
                contentLines += line.IsBoilerplate ? 0 : 1;
                truePositives += finding is not null && line.IsBoilerplate ? 1 : 0;
                falsePositives += finding is not null && !line.IsBoilerplate ? 1 : 0;
                falseNegatives += finding is null && line.IsBoilerplate ? 1 : 0;
                if ((finding is not null) != line.IsBoilerplate)
                {
                    var why = finding is null ? string.Empty : $" [{finding.Properties["category"]}, {finding.Properties["reason"]}]";
                    mistakes.AppendLine(CultureInfo.InvariantCulture, $"{article.Name}({line.FileLine}): {(finding is not null ? "removed content" : "missed " + line.Category)}{why}: {article.Text.AsSpan(line.Span.Start, Math.Min(line.Span.Length, 100))}");
                }
            }

            gluedFound += article.Glued.Count(g => findings.Any(d => d.Span == g.Span));
        }

        return new LineScore(articles.Count, truePositives, falsePositives, falseNegatives, contentLines, gluedFound, articles.Sum(a => a.Glued.Count), mistakes.ToString());
    }

    // The finding that removes a line: one that covers it, or the first of several side by side that cover it together
    // (blanks between them aside), as a copyright notice and a footer menu that a lost line break glued into one line
    // are found as two.
    private static Diagnostic? Removed(string text, IEnumerable<Diagnostic> findings, TextSpan line)
    {
        var covering = findings.Where(f => f.Span.OverlapsWith(line)).OrderBy(f => f.Span.Start).ToList();
        var reached = line.Start;
        foreach (var finding in covering)
        {
            if (finding.Span.Start > reached && !string.IsNullOrWhiteSpace(text[reached..finding.Span.Start]))
            {
                break;
            }

            reached = Math.Max(reached, finding.Span.End);
        }

        return reached >= line.End ? covering[0] : null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Articles} articles, {TruePositives + FalseNegatives} boilerplate and {ContentLines} content lines: precision {Precision:P1}, recall {Recall:P1}, F1 {F1:F3}; content removed {ContentRemoved:P2} ({FalsePositives} lines); glued widget words split off {GluedFound} of {Glued}");
}
