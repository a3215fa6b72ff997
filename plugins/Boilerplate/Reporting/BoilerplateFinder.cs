using Boilerplate.Blocks;
using Boilerplate.Classification;
using Boilerplate.Structure;
using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;

namespace Boilerplate.Reporting;

/// <summary>
/// Finds boilerplate as jusText and trafilatura do: the obvious residue by the rule files' lists and patterns, the
/// rest by a classifier over each block's length, stopword density in the block's own language, link density and
/// neighbours. Each run of adjacent boilerplate blocks of one category is reported as BP0001 and each copy of the
/// title as BP0002, with the edit that removes it; the "boilerplate" and "article_parts" layers are published.
/// </summary>
public sealed class BoilerplateFinder : IArticleAnalyzer
{
    // Set by Prepare, which the host calls before the first article.
    private FinderSettings? _settings;

    public void Prepare(IPluginSettings settings) => _settings = FinderSettings.From(settings);

    public void Analyze(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = _settings!;
        var article = context.Article;
        var page = PageReading.Read(article, context.Layer(BoilerplatePlugin.LanguageLayer), settings);
        var (blocks, head) = (page.Blocks, page.Head);
        Report(context, blocks, page.Verdicts);
        context.Publish(BoilerplatePlugin.PartsLayer, head.Parts.Select(p => new Annotation(blocks[p.Block].Span, p.Kind))
            .Concat(head.Datelines.Select(d => new Annotation(d.Span, d.Kind)))
            .OrderBy(a => a.Span.Start));
    }

    private static void Report(AnalysisContext context, IReadOnlyList<Block> blocks, IReadOnlyList<Verdict?> verdicts)
    {
        var text = context.Article.Text;
        var published = new List<Annotation>();
        for (var first = 0; first < blocks.Count; first++)
        {
            if (verdicts[first] is not { } verdict)
            {
                continue;
            }

            var last = first;
            while (!blocks[first].IsGlued && verdict.RuleId == Verdict.Boilerplate && last + 1 < blocks.Count && !blocks[last + 1].IsGlued
                && verdicts[last + 1] is { RuleId: Verdict.Boilerplate } next && next.Category == verdict.Category)
            {
                last++;
            }

            var span = TextSpan.FromBounds(blocks[first].Span.Start, blocks[last].Span.End);
            var confidence = Math.Round(Enumerable.Range(first, last - first + 1).Average(i => verdicts[i]!.Confidence), 2);
            var properties = new Dictionary<string, object?> { ["category"] = verdict.Category, ["confidence"] = confidence, ["reason"] = verdict.Reason };
            context.Report(verdict.RuleId, span, properties, [new TextEdit(Removal(text, blocks, verdicts, first, last), string.Empty)]);
            published.Add(new Annotation(span, verdict.Category, new Dictionary<string, object?> { ["category"] = verdict.Category, ["confidence"] = confidence }));
            first = last;
        }

        context.Publish(BoilerplatePlugin.BoilerplateLayer, published);
    }

    /// <summary>
    /// What to delete for blocks <paramref name="first"/> to <paramref name="last"/>: a glued widget word alone;
    /// whole lines up to the next line with text, so no blank lines pile up; at the article's end, back to the line
    /// break after the last content, so the cleaned article ends where its text does.
    /// </summary>
    private static TextSpan Removal(string text, IReadOnlyList<Block> blocks, IReadOnlyList<Verdict?> verdicts, int first, int last)
    {
        if (blocks[first].IsGlued)
        {
            return blocks[first].Span;
        }

        var contentAfter = Enumerable.Range(last + 1, blocks.Count - last - 1).Any(i => verdicts[i] is null);
        var start = blocks[first].Line.Start;
        if (!contentAfter && first > 0 && verdicts[first - 1] is null)
        {
            start = LineText.AfterLineBreak(text, blocks[first - 1].Line.End);
        }

        return TextSpan.FromBounds(start, last + 1 < blocks.Count ? blocks[last + 1].Line.Start : text.Length);
    }
}
