using PluginHost.Sdk.Text;

namespace Quotes;

/// <summary>
/// Finds who an article mentions that could speak, sentence by sentence: runs of capitalised words (names of
/// people, groups, organizations and publications, with their titles), roles and unnamed sources built on a
/// role noun ("the company's chief executive", "a person familiar with the talks"), and the pronouns he, she,
/// it and they.
/// </summary>
public sealed class MentionScanner(MentionLexicon lexicon)
{
    private const int MostModifiers = 4;
    private const int LongestComplement = 8;
    private const int MostUnnamedWords = 3;

    private static readonly HashSet<string> Pronouns = new(["he", "she", "it", "they"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> NameParticles = new(["de", "du", "des", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "al", "bin", "ibn", "dos", "das", "ó", "ní", "nic", "mac", "ua", "uí", "ter", "ten"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> DefiniteDeterminers = new(["the", "his", "her", "its", "their", "our", "my", "your"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Conjunctions = new(["and", "or", "but", "that", "while", "as"], StringComparer.Ordinal);
    private static readonly HashSet<string> PluralWithoutS = new(["people", "men", "women", "police", "staff"], StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Mention> Scan(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var mentions = new List<Mention>();
        var text = new ScannedText(article);
        foreach (var sentence in article.Segments(SegmentKind.Sentence))
        {
            FindNames(text, sentence, mentions);
            FindRoles(text, sentence, mentions);
            FindUnnamedSources(text, sentence, mentions);
        }

        return [.. mentions.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length)];
    }

    private void FindNames(ScannedText text, Segment sentence, List<Mention> mentions)
    {
        var i = sentence.FirstToken;
        while (i < sentence.EndToken)
        {
            var word = text.WordAt(i);
            if (word is null)
            {
                i++;
                continue;
            }

            if (Pronouns.Contains(word))
            {
                mentions.Add(new Mention(text.Tokens[i].Span, word, MentionKind.Pronoun, false, Gender.Unknown, word.Equals("they", StringComparison.OrdinalIgnoreCase), word.ToLowerInvariant()));
                i++;
                continue;
            }

            var leadingThe = word == "The" && IsNameWord(text, i + 1, sentence);
            var runStart = leadingThe ? i + 1 : i;
            // A role that opens a sentence is capitalised without being a name ("Residents said…"), unless a name follows it.
            if (!IsNameWord(text, runStart, sentence)
                || (runStart == sentence.FirstToken && lexicon.Roles.Contains(word) && !lexicon.Titles.Contains(word) && !IsNameWord(text, runStart + 1, sentence)))
            {
                i++;
                continue;
            }

            var runEnd = NameEnd(text, runStart, sentence);
            mentions.Add(NameMention(text, leadingThe || PrecededByThe(text, runStart, sentence) ? runStart - 1 : runStart, runStart, runEnd));
            i = runEnd;
        }
    }

    private int NameEnd(ScannedText text, int start, Segment sentence)
    {
        var end = start + 1;
        while (end < sentence.EndToken)
        {
            var word = text.WordAt(end);
            if (IsNameWord(text, end, sentence))
            {
                end++;
            }
            else if (IsAdjacentSign(text, end, ".") && (lexicon.Titles.Contains(text.TextOf(end - 1) + ".")
                || lexicon.OrganizationWords.Contains(text.TextOf(end - 1) + ".")))
            {
                end++;
            }
            else if (IsSign(text, end, "&") && IsNameWord(text, end + 1, sentence))
            {
                end++;
            }
            else if (EndsNameWithYear(text, end, sentence))
            {
                return end + 1;
            }
            else if (IsAdjacentSign(text, end, "'") || IsAdjacentSign(text, end, "’"))
            {
                if (!IsNameWord(text, end + 1, sentence) || !text.TextOf(end - 1).EndsWith('s'))
                {
                    break;
                }

                end++;
            }
            else if (word is not null && IsNameWord(text, end + 1, sentence)
                && ((word is "of" or "for" && (HasOrganizationWord(text, start, end) || lexicon.Titles.Contains(text.TextOf(end - 1))))
                    || NameParticles.Contains(word)
                    || (word == "and" && end == start + 1 && (IsGivenName(text, start) || IsGivenName(text, end + 1)) && IsNameWord(text, end + 2, sentence))))
            {
                end++;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    // "Project 2025 called for…", "Agenda 2030 explicitly says…": a year closes a name (of a programme or an event, as an
    // organization's is, which "it" refers to) when what follows is what a speaker does: a verb of speech or naming, an
    // auxiliary or an adverb in -ly. Not a count ("Nearly 40 said") nor a year the sentence goes on from ("Voters gave
    // Agenda 2030 seats").
    private bool EndsNameWithYear(ScannedText text, int index, Segment sentence) =>
        IsYear(text, index) && index + 1 < sentence.EndToken && text.WordAt(index + 1) is { } next
        && (lexicon.SpeechVerbs.MatchAt(text.Article, index + 1, sentence.EndToken).Any() || lexicon.NamingVerbs.Contains(next)
            || lexicon.Auxiliaries.Contains(next) || next.EndsWith("ly", StringComparison.Ordinal));

    private static bool IsYear(ScannedText text, int index) =>
        text.Tokens[index].Kind == TokenKind.Number && text.TextOf(index) is [('1' or '2'), _, _, _] year && year.All(char.IsAsciiDigit);

    private Mention NameMention(ScannedText text, int start, int runStart, int end)
    {
        var isOrganization = HasOrganizationWord(text, runStart, end) || Enumerable.Range(runStart, end - runStart).Any(i => IsSign(text, i, "&")) || IsYear(text, end - 1);
        var isGroup = Enumerable.Range(runStart, end - runStart).Any(i => text.TextOf(i) == "and");
        var kind = isOrganization ? MentionKind.Organization : isGroup ? MentionKind.Group : MentionKind.Person;
        var first = kind == MentionKind.Organization ? start : runStart;
        var (name, possessive) = WithoutPossessive(text.TextOf(text.SpanOfTokens(first, end - first)));
        var key = kind == MentionKind.Person ? WithoutPossessive(text.TextOf(end - 1)).Name : KeyOf(name);
        var gender = kind == MentionKind.Person ? GenderOf(text, runStart, end) : Gender.Unknown;
        var givenName = kind == MentionKind.Person
            ? Enumerable.Range(runStart, end - 1 - runStart).Select(i => text.TextOf(i))
                .FirstOrDefault(word => char.IsLetter(word[0]) && !lexicon.Titles.Contains(word) && !lexicon.Titles.Contains(word + ".") && !NameParticles.Contains(word))
            : null;
        return new Mention(text.SpanOfTokens(first, end - first), name, kind, possessive, gender, isGroup, key.ToLowerInvariant(), givenName);
    }

    private void FindRoles(ScannedText text, Segment sentence, List<Mention> mentions)
    {
        var headEnd = sentence.FirstToken;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var headLength = RoleHeadLength(text, i, sentence);
            if (headLength == 0 || i < headEnd || RoleHeadLength(text, i + headLength, sentence) > 0)
            {
                continue;
            }

            headEnd = i + headLength;
            var (start, determiner) = RoleStart(text, i, sentence);

            // "the retired teacher Jonas Eckel", "union secretary Aurelio Banderas": the name that follows is who
            // the role describes; the description and the name are one mention, named by the name.
            if (IsNameWord(text, i + headLength, sentence))
            {
                if (mentions.FirstOrDefault(m => m.Kind == MentionKind.Person && m.Span.Start == text.Tokens[i + headLength].Span.Start) is { } described)
                {
                    mentions.Add(described with { Span = TextSpan.FromBounds(text.Tokens[start].Span.Start, described.Span.End) });
                }

                continue;
            }

            var plural = IsPlural(text.TextOf(i + headLength - 1));
            if (determiner is null && !plural && !IsPossessive(text.TextOf(start)))
            {
                continue;
            }

            var end = ComplementEnd(text, i + headLength, sentence);
            var unnamed = determiner is null ? !IsPossessive(text.TextOf(start)) : lexicon.UnnamedDeterminers.Contains(determiner);

            // "one of the officials", "two of the protesters": some of a group, unnamed.
            if (start - 2 >= sentence.FirstToken && text.WordAt(start - 1) == "of" && text.WordAt(start - 2) is { } part && lexicon.UnnamedDeterminers.Contains(part))
            {
                (start, unnamed, plural) = (start - 2, true, !part.Equals("one", StringComparison.OrdinalIgnoreCase));
            }

            var (name, possessive) = WithoutPossessive(text.TextOf(text.SpanOfTokens(start, end - start)));
            mentions.Add(new Mention(text.SpanOfTokens(start, end - start), name, unnamed ? MentionKind.Unnamed : MentionKind.Role, possessive, Gender.Unknown, plural, KeyOf(name)));
        }
    }

    // "One trustee, who…", "two bakers at the plant said", "what one customer called": someone unnamed whose noun
    // is not in the roles list, known by an unnamed determiner and by speaking (or being set off by a comma).
    private void FindUnnamedSources(ScannedText text, Segment sentence, List<Mention> mentions)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken - 1; i++)
        {
            if (text.WordAt(i) is not { } determiner || !lexicon.UnnamedDeterminers.Contains(determiner)
                || mentions.Any(m => m.Span.Start == text.Tokens[i].Span.Start))
            {
                continue;
            }

            var nounEnd = i + 1;
            while (nounEnd < sentence.EndToken && nounEnd - i <= MostUnnamedWords && text.WordAt(nounEnd) is { } word && IsPlainNoun(word))
            {
                nounEnd++;
            }

            var end = nounEnd > i + 1 ? ComplementEnd(text, nounEnd, sentence) : nounEnd;
            // A participle after the noun describes a thing ("a petition asking for…", "a letter saying…"); a person
            // unnamed speaks with a finite verb ("one trustee said").
            if (nounEnd == i + 1 || end >= sentence.EndToken || !(IsSign(text, end, ",") || text.WordAt(end) is { } next
                && !next.EndsWith("ing", StringComparison.Ordinal) && (lexicon.SpeechVerbs.Contains(next) || lexicon.NamingVerbs.Contains(next))))
            {
                continue;
            }

            var name = text.TextOf(text.SpanOfTokens(i, end - i));
            var noun = text.TextOf(nounEnd - 1);
            mentions.Add(new Mention(text.SpanOfTokens(i, end - i), name, MentionKind.Unnamed, false, lexicon.Things.Contains(noun) ? Gender.Neuter : Gender.Unknown, IsPlural(noun), KeyOf(name)));
        }
    }

    private static bool IsPlural(string noun)
    {
        var word = WithoutPossessive(noun).Name;
        return PluralWithoutS.Contains(word) || (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal));
    }

    private bool IsPlainNoun(string word) =>
        char.IsLower(word[0]) && !lexicon.NotNames.Contains(word) && !lexicon.SpeechVerbs.Contains(word) && !lexicon.NamingVerbs.Contains(word)
        && !lexicon.RoleComplements.Contains(word) && !lexicon.Auxiliaries.Contains(word) && !lexicon.UnnamedDeterminers.Contains(word);

    private static bool IsSign(ScannedText text, int index, string sign) =>
        index < text.Tokens.Count && text.Tokens[index].Kind != TokenKind.Word && text.TextOf(index) == sign;

    private int RoleHeadLength(ScannedText text, int index, Segment sentence)
    {
        // A role is lower case ("the mayor"), or an abbreviation in capitals ("the local MP").
        if (index >= sentence.EndToken || text.WordAt(index) is not { } word || (char.IsUpper(word[0]) && index != sentence.FirstToken && word.Any(char.IsLower)))
        {
            return 0;
        }

        var length = lexicon.Roles.MatchAt(text.Article, index, sentence.EndToken).FirstOrDefault();
        if (length > 0)
        {
            return length;
        }

        // "the minister's plan", "the museum's then-director"
        var head = WithoutPossessive(word).Name;
        return lexicon.Roles.Contains(head[(head.LastIndexOf('-') + 1)..]) ? 1 : 0;
    }

    // Walks left over modifiers ("senior", "health", "Hollin Green", "company's") to the determiner, if any.
    private (int Start, string? Determiner) RoleStart(ScannedText text, int head, Segment sentence)
    {
        var k = head - 1;
        for (var modifiers = 0; k >= sentence.FirstToken && modifiers <= MostModifiers; k--, modifiers++)
        {
            if (text.WordAt(k) is not { } word)
            {
                break;
            }

            if (DefiniteDeterminers.Contains(word) || lexicon.UnnamedDeterminers.Contains(word))
            {
                return (k, word);
            }

            if (lexicon.NotNames.Contains(word) || lexicon.SpeechVerbs.Contains(word) || lexicon.RoleComplements.Contains(word))
            {
                break;
            }
        }

        return (k + 1, null);
    }

    // Carries a role on over what describes it: "familiar with the talks", "of the district office", "who voted for closure".
    private int ComplementEnd(ScannedText text, int end, Segment sentence)
    {
        var complement = lexicon.RoleComplements.MatchAt(text.Article, end, sentence.EndToken).FirstOrDefault();
        if (complement == 0)
        {
            return end;
        }

        var stop = end + complement;
        while (stop < sentence.EndToken && stop - end < LongestComplement + complement
            && (text.WordAt(stop) is { } word
                ? !IsSpeechVerb(text, stop) && !Conjunctions.Contains(word) && !lexicon.Auxiliaries.Contains(word)
                : IsAdjacentSign(text, stop, "’") || IsAdjacentSign(text, stop, "'")))
        {
            stop++;
        }

        return stop > end + complement ? stop : end;
    }

    // "the ruling group", "a warning sign": after a determiner, a speech verb's form is a noun or an adjective.
    private bool IsSpeechVerb(ScannedText text, int index) =>
        text.WordAt(index) is { } word && lexicon.SpeechVerbs.Contains(word)
        && !(index > 0 && text.WordAt(index - 1) is { } before && (DefiniteDeterminers.Contains(before) || lexicon.UnnamedDeterminers.Contains(before)));

    // The last word of a longer name is the surname, which tells nothing of sex: "Elizabeth Warren".
    private Gender GenderOf(ScannedText text, int start, int end)
    {
        for (var i = start; i < (end - start > 1 ? end - 1 : end); i++)
        {
            var word = text.TextOf(i);
            if (lexicon.FemaleTitles.Contains(word) || lexicon.FemaleNames.Contains(word))
            {
                return Gender.Female;
            }

            if (lexicon.MaleTitles.Contains(word) || lexicon.MaleNames.Contains(word))
            {
                return Gender.Male;
            }
        }

        return Gender.Unknown;
    }

    // Words in capitals ("PORT ALMERY —", a sign reading "CLOSED") are datelines and shouting, not names.
    private bool IsNameWord(ScannedText text, int index, Segment sentence) =>
        index < sentence.EndToken && text.WordAt(index) is { } word && char.IsUpper(word[0]) && !lexicon.NotNames.Contains(word)
        && (word.Length < 4 || word.Any(char.IsLower));

    private bool IsGivenName(ScannedText text, int index) =>
        text.WordAt(index) is { } word && (lexicon.FemaleNames.Contains(word) || lexicon.MaleNames.Contains(word));

    private bool HasOrganizationWord(ScannedText text, int start, int end) =>
        Enumerable.Range(start, end - start).Any(i => lexicon.OrganizationWords.Contains(WithoutPossessive(text.TextOf(i)).Name));

    private static bool PrecededByThe(ScannedText text, int index, Segment sentence) =>
        index > sentence.FirstToken && text.TextOf(index - 1) == "the";

    private static bool IsAdjacentSign(ScannedText text, int index, string sign) =>
        index > 0 && index < text.Tokens.Count && text.Tokens[index].Kind != TokenKind.Word
        && text.TextOf(index) == sign && text.Tokens[index - 1].Span.End == text.Tokens[index].Span.Start;

    private static bool IsPossessive(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase);

    private static (string Name, bool Possessive) WithoutPossessive(string text) =>
        IsPossessive(text) ? (text[..^2], true) : (text, false);

    private static string KeyOf(string name) =>
        (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name).ToLowerInvariant();
}
