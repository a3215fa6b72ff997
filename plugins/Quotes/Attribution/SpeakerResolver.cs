using System.Buffers;
using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Text;

namespace Quotes;

/// <summary>
/// Turns the mention a pattern captured into the speaker it names, as the article first introduced them: a
/// surname to the full name with its title, and a pronoun to the nearest earlier mention it can refer to
/// (she and he to a person of that sex, or of unknown sex if none is known; it to an organization or a role;
/// they to people named together, a plural source, an organization or a person of unknown sex). Mentions
/// inside quotes are other voices and are not what a pronoun outside them refers to. A role stands for the
/// name set beside it in commas ("the federation's general secretary, Hélène Brac,"), or for the person
/// already named with that title ("the minister" after "Fisheries Minister Paulo Ndiaye"), and a kind of
/// organization ("the company") for the organization named last.
/// </summary>
public sealed class SpeakerResolver
{
    private const int NearPronoun = 80;
    private const int MostBetweenRoleAndName = 30;

    private static readonly SearchValues<char> LowerCaseWords = SearchValues.Create(" abcdefghijklmnopqrstuvwxyz'’-");

    private readonly Article _article;
    private readonly string _text;
    private readonly IReadOnlyList<Mention> _mentions;
    private readonly Func<int, bool> _isQuoted;
    private readonly Dictionary<string, Gender> _genders;
    private readonly int[] _sentenceOffsets;
    private readonly int[] _paragraphOffsets;
    private readonly HashSet<Mention> _embedded;
    private readonly WordList _organizationWords;
    private readonly WordList _audienceMarkers;
    private readonly WordList _questionOpeners;

