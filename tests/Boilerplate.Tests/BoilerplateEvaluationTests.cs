using System.Globalization;
using System.Text;
using Boilerplate.Tests.Evaluation;
using PluginHost.Sdk.Diagnostics;

namespace Boilerplate.Tests;

/// <summary>
/// Line-level precision, recall and F1 of the plugin on the labelled evaluation set (Evaluation/README.md), with
/// boilerplate as the positive class, and the share of content lines it would remove. The figures go to
/// docs/plugins/boilerplate.md; each wrong line is listed in boilerplate-evaluation.txt beside the test assembly.
/// </summary>
public sealed class BoilerplateEvaluationTests(ITestOutputHelper output)
{
    private static readonly string[] Rules = ["BP0001", "BP0002"];

    [Fact]
    public void Boilerplate_is_found_line_by_line_without_removing_content()
    {
        var articles = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Evaluation", "articles")).Order(StringComparer.Ordinal).Select(LabelledArticle.Read).ToList();
        articles.Count.ShouldBeGreaterThanOrEqualTo(25);
        var (truePositives, falsePositives, falseNegatives, contentLines, gluedFound) = (0, 0, 0, 0, 0);
        var mistakes = new StringBuilder();
        foreach (var article in articles)
        {
            var findings = BoilerplateUnderTest.Verifier.Analyze(article.Text, article.Name).Where(d => Rules.Contains(d.Id)).ToList();
            foreach (var line in article.Lines)
            {
                var predicted = findings.Any(d => d.Span.Contains(line.Span));
                contentLines += line.IsBoilerplate ? 0 : 1;
                (truePositives, falsePositives, falseNegatives) = (predicted, line.IsBoilerplate) switch
                {
                    (true, true) => (truePositives + 1, falsePositives, falseNegatives),
                    (true, false) => (truePositives, falsePositives + 1, falseNegatives),
                    (false, true) => (truePositives, falsePositives, falseNegatives + 1),
                    _ => (truePositives, falsePositives, falseNegatives),
                };
                if (predicted != line.IsBoilerplate)
                {
                    var why = findings.FirstOrDefault(d => d.Span.Contains(line.Span)) is { } finding ? $" [{finding.Properties["category"]}, {finding.Properties["reason"]}]" : string.Empty;
                    mistakes.AppendLine(CultureInfo.InvariantCulture, $"{article.Name}({line.FileLine}): {(predicted ? "removed content" : "missed " + line.Category)}{why}: {article.Text.AsSpan(line.Span.Start, Math.Min(line.Span.Length, 100))}");
                }
            }

            gluedFound += article.Glued.Count(g => findings.Any(d => d.Span == g.Span));
        }

        var precision = (double)truePositives / (truePositives + falsePositives);
        var recall = (double)truePositives / (truePositives + falseNegatives);
        var f1 = 2 * precision * recall / (precision + recall);
        var contentRemoved = (double)falsePositives / contentLines;
        var glued = articles.Sum(a => a.Glued.Count);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{articles.Count} articles, {truePositives + falseNegatives} boilerplate and {contentLines} content lines: precision {precision:P1}, recall {recall:P1}, F1 {f1:F3}; content removed {contentRemoved:P2} ({falsePositives} lines); glued widget words split off {gluedFound} of {glued}");
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "boilerplate-evaluation.txt"), summary + "\n\n" + mistakes);
        output.WriteLine(summary);

        // The targets of docs/plugins/boilerplate.md.
        f1.ShouldBeGreaterThanOrEqualTo(0.97, summary);
        contentRemoved.ShouldBeLessThanOrEqualTo(0.01, summary);
    }
}
