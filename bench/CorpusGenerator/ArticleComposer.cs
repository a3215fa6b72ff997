using System.Text;

namespace PluginHost.CorpusGenerator;

/// <summary>
/// One article of 4-8 KB: a headline, a byline and dateline, paragraphs of narrative, figures and quotes, and in
/// realistic shares the page residue of a copied web page (60 %), a foreign paragraph (10 %) and glued lines.
/// </summary>
public sealed class ArticleComposer(Random random)
{
    private const int Smallest = 4 * 1024;

    private readonly Narrative _narrative = new(random);
    private readonly Statistics _statistics = new(random);
    private readonly Quotations _quotations = new(random);
    private readonly PageResidue _residue = new(random);
    private readonly ForeignParagraphs _foreign = new(random);

    /// <summary>Article <paramref name="index"/> of the corpus generated with <paramref name="seed"/>: each has its own generator, so it is the same whatever the count.</summary>
    public static string CorpusArticle(int seed, int index) => new ArticleComposer(new Random(unchecked((seed * 1_000_003) + index) & int.MaxValue)).Compose();

    public string Compose()
    {
        var text = new StringBuilder();
        var copiedFromPage = random.Next(10) < 6;
        if (copiedFromPage)
        {
            Lines(text, _residue.Header());

            // A lost line break glues the last widget word to the headline ("Copy linkCouncil delays...").
            if (random.Next(12) == 0)
            {
                text.Length -= 2;
            }
        }

        var headline = _narrative.Headline();
        text.Append(headline).Append("\n\n");
        text.Append("By ").Append(PhraseBank.People[random.Next(PhraseBank.People.Length)].Name).Append("\n\n");
        text.Append(_narrative.Dateline()).Append(' ').Append(_narrative.Sentence()).Append("\n\n");
        var target = Smallest + random.Next(3 * 1024);
        var foreignAt = random.Next(10) == 0 ? random.Next(2, 6) : -1;
        for (var paragraph = 0; text.Length < target; paragraph++)
        {
            text.Append(paragraph == foreignAt ? _foreign.Paragraph() : Paragraph()).Append("\n\n");
        }

        if (copiedFromPage)
        {
            if (random.Next(4) == 0)
            {
                text.Append(headline.ToUpperInvariant()).Append("\n\n");
            }

            Lines(text, _residue.Footer());
        }

        return text.ToString();
    }

    private string Paragraph() => random.Next(10) switch
    {
        < 3 => _quotations.Paragraph(),
        < 6 => $"{_statistics.Sentence()} {_narrative.Sentence()}",
        _ => $"{_narrative.Sentence()} {_narrative.Sentence()} {_statistics.Sentence()}",
    };

    private void Lines(StringBuilder text, string[] lines)
    {
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        text.Append('\n');
    }
}