    public SpeakerResolver(Article article, IReadOnlyList<Mention> mentions, Func<int, bool> isQuoted, IPluginSettings settings)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(settings);
        _article = article;
        _organizationWords = settings.GetWordList("organization_words");
        _audienceMarkers = settings.GetWordList("audience_markers");
        _questionOpeners = settings.GetWordList("question_openers");
        _text = article.Text;
        _mentions = mentions;
        _isQuoted = isQuoted;
        _genders = mentions.Where(m => m.Kind == MentionKind.Person && m.Gender != Gender.Unknown)
            .GroupBy(m => m.Key)
            .ToDictionary(g => g.Key, g => g.First().Gender, StringComparer.Ordinal);
        _sentenceOffsets = [.. article.Segments(SegmentKind.Sentence).Select(s => s.Span.Start)];
        _paragraphOffsets = [.. article.Segments(SegmentKind.Paragraph).Select(p => p.Span.Start)];
        _embedded = Embedded(mentions);
        LearnGendersFromPronouns();
    }

    // The mentions that lie inside a longer one. In text order, the longest first of those that start together, only a
    // mention before another can hold it: one that started earlier and reaches as far, or one that started at the same
    // place and reaches further.
    private static HashSet<Mention> Embedded(IEnumerable<Mention> mentions)
    {
        var embedded = new HashSet<Mention>();
        var (reachBefore, start, reachAtStart) = (-1, -1, -1);
        foreach (var mention in mentions.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length))
        {
            if (mention.Span.Start != start)
            {
                (reachBefore, start, reachAtStart) = (Math.Max(reachBefore, reachAtStart), mention.Span.Start, -1);
            }

            if (reachBefore >= mention.Span.End || reachAtStart > mention.Span.End)
            {
                embedded.Add(mention);
            }

            reachAtStart = Math.Max(reachAtStart, mention.Span.End);
        }

        return embedded;
    }

    // "Trump remains resolute; he said…", "a branch manager said she…": a person named or described just before he
    // or she, with no one else between, is of that sex, when neither the name nor a title said so. A description
    // needs words between ("In a private conversation in May, she…" says nothing of the conversation).
    private void LearnGendersFromPronouns()
    {
        var outermost = _mentions.Where(m => !IsInsideAnother(m)).ToList();
        for (var i = 1; i < outermost.Count; i++)
        {
            var (previous, pronoun) = (outermost[i - 1], outermost[i]);
            var gender = pronoun.Key switch { "she" => Gender.Female, "he" => Gender.Male, _ => Gender.Unknown };
            var between = _text.AsSpan(previous.Span.End, Math.Max(0, pronoun.Span.Start - previous.Span.End));
            if (gender != Gender.Unknown && IsOnePerson(previous) && !_isQuoted(previous.Span.Start) && !InQuestion(previous, pronoun)
                && between.Length < NearPronoun && !between.ContainsAny(".!?\n")
                && (previous.Kind == MentionKind.Person || between.ContainsAnyInRange('a', 'z')))
            {
                _genders.TryAdd(previous.Key, gender);
            }
        }
    }

    private bool IsOnePerson(Mention mention) =>
        mention.Kind == MentionKind.Person
        || (mention.Kind is MentionKind.Role or MentionKind.Unnamed && !mention.Plural && mention.Gender != Gender.Neuter && !_organizationWords.Contains(mention.Key));

    public Speaker? Resolve(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if ((mention.Kind == MentionKind.Pronoun ? Antecedent(mention) : mention) is not { } named)
        {
            return null;
        }

        if (named.Kind == MentionKind.Role)
        {
            named = Appositive(named) ?? TitleHolder(named) ?? EarlierNamed(named) ?? LatestOrganization(named) ?? named;
        }

        var first = named.Kind == MentionKind.Unnamed ? named : Introduction(named);
        return new Speaker(first.Name, first.Span, first.Kind == MentionKind.Unnamed);
    }

    // The first mention of the same person or body, preferring one that gives more than a surname: "Ruiz" and
    // "Ana" stand for "Senator Ana Ruiz", "the transport department" for "the municipal transport department".
    private Mention Introduction(Mention mention)
    {
        var same = _mentions.Where(m => m.Kind == mention.Kind && m.Span.Start <= mention.Span.Start && SameEntity(m, mention)).ToList();
        var plain = same.Where(m => _text.AsSpan(m.Span.Start, m.Span.Length).StartsWith(m.Name, StringComparison.Ordinal)).ToList();
        return plain.FirstOrDefault(m => m.Name.Contains(' ', StringComparison.Ordinal)) ?? plain.FirstOrDefault() ?? same.FirstOrDefault() ?? mention;
    }

    // Two full names with the same surname are two people ("Cara Pell", "Jonah Pell"); a surname alone is either.
    private static bool SameEntity(Mention earlier, Mention later) =>
        (earlier.Key == later.Key && (earlier.GivenName is null || later.GivenName is null || string.Equals(earlier.GivenName, later.GivenName, StringComparison.OrdinalIgnoreCase)))
        || (later.Kind == MentionKind.Person && !later.Name.Contains(' ', StringComparison.Ordinal) && earlier.Name.Split(' ').Contains(later.Name, StringComparer.Ordinal))
        || (later.Kind != MentionKind.Person && earlier.Key.EndsWith(" " + later.Key, StringComparison.Ordinal));

    private Mention? Appositive(Mention role)
    {
        var names = _mentions.Where(m => m.Kind is MentionKind.Person or MentionKind.Organization or MentionKind.Group).ToList();
        return names.FirstOrDefault(m => DescriptionThenComma(role.Span.End, m.Span.Start))
            ?? names.FirstOrDefault(m => m.Span.End <= role.Span.Start && _text.AsSpan(m.Span.End, role.Span.Start - m.Span.End).Trim() is [',']);
    }

    // "the museum" after "the Vessmouth Museum of Art", "the person" after "a person close to the negotiations".
    private Mention? EarlierNamed(Mention role) =>
        role.Key.Contains(' ', StringComparison.Ordinal)
            ? null
            : _mentions.LastOrDefault(m => m.Span.End <= role.Span.Start && m.Kind is MentionKind.Organization or MentionKind.Role or MentionKind.Unnamed
                && m.Key != role.Key && m.Key.Split(' ').Contains(role.Key, StringComparer.OrdinalIgnoreCase));

    // "the company" after "Tallyhawk Inc.", "the panel" after "the Sports Integrity Panel": an organization named by
    // what it is stands for the organization named last.
    private Mention? LatestOrganization(Mention role) =>
        _organizationWords.Contains(role.Key)
            ? _mentions.LastOrDefault(m => m.Span.End <= role.Span.Start && m.Kind == MentionKind.Organization && !_isQuoted(m.Span.Start) && !IsInsideAnother(m) && !IsAudience(m))
            : null;

    private Mention? TitleHolder(Mention role)
    {
        var head = role.Key.Split(' ')[^1];
        return _mentions.LastOrDefault(m => m.Kind == MentionKind.Person && m.Span.End <= role.Span.Start
            && m.Name.Split(' ').SkipLast(1).Any(word => string.Equals(word, head, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// Whether the mention is who was spoken to ("told the Vaubrun Courier", "asked by Hollingworth"), which is never
    /// the speaker: the words before it end with one of the audience markers.
    /// </summary>
    public bool IsAudience(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var before = _text.AsSpan(0, mention.Span.Start).TrimEnd();
        foreach (var marker in _audienceMarkers.Entries)
        {
            if (before.EndsWith(marker, StringComparison.OrdinalIgnoreCase)
                && (before.Length == marker.Length || !char.IsLetter(before[before.Length - marker.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The longest mention that ends where this one does and holds it: "A diplomat based in Mirella" for "Mirella",
    /// so that a pattern that captured the name captures who the name describes.
    /// </summary>
    public Mention Outermost(Mention mention) =>
        _mentions.Where(m => m.Span.Contains(mention.Span) && m.Span.End == mention.Span.End).MaxBy(m => m.Span.Length) ?? mention;

    // "Asked whether Verasol might sell itself, she replied": who the question is about is not who answers it.
    private bool InQuestion(Mention candidate, Mention pronoun)
    {
        var sentence = SentenceOf(pronoun.Span.Start);
        if (SentenceOf(candidate.Span.Start) != sentence)
        {
            return false;
        }

        var segment = _article.Segments(SegmentKind.Sentence)[sentence];
        var opener = Enumerable.Range(segment.FirstToken, segment.EndToken - segment.FirstToken).FirstOrDefault(i => _article.Tokens[i].Kind == TokenKind.Word, -1);
        return opener >= 0 && _questionOpeners.Contains(_article.TextOf(_article.Tokens[opener])) && _text.IndexOf(',', segment.Span.Start) > candidate.Span.Start;
    }

    // A comma between a role and a name, perhaps with a lower-case description: "…witness, the auditor Jana Kiefer".
    private bool DescriptionThenComma(int from, int to)
    {
        if (from > to)
        {
            return false;
        }

        var between = _text.AsSpan(from, to - from).Trim();
        return between is [',', ..] && between.Length <= MostBetweenRoleAndName
            && !between[1..].ContainsAnyExcept(LowerCaseWords);
    }

    // "He said he had met Kearney… 'We did everything,' he said": the same pronoun opening an earlier sentence of
    // the paragraph is the same person, unless a sentence in between opened with someone else.
    private Mention? EarlierSubject(Mention pronoun)
    {
        var paragraph = _article.Segments(SegmentKind.Paragraph).Last(p => p.Span.Start <= pronoun.Span.Start);
        var openers = _mentions
            .Where(m => m.Span.Start >= paragraph.Span.Start && m.Span.End <= pronoun.Span.Start && OpensSentence(m))
            .ToList();
        return openers.Count > 0 && openers[^1].Kind == MentionKind.Pronoun && openers[^1].Key == pronoun.Key && openers[^1] != pronoun ? openers[^1] : null;
    }

    private bool OpensSentence(Mention mention) => Array.BinarySearch(_sentenceOffsets, mention.Span.Start) >= 0;

    // "Osei's office" and "a branch manager on Marktgasse": a name inside a longer mention is not who "she" is.
    private bool IsInsideAnother(Mention mention) => _embedded.Contains(mention);

    private Mention? Antecedent(Mention pronoun)
    {
        if (EarlierSubject(pronoun) is { } subject)
        {
            return Antecedent(subject);
        }

        var quoted = _isQuoted(pronoun.Span.Start);
        var paragraph = ParagraphOf(pronoun.Span.Start);
        Mention? fallback = null;
        foreach (var candidate in _mentions.Where(m => m.Span.End <= pronoun.Span.Start && m.Kind != MentionKind.Pronoun).Reverse())
        {
            if ((!quoted && _isQuoted(candidate.Span.Start)) || IsAudience(candidate) || candidate.Possessive || IsInsideAnother(candidate)
                || InQuestion(candidate, pronoun))
            {
                continue;
            }

            // Someone who may fit in the pronoun's own paragraph is likelier than someone who surely fits further back.
            if (fallback is not null && ParagraphOf(fallback.Span.Start) == paragraph && ParagraphOf(candidate.Span.Start) != paragraph)
            {
                return fallback;
            }

            switch (Fit(pronoun.Key, candidate))
            {
                case Fitness.Right:
                    return SentenceSubject(pronoun, candidate, quoted);
                case Fitness.Possible:
                    fallback ??= candidate;
                    break;
            }
        }

        return fallback;
    }

    // "Lorna Pettifer came with her neighbour, Grace Okon. '…,' she said.": in an earlier sentence, the person who
    // opens it and fits (its subject) is whom the pronoun continues, not the last one named.
    private Mention SentenceSubject(Mention pronoun, Mention candidate, bool quoted)
    {
        var sentence = SentenceOf(candidate.Span.Start);
        if (sentence == SentenceOf(pronoun.Span.Start))
        {
            return candidate;
        }

        return _mentions.FirstOrDefault(m => m.Kind != MentionKind.Pronoun && OpensSentence(m) && SentenceOf(m.Span.Start) == sentence
            && (quoted || !_isQuoted(m.Span.Start)) && !m.Possessive && Fit(pronoun.Key, m) == Fitness.Right) ?? candidate;
    }

    private int ParagraphOf(int offset) => IndexIn(_paragraphOffsets, offset);

    private int SentenceOf(int offset) => IndexIn(_sentenceOffsets, offset);

    // The unit (sentence or paragraph) whose start is the last at or before the offset.
    private static int IndexIn(int[] starts, int offset)
    {
        var index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    private Fitness Fit(string pronoun, Mention candidate)
    {
        var gender = IsOnePerson(candidate) ? _genders.GetValueOrDefault(candidate.Key) : Gender.Unknown;
        return (pronoun, candidate.Kind) switch
        {
            ("she", MentionKind.Role or MentionKind.Unnamed) when gender == Gender.Female => Fitness.Right,
            ("he", MentionKind.Role or MentionKind.Unnamed) when gender == Gender.Male => Fitness.Right,
            ("she", MentionKind.Person) => gender switch { Gender.Female => Fitness.Right, Gender.Unknown => Fitness.Possible, _ => Fitness.No },
            ("he", MentionKind.Person) => gender switch { Gender.Male => Fitness.Right, Gender.Unknown => Fitness.Possible, _ => Fitness.No },
            ("it", MentionKind.Organization) => Fitness.Right,
            ("it", MentionKind.Role) when !candidate.Plural => Fitness.Possible,
            ("they", MentionKind.Group or MentionKind.Organization) => Fitness.Right,
            ("they", MentionKind.Unnamed or MentionKind.Role) when candidate.Plural => Fitness.Right,
            ("they", MentionKind.Person) when gender == Gender.Unknown => Fitness.Possible,
            _ => Fitness.No,
        };
    }

    private enum Fitness
    {
        No,
        Possible,
        Right,
    }
}
