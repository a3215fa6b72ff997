namespace Boilerplate.Classification;

/// <summary>
/// A row of buttons whose spaces a copy lost ("ShareFacebookXWhatsAppEmail", "Comments (3)Join the conversation"):
/// the line is cut where a small letter or a closing bracket runs into a capital, or a capital into a capitalized
/// word ("XWhatsApp"), and some choice of those cuts must leave every piece listed, so "WhatsApp" is one piece, not
/// "Whats" and "App". A story's line with such a cut ("McDonald's", "iPhone") leaves a piece no list names.
/// </summary>
internal static class GluedButtons
{
    // A row of buttons is short; a longer line (a picture's data address has thousands of cuts) is not searched.
    private const int LongestRow = 120;
    private const int MostCuts = 12;

    /// <summary>The category <paramref name="match"/> gives the row's first button, or null when the line is no such row.</summary>
    public static string? Category(string line, int mostWords, Func<string, string?> match)
    {
        if (line.Length > LongestRow || LineText.WordsOfLine(line) > mostWords)
        {
            return null;
        }

        // The line's start, then each cut.
        var cuts = new List<int> { 0 };
        for (var i = 1; i < line.Length && cuts.Count <= MostCuts + 1; i++)
        {
            if (IsCut(line, i))
            {
                cuts.Add(i);
            }
        }

        if (cuts.Count == 1 || cuts.Count > MostCuts + 1)
        {
            return null;
        }

        // first[k]: the category of the first piece of a parting of the line up to cut k into listed pieces.
        cuts.Add(line.Length);
        var first = new string?[cuts.Count];
        for (var end = 1; end < cuts.Count; end++)
        {
            for (var start = 0; start < end && first[end] is null; start++)
            {
                if ((start == 0 || first[start] is not null) && match(line[cuts[start]..cuts[end]]) is { } category)
                {
                    first[end] = start == 0 ? category : first[start];
                }
            }
        }

        return first[^1];
    }

    private static bool IsCut(string line, int at) =>
        char.IsUpper(line[at])
        && (char.IsLower(line[at - 1]) || line[at - 1] == ')' || (char.IsUpper(line[at - 1]) && at + 1 < line.Length && char.IsLower(line[at + 1])));
}
