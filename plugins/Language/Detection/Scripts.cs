namespace Language.Detection;

/// <summary>The script of a letter, by the Unicode blocks each script is written in.</summary>
internal static class Scripts
{
    // Blocks in code point order; a letter in none of them is of another script.
    private static readonly (char First, char Last, Script Script)[] Blocks =
    [
        ('\u0000', '\u024F', Script.Latin),
        ('\u0370', '\u03FF', Script.Greek),
        ('\u0400', '\u052F', Script.Cyrillic),
        ('\u0590', '\u05FF', Script.Hebrew),
        ('\u0600', '\u06FF', Script.Arabic),
        ('\u0750', '\u077F', Script.Arabic),
        ('\u0900', '\u097F', Script.Devanagari),
        ('\u0980', '\u09FF', Script.Bengali),
        ('\u0E00', '\u0E7F', Script.Thai),
        ('\u1100', '\u11FF', Script.Hangul),
        ('\u1E00', '\u1EFF', Script.Latin),
        ('\u1F00', '\u1FFF', Script.Greek),
        ('\u3040', '\u30FF', Script.Kana),
        ('\u3130', '\u318F', Script.Hangul),
        ('\u31F0', '\u31FF', Script.Kana),
        ('\u3400', '\u4DBF', Script.Han),
        ('\u4E00', '\u9FFF', Script.Han),
        ('\uAC00', '\uD7AF', Script.Hangul),
        ('\uF900', '\uFAFF', Script.Han),
        ('\uFB1D', '\uFB4F', Script.Hebrew),
        ('\uFB50', '\uFDFF', Script.Arabic),
        ('\uFE70', '\uFEFF', Script.Arabic),
        ('\uFF66', '\uFF9F', Script.Kana),
    ];

    public static Script Of(char letter)
    {
        foreach (var (first, last, script) in Blocks)
        {
            if (letter <= last)
            {
                return letter >= first ? script : Script.Other;
            }
        }

        return Script.Other;
    }
}
