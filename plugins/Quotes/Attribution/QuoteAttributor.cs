using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;

namespace Quotes;

/// <summary>
/// Names the speaker of every quote that is not a term, and reports each quote: attributed (QT0001), with no
/// speaker (QT0002) or from an unnamed source (QT0004). The attribution patterns of the rule files say who spoke.
/// A quote none of them attributes continues the speaker of the quote or speech just before it: in the same
/// paragraph when it starts a sentence or shares one with that quote, in the next paragraph when it opens it. A
/// quote still without a speaker whose words a later attributed quote repeats (a headline's) is that speaker's.
/// Quotes inside blocks a boilerplate plugin marks (site chrome, legal notices) are not reported, nor an unattributed
/// scare quote that no marker announces (<see cref="IsScareQuote"/>).
/// </summary>
public sealed class QuoteAttributor : IArticleAnalyzer
{
    /// <summary>The most words a scare quote has: “surgical strikes”, former “elite military troops”.</summary>
    private const int LongestScareQuote = 3;

    /// <summary>Within how many tokens after a noun of speech the quote or its clause's "that" comes: "complaints from shopkeepers on the high street that…".</summary>
    private const int ReportingDistance = 8;

    // Forms of "be" and its kin: a quote after them says what someone judged something to be.
    private static readonly HashSet<string> Copulas = new(["is", "was", "are", "were", "be", "been", "being", "seems", "seemed", "looks", "looked", "feels", "felt", "sounds", "sounded", "remains", "remained", "becomes", "became"], StringComparer.OrdinalIgnoreCase);

    // The verbs of speech and naming, and the nouns of speech, of the rule files; set by Prepare, which the host calls
    // before the first article.
    private WordList? _speechVerbs;
    private WordList? _speechNouns;

    public void Prepare(IPluginSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _speechVerbs = new WordList("speech_and_naming_verbs", settings.GetList("speech_verbs").Concat(settings.GetList("naming_verbs")));
        _speechNouns = settings.GetWordList("speech_nouns");
    }

    public void Analyze(AnalysisContext context)
    {
        var article = context.Article;
        var quotes = context.Layer(QuotesPlugin.QuotesLayer).Annotations;
        var mentionLayer = context.Layer(QuotesPlugin.MentionsLayer).Annotations;
        var mentions = new Dictionary<Annotation, Mention>(mentionLayer.Select(a => KeyValuePair.Create(a, MentionAnnotation.To(a))), ReferenceEqualityComparer.Instance);
        bool IsQuoted(int offset) => quotes.Any(q => q.Span.Start < offset && offset < q.Span.End);
        var resolver = new SpeakerResolver(article, [.. mentions.Values], IsQuoted, context.Settings);
        var attributions = new Attribution?[quotes.Count];
        var spoken = new List<(int Offset, Attribution Attribution)>();
        foreach (var pattern in context.Patterns)
        {
            foreach (var match in context.Match(pattern).OrderBy(Distance))
            {
                if (match.Capture("speaker")?.Annotation is not { } captured || !mentions.TryGetValue(captured, out var mention)
                    || resolver.IsAudience(mention) || resolver.Resolve(resolver.Outermost(mention)) is not { } speaker)
                {
                    continue;
                }

                var attribution = new Attribution(speaker, match.Capture("verb") is { } verb ? article.TextOf(verb.Span) : null);
                if (!IsQuoted(captured.Span.Start))
                {
                    spoken.Add((match.Span.End, attribution));
                }

                if (match.Capture("quote") is { } mark && IndexOf(quotes, mark.Span) is { } index && attributions[index] is null && !IsTerm(quotes[index])
                    && SpeaksFromOutside(quotes, captured.Span, quotes[index].Span))
                {
                    attributions[index] = attribution;
                }
            }
        }

        Continue(article, quotes, attributions, spoken);
        Echo(quotes, attributions);
        var boilerplate = context.Layer(QuotesPlugin.BoilerplateLayer);
        for (var i = 0; i < quotes.Count; i++)
        {
            if (!IsTerm(quotes[i]) && boilerplate.Covering(quotes[i].Span) is null && !(attributions[i] is null && IsScareQuote(article, quotes[i], _speechVerbs!, _speechNouns!)))
            {
                Report(context, quotes[i], attributions[i]);
            }
        }
    }

