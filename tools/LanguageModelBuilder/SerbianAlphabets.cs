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
    /// <paramref name="line"/> spelt in <paramref name="alphabet"/>; null for a Latin line with a letter these languages
    /// do not write (q, w, x, y: a brand or an English term), which would come out of Cyrillic as nonsense.
    /// </summary>
    public static string? Spell(string line, Script alphabet)
    {
        var spelt = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var cyrillic = CyrillicLetters.IndexOf(line[i], StringComparison.Ordinal);
            if (alphabet == Script.Latin)
            {
                spelt.Append(cyrillic >= 0 ? LatinLetters[cyrillic] : line[i]);
            }
            else if ("qwxyQWXY".Contains(line[i], StringComparison.Ordinal))
            {
                return null;
            }
            else if (i + 1 < line.Length && CyrillicOf.TryGetValue(line.Substring(i, 2), out var digraph))
            {
                spelt.Append(digraph);
                i++;
            }
            else
            {
                spelt.Append(CyrillicOf.TryGetValue(line[i].ToString(), out var letter) ? letter : line[i]);
            }
        }

        return spelt.ToString();
    }
}
