namespace Language.Detection;

/// <summary>
/// What the detector says of a text: its language and the confidence, or no language (undetermined) and why. The
/// ranking lists the likeliest languages it weighed (at most <see cref="LanguageDetector.RankingLength"/>), most
/// likely first, also when it gave no answer; letters counts the evidence, and scripts are the text's main scripts.
/// </summary>
internal sealed record LanguageGuess(string? Language, double Confidence, IReadOnlyList<LanguageScore> Ranking, string? Undetermined, int Letters, Script Scripts = Script.None)
{
    public bool IsDetermined => Language is not null;

    public static LanguageGuess Unknown(string reason, int letters, IReadOnlyList<LanguageScore>? ranking = null, Script scripts = Script.None) => new(null, 0, ranking ?? [], reason, letters, scripts);
}
