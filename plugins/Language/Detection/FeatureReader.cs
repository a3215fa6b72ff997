using System.Globalization;

namespace Language.Detection;

/// <summary>
/// Reads a text as a language model sees it: words are runs of letters (with their combining marks), lower-cased,
/// each padded with a space either side, and give their character n-grams of one to <see cref="MaxOrder"/> letters
/// and the word itself. Web addresses, e-mail addresses, domain names and Markdown links' targets are no evidence of a
/// language and are skipped. The model builder and the detector both read text through here, so they count the same
/// things (the training text holds no Markdown). An n-gram is packed into one 64-bit number, its first character in the
/// lowest 16 bits. Text is read in UTF-16 code units: letters outside the Basic Multilingual Plane (rare CJK characters,
/// mathematical letters) are no letters here.
/// </summary>
internal static class FeatureReader
{
    public const int MaxOrder = 4;

    /// <summary>Longer letter runs are text in a script written without spaces; their words say nothing.</summary>
    public const int MaxWordLength = 24;

    // FNV-1a, 64 bits: stable across processes, unlike string.GetHashCode.
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    public static void Read<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, IFeatureSink, allows ref struct
    {
        var start = 0;
        var sentenceStart = true;
        while (start < text.Length)
        {
            var gap = start;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            // A line break, a tab or a wide gap parts a menu's items ("Del artiklen   Kopiér link"), as a full stop parts sentences.
            sentenceStart |= start - gap > 1 || text[gap..start].ContainsAny('\n', '\t');

            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var chunk = text[start..end];
            ReadChunk(chunk, ref sink, ref sentenceStart);
            sentenceStart |= EndsSentence(chunk);
            start = end;
        }
    }

    // A Markdown link's target ("[Economie](/economie/pret-vin)") is an address: the link's text is read, its target not.
    private static void ReadChunk<TSink>(ReadOnlySpan<char> chunk, ref TSink sink, ref bool sentenceStart)
        where TSink : struct, IFeatureSink, allows ref struct
    {
        var target = chunk.IndexOf("](", StringComparison.Ordinal);
        while (target >= 0)
        {
            ReadUnlessAddress(chunk[..target], ref sink, ref sentenceStart);
            chunk = chunk[(TargetEnd(chunk, target + 2) + 1)..];
            target = chunk.IndexOf("](", StringComparison.Ordinal);
        }

        ReadUnlessAddress(chunk, ref sink, ref sentenceStart);
    }

    // The index of the parenthesis that closes a link's target starting at the index, brackets inside it paired
    // ("/wiki/Foo_(band)"), or the chunk's last index when the chunk ends first.
    private static int TargetEnd(ReadOnlySpan<char> chunk, int start)
    {
        var depth = 0;
        for (var i = start; i < chunk.Length; i++)
        {
            if (chunk[i] == '(')
            {
                depth++;
            }
            else if (chunk[i] == ')' && depth-- == 0)
            {
                return i;
            }
        }

        return chunk.Length - 1;
    }

    private static void ReadUnlessAddress<TSink>(ReadOnlySpan<char> chunk, ref TSink sink, ref bool sentenceStart)
        where TSink : struct, IFeatureSink, allows ref struct
    {
        if (!IsAddress(chunk))
        {
            ReadWords(chunk, ref sink, ref sentenceStart);
        }
    }

