namespace Language.Detection;

/// <summary>A language and how sure the detector is that a text is written in it (0 to 1).</summary>
internal sealed record LanguageScore(string Language, double Confidence);
