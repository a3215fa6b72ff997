using System.Buffers;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;

namespace Numbers;

/// <summary>
/// Tells which sentences give a source for what they state: a source phrase of the rule files ("according to",
/// "said", "a report by"), or a quote, in the sentence itself or the one before it. A headline (a first paragraph
/// of one sentence with no full stop) sources nothing after it.
/// </summary>
public sealed class SourceFinder(NumbersLexicon lexicon)
{
    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create("“”\"«»„");

    /// <summary>For each sentence of the article, whether it or the sentence before it names a source.</summary>
    public bool[] SourcedSentences(Article article, AnnotationLayer quotes)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(quotes);
        var sentences = article.Segments(SegmentKind.Sentence);
        var paragraphs = article.Segments(SegmentKind.Paragraph);
        var hasHeadline = paragraphs.Count > 1 && sentences.Count > 0 && sentences[0].Span == paragraphs[0].Span
            && article.CharsOf(sentences[0].Span).TrimEnd() is [.., not ('.' or '!' or '?' or '…')];
        var cites = sentences.Select(s => Cites(article, s, quotes)).ToArray();
        return [.. cites.Select((cited, i) => cited || (i > 0 && cites[i - 1] && !(i == 1 && hasHeadline)))];
    }

    private bool Cites(Article article, Segment sentence, AnnotationLayer quotes)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (lexicon.Sources.LengthAt(article, i, sentence.EndToken) > 0)
            {
                return true;
            }
        }

        return quotes.Overlapping(sentence.Span).Any() || article.CharsOf(sentence.Span).IndexOfAny(QuotationMarks) >= 0;
    }

}