    private static void Continue(Article article, IReadOnlyList<Annotation> quotes, Attribution?[] attributions, List<(int Offset, Attribution Attribution)> spoken)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            if (attributions[i] is not null)
            {
                spoken.Add((quote.Span.End, attributions[i]!));
                continue;
            }

            if (IsTerm(quote) || quote["depth"] is > 0)
            {
                continue;
            }

            var earlier = spoken.Where(s => s.Offset <= quote.Span.Start).ToList();
            if (earlier.Count == 0)
            {
                continue;
            }

            var before = earlier.MaxBy(s => s.Offset);

            var sameSentence = IndexOf(article.Segments(SegmentKind.Sentence), before.Offset - 1) == IndexOf(article.Segments(SegmentKind.Sentence), quote.Span.Start);
            var paragraphs = article.Segments(SegmentKind.Paragraph);
            var paragraph = IndexOf(paragraphs, quote.Span.Start);
            var samePart = paragraph == IndexOf(paragraphs, before.Offset - 1) && (sameSentence || StartsSentence(article.Text, quote.Span.Start));
            var nextPart = paragraph == IndexOf(paragraphs, before.Offset - 1) + 1 && paragraphs[paragraph].Span.Start == quote.Span.Start;
            if (samePart || nextPart)
            {
                attributions[i] = before.Attribution with { Verb = null };
                spoken.Add((quote.Span.End, attributions[i]!));
            }
        }
    }

    // A headline's “two-tier care” is the words of whoever the article later quotes saying them.
    private static void Echo(IReadOnlyList<Annotation> quotes, Attribution?[] attributions)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            if (attributions[i] is null && !IsTerm(quotes[i]) && quotes[i].Value is { Length: > 0 } words)
            {
                var source = Enumerable.Range(i + 1, quotes.Count - i - 1)
                    .FirstOrDefault(j => attributions[j] is not null && quotes[j].Value is { } later && later.Contains(words, StringComparison.OrdinalIgnoreCase), -1);
                attributions[i] = source < 0 ? null : attributions[source]! with { Verb = null };
            }
        }
    }

    private static void Report(AnalysisContext context, Annotation quote, Attribution? attribution)
    {
        var properties = new Dictionary<string, object?>
        {
            ["quote"] = quote.Value,
            ["kind"] = quote["kind"],
            ["anonymous"] = attribution?.Speaker.Anonymous ?? false,
        };
        if (attribution is not null)
        {
            properties["speaker"] = attribution.Speaker.Name;
            properties["speakerOffset"] = attribution.Speaker.Span.Start;
            properties["speakerLength"] = attribution.Speaker.Span.Length;
            if (attribution.Verb is not null)
            {
                properties["verb"] = attribution.Verb;
            }
        }

        var rule = attribution is null ? "QT0002" : attribution.Speaker.Anonymous ? "QT0004" : "QT0001";
        context.Report(rule, quote.Span, properties);
    }

    // Of two matches of one pattern for a quote, the speaker nearer the quote is the one that introduces it: "…after
    // the company reported a loss, with its chief executive telling investors to brace for “…”".
    private static int Distance(TextMatch match) =>
        (match.Capture("speaker")?.Span, match.Capture("quote")?.Span) is ({ } speaker, { } quote)
            ? quote.Start >= speaker.End ? quote.Start - speaker.End : speaker.Start - quote.End
            : 0;

    // Someone named inside a quote speaks only inside it: "…the board is admitting,” adding: “…”" is not the board's.
    private static bool SpeaksFromOutside(IReadOnlyList<Annotation> quotes, TextSpan speaker, TextSpan quote) =>
        quotes.Where(q => q.Span.Contains(speaker)).All(q => q.Span.Contains(quote));

    private static bool IsTerm(Annotation quote) => quote["kind"] is "term";

    /// <summary>
    /// A quote of a few words in lower case, which nothing attributes, in a sentence with no verb of speech or naming
    /// and no noun of speech that reports it: the writer's scare quote around a term (potential “surgical strikes”),
    /// which has no speaker to name. The words of someone's speech are said, called or warned of by someone ("She
    /// called the plan “reckless”", "warnings that the scheme will ‘strangle’ trade"), and a quote after
    /// a form of "be" is someone's judgement ("He was “disappointed”", "The decision was “deeply concerning”"): both
    /// stay QT0002.
    /// </summary>
    private static bool IsScareQuote(Article article, Annotation quote, WordList speechVerbs, WordList speechNouns)
    {
        if (quote.Value is not { } value || value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is not { Length: > 0 and <= LongestScareQuote } words
            || !char.IsLower(words[0][0]))
        {
            return false;
        }

        var sentences = article.Segments(SegmentKind.Sentence).Where(s => s.Span.OverlapsWith(quote.Span)).ToList();
        if (sentences.Count == 0)
        {
            return false;
        }

        var (first, end) = (sentences[0].FirstToken, sentences[0].FirstToken + sentences[0].TokenCount);
        var (quoteFirst, quoteCount) = article.TokensIn(quote.Span);
        var previous = quoteFirst - 1;
        while (previous >= first && article.Tokens[previous].Kind != TokenKind.Word)
        {
            previous--;
        }

        return !(previous >= first && Copulas.Contains(article.TextOf(article.Tokens[previous])))
            && !Mentions(speechVerbs, article, first, quoteFirst)
            && !Mentions(speechVerbs, article, quoteFirst + quoteCount, end)
            && !Reports(speechNouns, article, first, quoteFirst);
    }

    // A noun of speech before the quote reports it when the quote, or the "that" or colon of its clause, follows within
    // a few tokens, with no comma between but one right before the quote: "warnings from shopkeepers that the scheme
    // will ‘strangle’…", "in her words, ‘a total disaster’"; not "In other words, the “temporary” closure…".
    private static bool Reports(WordList nouns, Article article, int from, int quoteFirst)
    {
        for (var i = from; i < quoteFirst; i++)
        {
            foreach (var length in nouns.MatchAt(article, i, quoteFirst))
            {
                for (var k = i + length; k < Math.Min(i + length + ReportingDistance, quoteFirst + 1); k++)
                {
                    var token = k < quoteFirst ? article.TextOf(article.Tokens[k]) : null;
                    if (token is null or "that" or ":" || (token == "," && k + 1 == quoteFirst))
                    {
                        return true;
                    }

                    if (token is "," or ";")
                    {
                        break;
                    }
                }
            }
        }

        return false;
    }

    private static bool Mentions(WordList list, Article article, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (list.MayMatchAt(article, i, end) && list.MatchAt(article, i, end).Any())
            {
                return true;
            }
        }

        return false;
    }

    private static int? IndexOf(IReadOnlyList<Annotation> quotes, TextSpan mark)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            if (quotes[i].Span.Start == mark.Start || quotes[i].Span.End == mark.End)
            {
                return i;
            }
        }

        return null;
    }

    private static int IndexOf(IReadOnlyList<Segment> segments, int offset)
    {
        var low = 0;
        var high = segments.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (segments[middle].Span.Start <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    // A quote starts a sentence when only blanks, or the end of a sentence or of another quote, come before it.
    private static bool StartsSentence(string text, int offset)
    {
        for (var i = offset - 1; i >= 0; i--)
        {
            if (text[i] is '\n' or '\r')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i] is '.' or '!' or '?' or '…' or '”' or '"' or '»' or '“' or '’' or '\'' or ')';
            }
        }

        return true;
    }
}
