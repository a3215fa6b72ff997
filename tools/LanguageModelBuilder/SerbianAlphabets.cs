using System.Text;
using Language.Detection;

namespace LanguageModelBuilder;

/// <summary>
/// Serbian and Bosnian are written in Cyrillic and in Latin letters, letter for letter (Latin's lj, nj and dž are one
/// Cyrillic letter each), while most sources have them in one alphabet only (Bosnian's word list and emoji names are
/// Latin, Serbian's Firefox strings Cyrillic). Spelling a source in the other alphabet gives each alphabet's model the
/// same sources in the same shares: a model of the UDHR alone would otherwise win every UDHR-like text.
/// </summary>
internal static class SerbianAlphabets
{
    private const string CyrillicLetters = "абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ";

    private static readonly string[] LatinLetters =
    [
        "a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š",
        "A", "B", "V", "G", "D", "Đ", "E", "Ž", "Z", "I", "J", "K", "L", "Lj", "M", "N", "Nj", "O", "P", "R", "S", "T", "Ć", "U", "F", "H", "C", "Č", "Dž", "Š",
    ];

    private static readonly Dictionary<string, char> CyrillicOf = LatinLetters
        .Select((latin, i) => (Latin: latin, Cyrillic: CyrillicLetters[i]))
        .Concat<(string Latin, char Cyrillic)>([("LJ", 'Љ'), ("NJ", 'Њ'), ("DŽ", 'Џ')])
        .ToDictionary(p => p.Latin, p => p.Cyrillic, StringComparer.Ordinal);

    public static bool Writes(string language) => language is "sr" or "bs";

    /// <summary>
    /// <paramref name="line"/> spelt in <paramref name="alphabet"/>; null for a line with a letter these languages do not
    /// write (q, w, x, y, é: a brand or a foreign term; я, ы: Russian), which would come out of the other alphabet as
    /// nonsense. Latin lj, nj and dž are read as one letter each, also where a word joins two parts (injekcija): rare
    /// enough for training text.
    /// </summary>
    public static string? Spell(string line, Script alphabet)
    {
        var spelt = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (alphabet == Script.Latin)
            {
                var at = CyrillicLetters.IndexOf(c, StringComparison.Ordinal);
                if (at < 0 && char.IsLetter(c) && !CyrillicOf.ContainsKey(c.ToString()))
                {
                    return null;
                }

                spelt.Append(at >= 0 ? LatinLetters[at] : c);
            }
            else if (i + 1 < line.Length && CyrillicOf.TryGetValue(line.Substring(i, 2), out var digraph))
            {
                spelt.Append(digraph);
                i++;
            }
            else if (CyrillicOf.TryGetValue(c.ToString(), out var letter))
            {
                spelt.Append(letter);
            }
            else if (char.IsLetter(c) && !CyrillicLetters.Contains(c, StringComparison.Ordinal))
            {
                return null;
            }
            else
            {
                spelt.Append(c);
            }
        }

        return spelt.ToString();
    }
}