    public static bool IsLetter(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>"https://…", "www.…", "name@host", "smi24.net": a dot between letters inside one chunk makes a domain.</summary>
    private static bool IsAddress(ReadOnlySpan<char> chunk)
    {
        if (chunk.Contains("://", StringComparison.Ordinal) || chunk.Contains('@'))
        {
            return true;
        }

        var trimmed = chunk.TrimEnd(".,;:!?)»\"”’'");
        var dot = trimmed.IndexOf('.');
        return dot > 0 && dot < trimmed.Length - 1 && char.IsLetterOrDigit(trimmed[dot - 1]) && char.IsLetter(trimmed[dot + 1]) && trimmed.Length - dot > 2;
    }

    // A capitalized word that does not start a sentence or a line is a name ("Yıldız", "Yalıbaşı"), or a German noun.
    private static void ReadWords<TSink>(ReadOnlySpan<char> chunk, ref TSink sink, ref bool sentenceStart)
        where TSink : struct, IFeatureSink, allows ref struct
    {
        var i = 0;
        while (i < chunk.Length)
        {
            if (!IsLetter(chunk[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < chunk.Length && IsLetter(chunk[end]))
            {
                end++;
            }

            sink.BeginWord(isName: char.IsUpper(chunk[i]) && !sentenceStart);
            sentenceStart = false;
            ReadWord(chunk[i..end], ref sink);
            i = end;
        }
    }

    private static void ReadWord<TSink>(ReadOnlySpan<char> word, ref TSink sink)
        where TSink : struct, IFeatureSink, allows ref struct
    {
        var window = 0UL;
        var hash = FnvOffset;
        var fed = 1;
        window = Feed(window, ' ');
        foreach (var letter in word)
        {
            sink.Letter(Scripts.Of(letter));
            var lower = LowerLetter(letter);
            hash = Hash(hash, lower);
            window = Feed(window, lower);
            fed++;
            Emit(window, fed, includeUnigram: true, ref sink);
        }

        window = Feed(window, ' ');
        fed++;
        Emit(window, fed, includeUnigram: false, ref sink);
        if (word.Length <= MaxWordLength)
        {
            sink.Word(hash, char.IsUpper(word[0]));
        }
    }

    // A chunk that ends with a sentence's last mark ("harbour.", "said:", "now?»", "morgen.“", "[the report.](/r)") ends
    // it, unless it is a title or an initial before a name ("Capt.", "J."); an item separator alone ("·", "|", "»") ends
    // an item. A dash does not: it parts the names of a route ("Vėjupė – Žuvėdrynas") as often as a menu's items.
    private static bool EndsSentence(ReadOnlySpan<char> chunk)
    {
        if (chunk.Length == 1 && chunk[0] is '·' or '|' or '•' or '/' or '›' or '>' or '»')
        {
            return true;
        }

        var text = chunk is [.., ')'] && chunk.LastIndexOf("](", StringComparison.Ordinal) is var target and >= 0 ? chunk[..target] : chunk;
        text = text.TrimEnd(")»«›\"”“’'*_]¹²³");
        return text is [.., '.' or '!' or '?' or ':' or '…' or '。' or '！' or '？'] && !IsTitleOrInitial(text[..^1].TrimStart("([\"“‘'*_"));
    }

    private static bool IsTitleOrInitial(ReadOnlySpan<char> word) =>
        word is [var initial] ? char.IsUpper(initial)
            : word is "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Mt" or "Fr" or "Rev" or "Prof" or "Capt" or "Gen" or "Col" or "Lt" or "Sgt"
                or "Cllr" or "Sen" or "Rep" or "Gov" or "Hon" or "Insp" or "Supt" or "Det" or "No" or "Jr" or "Sr";

    /// <summary>The hash <see cref="IFeatureSink.Word"/> gives a word made of letters only, such as a word of a list.</summary>
    public static ulong WordHash(ReadOnlySpan<char> word)
    {
        var hash = FnvOffset;
        foreach (var letter in word)
        {
            hash = Hash(hash, LowerLetter(letter));
        }

        return hash;
    }

    /// <summary>
    /// <see cref="char.ToLowerInvariant"/> of a letter (<see cref="IsLetter"/>), which asks ICU for every one outside
    /// ASCII: of letters, only capitals and title-case digraphs (<c>ǅ</c>) change, so every other one is its own lower
    /// case without asking. Not for other characters: <c>Ⅻ</c> and <c>Ⓐ</c> have lower cases too.
    /// </summary>
    public static char LowerLetter(char letter) =>
        char.IsAscii(letter) || char.GetUnicodeCategory(letter) is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter
            ? char.ToLowerInvariant(letter)
            : letter;

    private static ulong Hash(ulong hash, char lower) => (hash ^ lower) * FnvPrime;

    // The window holds the last four characters fed, the newest in the highest 16 bits.
    private static ulong Feed(ulong window, char c) => (window >> 16) | ((ulong)c << 48);

    private static void Emit<TSink>(ulong window, int fed, bool includeUnigram, ref TSink sink)
        where TSink : struct, IFeatureSink, allows ref struct
    {
        for (var order = includeUnigram ? 1 : 2; order <= Math.Min(fed, MaxOrder); order++)
        {
            sink.NGram(order, window >> (64 - (16 * order)));
        }
    }
}
