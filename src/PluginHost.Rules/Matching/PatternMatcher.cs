using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Layers;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Matching;

/// <summary>
/// Runs a compiled pattern over the tokens of one scope by backtracking, leftmost match first, matches never
/// overlapping. Every node visit is a step; a scope that needs more than the budget is stopped, so a pattern
/// with nested repetitions cannot stall a run.
/// </summary>
public sealed class PatternMatcher
{
    public const int DefaultStepBudget = 200_000;

    private readonly int _budget;
    private readonly StartIndex? _starts;
    private int _steps;
    private LayerCache? _layers;

    /// <param name="view">The article and its layers.</param>
    /// <param name="scope">The tokens a match must lie within.</param>
    /// <param name="stepBudget">How many steps the scope may take before the search gives up.</param>
    /// <param name="starts">Where the required parts start in the article, when other scopes or patterns ask too.</param>
    public PatternMatcher(ArticleView view, Segment scope, int stepBudget = DefaultStepBudget, StartIndex? starts = null)
    {
        if (starts is not null && !ReferenceEquals(starts.View, view))
        {
            throw new ArgumentException("The start index is another article's or view's.", nameof(starts));
        }

        View = view;
        Scope = scope;
        _budget = stepBudget;
        _starts = starts;
    }

    public ArticleView View { get; }

    public Article Article => View.Article;

    public Segment Scope { get; }

    public int End => Scope.EndToken;

    /// <summary>The view's layer of that name, asked of the view once per article when there is an index, else once per scope.</summary>
    internal AnnotationLayer Layer(string name) => _starts is not null ? _starts.Layer(name) : (_layers ??= new LayerCache(View))[name];

    /// <summary>Every match in the scope, each the first that <paramref name="accept"/> takes at its leftmost start.</summary>
    public IEnumerable<PatternMatch> FindAll(PatternNode pattern, Func<PatternMatch, bool>? accept = null)
    {
        foreach (var required in pattern.Required)
        {
            if (!MayStartInScope(required))
            {
                yield break;
            }
        }

        var leader = _starts is null ? null : pattern.Leader;
        var startCounts = leader is null ? null : _starts!.StartCounts(leader);
        var start = Scope.FirstToken;
        while (start < End)
        {
            // The index passes over the tokens where the pattern cannot start; where it may, the scope decides, unless the
            // leader starts alike in every scope: then the index has answered for this one (and a pattern may start
            // wherever its leader may).
            var mayStart = (startCounts is null || startCounts[start + 1] > startCounts[start])
                && (leader is { StartsAlikeInEveryScope: true } || pattern.MayStartAt(this, start));
            var found = mayStart ? Find(pattern, start, accept) : null;
            if (found is null)
            {
                start++;
                continue;
            }

            yield return found;
            start = Math.Max(found.EndToken, start + 1);
        }
    }

    private PatternMatch? Find(PatternNode pattern, int start, Func<PatternMatch, bool>? accept)
    {
        PatternMatch? result = null;
        pattern.Match(this, start, null, (end, captures) =>
        {
            var candidate = new PatternMatch(start, end, captures);
            if (end == start || (accept is not null && !accept(candidate)))
            {
                return false;
            }

            result = candidate;
            return true;
        });
        return result;
    }

    private bool MayStartInScope(PatternNode node)
    {
        var counts = _starts?.StartCounts(node);
        if (counts is not null && (counts[End] == counts[Scope.FirstToken] || node.StartsAlikeInEveryScope))
        {
            return counts[End] > counts[Scope.FirstToken];
        }

        // Where the index says the part starts, the scope still decides (a phrase may run past its end).
        for (var position = Scope.FirstToken; position < End; position++)
        {
            if ((counts is null || counts[position + 1] > counts[position]) && node.MayStartAt(this, position))
            {
                return true;
            }
        }

        return false;
    }

    internal void Step()
    {
        if (++_steps > _budget)
        {
            throw new PatternBudgetExceededException(_budget);
        }
    }
}
