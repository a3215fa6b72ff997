using System.Buffers;

namespace Boilerplate.Classification;

/// <summary>
/// Reads a rule file's pattern as its top-level alternatives, and each alternative's gate: a lookahead at its start
/// for a phrase anywhere in the line, <c>^(?=[^\n]*?phrase)</c> or <c>^(?=[^\n]*?(?i:one|other))</c>, which the rule
/// files put before an alternative that looks for words anywhere in a line. The regular expression engine looks for
/// such a phrase letter by letter, which made a few alternatives most of the plugin's time; <see cref="GatedPattern"/>
/// looks for every gate's phrases at once, with a vectorized search, and tries an alternative only where its phrase
/// stands.
/// </summary>
internal static class PatternGates
{
    /// <summary>The most phrases a gate spells out (a gate of groups multiplies them: "(?:Give|Donate) (?:now|today)").</summary>
    private const int MaxPhrases = 64;

    private const string GateStart = @"^(?=[^\n]*";

    private static readonly SearchValues<char> OptionLetters = SearchValues.Create("imnsxIMNSX+-");

    /// <summary>
    /// The pattern's top-level alternatives, each a pattern that matches where the whole matched through it; or null
    /// where taking it apart could change what it matches or is not read here: an inline option (<c>(?i)</c>), a
    /// backreference, a conditional or a balancing group reaches across alternatives, and a comment, free-spacing mode or
    /// a class subtraction could hide a bar or a parenthesis.
    /// </summary>
    public static IReadOnlyList<string>? Alternatives(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return Bars(pattern, 0) is { End: var end } bars && end == pattern.Length
            ? [.. bars.At.Prepend(-1).Zip(bars.At.Append(pattern.Length), (from, to) => pattern[(from + 1)..to])]
            : null;
    }

    /// <summary>
    /// The phrases of the alternative's gate, one of which (in any letter case) every line it matches holds; null when
    /// it opens with no gate, or with one whose phrases are too common to tell lines apart (one ASCII character). A
    /// gate's phrase is read up to its first construct that is not literal text: letters, escaped punctuation, a letter
    /// in both cases (<c>[Uu]</c>), a class of symbols (<c>[■▪◆□]</c>), and groups of literal alternatives.
    /// </summary>
    public static IReadOnlyList<string>? Phrases(string alternative)
    {
        ArgumentNullException.ThrowIfNull(alternative);
        if (!alternative.StartsWith(GateStart, StringComparison.Ordinal))
        {
            return null;
        }

        // A bar inside the lookahead makes its phrase one choice among others: "(?=[^\n]*?Subscribe|Join)".
        if (Bars(alternative, "^(?=".Length) is not { At.Count: 0 })
        {
            return null;
        }

        var at = GateStart.Length;
        at += at < alternative.Length && alternative[at] == '?' ? 1 : 0;
        List<string> phrases = [string.Empty];
        while (Atom(alternative, at) is { } atom && !IsQuantifier(alternative, atom.End) && phrases.Count * atom.Texts.Count <= MaxPhrases)
        {
            phrases = [.. phrases.SelectMany(p => atom.Texts.Select(t => p + t))];
            at = atom.End;
        }

        return phrases.All(p => p.Length >= 2 || (p.Length == 1 && !char.IsAscii(p[0]))) ? phrases : null;
    }

    // The literal text at the index, as its alternatives, and where it ends: one character, or a group of literal
    // alternatives ("(?:a|b)", "(?i:a|b)"); null at any other construct.
    private static (IReadOnlyList<string> Texts, int End)? Atom(string pattern, int at)
    {
        if (at >= pattern.Length)
        {
            return null;
        }

        foreach (var opening in (string[])["(?:", "(?i:"])
        {
            if (string.CompareOrdinal(pattern, at, opening, 0, opening.Length) == 0)
            {
                return Group(pattern, at + opening.Length);
            }
        }

        if (pattern[at] == '[' && Symbols(pattern, at) is { } symbols)
        {
            return symbols;
        }

        return Character(pattern, at) is { } character ? ([character.Text], character.End) : null;
    }

    // A class of symbols outside ASCII ("[■▪◆□]"), each a phrase of its own: no range, negation or escape, and no half of a
    // surrogate pair (a class takes each half for a character of its own).
    private static (IReadOnlyList<string> Texts, int End)? Symbols(string pattern, int at)
    {
        var end = pattern.IndexOf(']', at + 1);
        return end > at + 1 && pattern.AsSpan(at + 1, end - at - 1) is var members && !members.ContainsAnyInRange('\u0000', '\u007F') && !members.ContainsAnyInRange('\uD800', '\uDFFF')
            ? ([.. members.ToArray().Select(c => c.ToString())], end + 1)
            : null;
    }

