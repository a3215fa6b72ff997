using System.Globalization;
using Language.Detection;
using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;

namespace Language;

/// <summary>
/// Reads the language of every line and names the article's language by the letters written in each (LG0001;
/// LG0003 when no line has a language). Adjacent lines form blocks, in the article's language or foreign; every
/// block is published in the "language" layer, and a foreign block, read again as a whole with the article's
/// language favoured, is reported (LG0002) when it is still foreign and long enough to tell, or in another script.
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
        var letters = lines.Sum(l => l.Guess.Letters);
        var shares = lines.Where(l => l.Guess.IsDetermined)
            .GroupBy(l => l.Guess.Language!)
            .Select(g => new LanguageScore(g.Key, Math.Round((double)g.Sum(l => l.Guess.Letters) / letters, 3)))
            .OrderByDescending(s => s.Confidence)
            .ToList();
        if (shares.Count == 0)
        {
            context.Report("LG0003", article.Whole.Span, new Dictionary<string, object?> { ["reason"] = letters == 0 ? "no letters" : "no line is long enough to tell its language" });
            return;
        }

        var language = shares[0].Language;
        var annotations = new List<Annotation> { Annotated(article.Whole.Span, language, shares[0].Confidence, "article") };
        foreach (var block in LineBlocks.Of(lines, language))
        {
            var guess = block.IsForeign ? detector.Detect(article.CharsOf(block.Span), (language, articleOdds)) : null;
            annotations.Add(Annotated(block.Span, guess?.Language ?? language, guess?.Confidence ?? 1, "block"));
            if (guess is { Language: { } foreign } && foreign != language && (block.Letters >= minimumLetters || !detector.Writes(language, guess.Scripts)))
            {
                context.Report("LG0002", block.Span, new Dictionary<string, object?>
                {
                    ["language"] = foreign,
                    ["languageName"] = NameOf(foreign),
                    ["confidence"] = Math.Round(guess.Confidence, 3),
                    ["articleLanguage"] = language,
                    ["articleLanguageName"] = NameOf(language),
                });
            }
        }

        context.Publish(LanguagePlugin.LanguageLayer, annotations);
        context.Report("LG0001", article.Whole.Span, new Dictionary<string, object?>
        {
            ["language"] = language,
            ["languageName"] = NameOf(language),
            ["confidence"] = shares[0].Confidence,
            ["alternatives"] = shares.Skip(1).Take(3).ToDictionary(s => s.Language, s => (object?)s.Confidence),
        });
    }

    /// <summary>The language's English name, for messages: "Norwegian" for no.</summary>
    private static string NameOf(string language) => CultureInfo.GetCultureInfo(language).EnglishName;

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
