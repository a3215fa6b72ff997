using Language.Detection;
using PluginHost.Sdk.Text;

namespace Language;

/// <summary>
/// Adjacent lines in the article's language, or adjacent lines in other languages (a foreign block, read again as
/// a whole), from the first to the last line whose language was read; with the lines' letters, and the sum of
/// each line's confidence times its letters, and the scripts the lines are mainly written in.
/// </summary>
internal sealed record LineBlock(TextSpan Span, int Letters, bool IsForeign, double WeightedConfidence, Script Scripts)
{
    /// <summary>The lines' confidence, each weighed by its letters.</summary>
    public double Confidence => Letters == 0 ? 0 : WeightedConfidence / Letters;
}