    private static (IReadOnlyList<string> Texts, int End)? Group(string pattern, int at)
    {
        var texts = new List<string>();
        var text = new System.Text.StringBuilder();
        while (at < pattern.Length)
        {
            if (pattern[at] is '|' or ')')
            {
                texts.Add(text.ToString());
                text.Clear();
                if (pattern[at++] == ')')
                {
                    return texts.All(t => t.Length > 0) ? (texts, at) : null;
                }

                continue;
            }

            if (Character(pattern, at) is not { } character || IsQuantifier(pattern, character.End))
            {
                return null;
            }

            text.Append(character.Text);
            at = character.End;
        }

        return null;
    }

    // One literal character: a plain one, escaped punctuation ("\.", "\["), or an ASCII letter in both cases ("[Uu]"; the
    // engine's case-folding pairs a few other letters with ones the search would not find: "[ẞß]").
    private static (string Text, int End)? Character(string pattern, int at)
    {
        var c = pattern[at];
        if (c == '\\')
        {
            return at + 1 < pattern.Length && !char.IsLetterOrDigit(pattern[at + 1]) ? (pattern[at + 1].ToString(), at + 2) : null;
        }

        if (c == '[')
        {
            return at + 3 < pattern.Length && pattern[at + 3] == ']' && char.IsAsciiLetter(pattern[at + 1]) && char.IsAsciiLetter(pattern[at + 2]) && pattern[at + 1] != pattern[at + 2]
                && char.ToLowerInvariant(pattern[at + 1]) == char.ToLowerInvariant(pattern[at + 2])
                ? (pattern[at + 1].ToString(), at + 4)
                : null;
        }

        return c is '.' or '$' or '^' or '(' or ')' or '|' or '?' or '*' or '+' or '{' ? null : (c.ToString(), at + 1);
    }

    // A quantifier after an atom makes it optional or repeated: the phrase ends before it.
    private static bool IsQuantifier(string pattern, int at) => at < pattern.Length && pattern[at] is '?' or '*' or '+' or '{';

    // The bars at the top level of the group that starts at the index (or of the whole pattern, from 0), and where it
    // ends: at its closing parenthesis, or at the pattern's end; null for what Alternatives does not take apart.
    private static (IReadOnlyList<int> At, int End)? Bars(string pattern, int from)
    {
        var bars = new List<int>();
        var depth = 0;
        for (var i = from; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\' when i + 1 < pattern.Length && (pattern[i + 1] is >= '1' and <= '9' or 'k' or '<' or '\''):
                    return null;
                case '\\':
                    i++;
                    break;
                case '[':
                    if (ClassEnd(pattern, i) is not { } end)
                    {
                        return null;
                    }

                    i = end;
                    break;
                case '(' when ReachesAcross(pattern, i):
                    return null;
                case '(':
                    depth++;
                    break;
                case ')' when depth == 0:
                    return (bars, i);
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    bars.Add(i);
                    break;
            }
        }

        return (bars, pattern.Length);
    }

    // The index of the bracket that closes the character class opening at the index, or null for a class subtraction
    // ("[a-z-[aeiou]]") or one left open. A bracket right after the opening (or "[^") is a literal one.
    private static int? ClassEnd(string pattern, int open)
    {
        var i = open + 1;
        i += i < pattern.Length && pattern[i] == '^' ? 1 : 0;
        i += i < pattern.Length && pattern[i] == ']' ? 1 : 0;
        for (; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[' when pattern[i - 1] == '-':
                    return null;
                case ']':
                    return i;
            }
        }

        return null;
    }

    // "(?i)", "(?-i)", "(?I)", "(?+i)": options for the rest of the enclosing group, its later alternatives too; "(?x:" and "(?#": spaces
    // and comments that may hold a bar; "(?(": a conditional, which may test a group of another alternative; "(?<a-b>",
    // "(?'a-b'": a balancing group, likewise.
    private static bool ReachesAcross(string pattern, int open)
    {
        if (open + 2 >= pattern.Length || pattern[open + 1] != '?')
        {
            return false;
        }

        var rest = pattern.AsSpan(open + 2);
        if (rest[0] is '#' or '(')
        {
            return true;
        }

        if (rest[0] is '<' or '\'' && rest.Length > 1 && rest[1] is not ('=' or '!') && rest[1..].IndexOfAny('>', '\'') is var close and >= 0 && rest[1..(close + 1)].Contains('-'))
        {
            return true;
        }

        var options = rest[..(rest.IndexOfAnyExcept(OptionLetters) is var after and >= 0 ? after : rest.Length)];
        return !options.IsEmpty && (options.Length == rest.Length || rest[options.Length] == ')' || options.ContainsAny('x', 'X'));
    }
}
