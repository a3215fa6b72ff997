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
    // Set by Prepare, which the host calls before the first article.
    private Parts? _parts;

    // The shipped model (25 MB, some 35 ms to read) is read in the background when the plugin loads, while the host
    // reads the rule files, rather than in the first article. A failure to read it is thrown again there.
    public LanguageFinder() => _ = Task.Run(static () => LanguageModel.Shipped);

    public void Prepare(IPluginSettings settings) => _parts = Parts.From(settings);

    public void Analyze(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var article = context.Article;
        var parts = _parts!;
        var lines = article.Segments(SegmentKind.Line).Select(line => (Line: line, Guess: parts.Read(article, line))).ToList();
        // A story's prose says its language; a page's menus, labels and teasers, often more letters than a short story
        // has, count for less.
        var weighed = lines.Select(l => (l.Guess, Letters: l.Guess.Letters * (RunningText.Is(article.CharsOf(l.Line.Span), l.Guess.Letters) ? 1 : parts.ShortLineWeight))).ToList();
        var letters = weighed.Sum(l => l.Letters);
        var shares = weighed.Where(l => l.Guess.IsDetermined)
            .GroupBy(l => l.Guess.Language!)
            .Select(g => new LanguageScore(g.Key, g.Sum(l => l.Letters) / letters))
            .OrderByDescending(s => s.Confidence)
            .ToList();
        if (shares.Count == 0)
        {
            context.Report("LG0003", article.Whole.Span, new Dictionary<string, object?> { ["reason"] = Reason(lines.Select(l => l.Guess)) });
            return;
        }

        var language = shares[0].Language;
        var annotations = new List<Annotation> { Annotated(article.Whole.Span, language, shares[0].Confidence, "article") };
        foreach (var block in LineBlocks.Of(lines, language))
        {
            if (!block.IsForeign)
            {
                annotations.Add(Annotated(block.Span, language, block.Confidence, "block"));
                continue;
            }

            var guess = parts.Detector.Detect(article.CharsOf(block.Span), (language, parts.ArticleOdds));
            if (guess.Language is not { } foreign)
            {
                continue;
            }

            annotations.Add(Annotated(block.Span, foreign, guess.Confidence, "block"));
            if (parts.IsReported(block, guess, language))
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
            ["confidence"] = Math.Round(shares[0].Confidence, 3),
            ["alternatives"] = shares.Skip(1).Take(3).ToDictionary(s => s.Language, s => (object?)Math.Round(s.Confidence, 3)),
        });
    }

    /// <summary>Why no line has a language: the reason most lines with letters gave, or that there are no letters.</summary>
    private static string Reason(IEnumerable<LanguageGuess> lines) =>
        lines.Where(g => g.Letters > 0).GroupBy(g => g.Undetermined).MaxBy(g => g.Sum(l => l.Letters))?.Key ?? "no letters";

    /// <summary>The language's English name, for messages ("Norwegian" for no); its code where the runtime has no culture data.</summary>
    private static string NameOf(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language).EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return language;
        }
    }

    private static Annotation Annotated(TextSpan span, string language, double confidence, string scope) =>
        new(span, language, new Dictionary<string, object?> { ["language"] = language, ["confidence"] = Math.Round(confidence, 3), ["scope"] = scope });

    private sealed record Parts(LanguageDetector Detector, double ArticleOdds, double MinimumLetters, double ShortLineWeight)
    {
        public static Parts From(IPluginSettings settings) => new(
            LanguageDetector.FromSettings(settings),
            settings.GetNumber("article_language_odds"),
            settings.GetNumber("min_block_letters"),
            Checked(settings.GetNumber("short_line_weight")));

        private static double Checked(double weight) =>
            weight is > 0 and <= 1 ? weight : throw new InvalidDataException($"short_line_weight is {weight}; it must be above 0 and at most 1.");

        public LanguageGuess Read(Article article, Segment line) =>
            line.TokenCount == 0 ? LanguageGuess.Unknown("blank", 0) : Detector.Detect(article.CharsOf(line.Span));

        /// <summary>A foreign block in the article's own script needs the minimum letters; one in another script is plainly foreign.</summary>
        public bool IsReported(LineBlock block, LanguageGuess guess, string articleLanguage) =>
            guess.Language != articleLanguage && (block.Letters >= MinimumLetters || !Detector.Writes(articleLanguage, guess.Scripts));
    }
}
