using PluginHost.Rules.Compilation;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Matching;

/// <summary>A literal word or phrase, compared token by token.</summary>
public sealed class PhraseNode(string[] tokens, bool caseSensitive) : PatternNode
{
    private readonly StringComparison _comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    internal override object? StartKey { get; } = (nameof(PhraseNode), string.Join(' ', tokens), caseSensitive);

    internal override bool StartsAlikeInEveryScope => tokens.Length == 1;

    public override bool MayStartAt(PatternMatcher matcher, int position) =>
        PhraseMatcher.Matches(matcher.Article, position, matcher.End, tokens, _comparison);

    internal override void MarkStarts(StartIndex index, bool[] starts)
    {
        foreach (var position in index.TokensByText.GetValueOrDefault(tokens[0]) ?? [])
        {
            starts[position] |= MayStartAt(index.WholeArticle, position);
        }
    }

    protected override IEnumerable<PatternNode> FindRequired() => [this];

    protected override bool MatchCore(PatternMatcher matcher, int position, Capture? captures, MatchContinuation next) =>
        MayStartAt(matcher, position) && next(position + tokens.Length, captures);
}
