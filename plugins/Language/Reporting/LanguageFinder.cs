using Language.Detection;
using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;

namespace Language;

/// <summary>
/// Reads the language of every line, groups lines into blocks of one language, and names the article's language
/// by the letters written in each (LG0001; LG0003 when no line has a language). Every block is published in the
/// "language" layer; a block in another language than the article's, read again as a whole with the article's
/// language favoured, is reported (LG0002) when it is long enough to tell or in another script.
/// </summary>
public sealed class LanguageFinder : IArticleAnalyzer
{
    // Built from the rule files on first use; every article of a run sees the same settings.
    private Parts? _parts;

    public void Analyze(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var article = context.Article;
        var (detector, articleOdds, minimumLetters) = _parts ??= Parts.From(context.Settings);
        var lines = article.Segments(SegmentKind.Line).Select(l => (Line: l, Guess: l.TokenCount == 0 ? LanguageGuess.Unknown("blank", 0) : detector.Detect(article.CharsOf(l.Span)))).ToList();
        var blocks = LineBlocks.Of(lines);
        var letters = lines.Sum(l => l.Guess.Letters);
        if (blocks.Count == 0 || letters == 0)
        {
            context.Report("LG0003", article.Whole.Span, new Dictionary<string, object?> { ["reason"] = letters == 0 ? "no letters" : "no line is long enough to tell its language" });
            return;
        }

        var shares = blocks.GroupBy(b => b.Language)
            .Select(g => new LanguageScore(g.Key, Math.Round((double)g.Sum(b => b.Letters) / letters, 3)))
            .OrderByDescending(s => s.Confidence)
            .ToList();
        var language = shares[0].Language;
        var annotations = new List<Annotation> { Annotated(article.Whole.Span, language, shares[0].Confidence, "article") };
        foreach (var block in blocks)
        {
            var guess = block.Language == language ? null : detector.Detect(article.CharsOf(block.Span), (language, articleOdds));
            var blockLanguage = guess?.Language ?? language;
            annotations.Add(Annotated(block.Span, blockLanguage, guess?.Confidence ?? 1, "block"));
            if (guess is { Language: { } foreign } && foreign != language && (block.Letters >= minimumLetters || !guess.Ranking.Any(s => s.Language == language)))
            {
                context.Report("LG0002", block.Span, new Dictionary<string, object?> { ["language"] = foreign, ["confidence"] = Math.Round(guess.Confidence, 3), ["articleLanguage"] = language });
            }
        }

        context.Publish(LanguagePlugin.LanguageLayer, annotations);
        context.Report("LG0001", article.Whole.Span, new Dictionary<string, object?>
        {
            ["language"] = language,
            ["confidence"] = shares[0].Confidence,
            ["alternatives"] = shares.Skip(1).Take(3).ToDictionary(s => s.Language, s => (object?)s.Confidence),
        });
    }

    private static Annotation Annotated(TextSpan span, string language, double confidence, string scope) =>
        new(span, language, new Dictionary<string, object?> { ["language"] = language, ["confidence"] = Math.Round(confidence, 3), ["scope"] = scope });

    // A block in the article's own script needs MinimumLetters to be reported; one in another script is plainly foreign.
    private sealed record Parts(LanguageDetector Detector, double ArticleOdds, double MinimumLetters)
    {
        public static Parts From(IPluginSettings settings) => new(
            new LanguageDetector(LanguageModel.Shipped, settings.GetList("languages"), settings.GetNumber("min_confidence")),
            settings.GetNumber("article_language_odds"),
            settings.GetNumber("min_block_letters"));
    }
}
