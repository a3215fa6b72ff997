using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Layers;

namespace PluginHost.Rules.Matching;

/// <summary>
/// Where each part that patterns require (<see cref="PatternNode.Required"/>) may start in one article, worked out
/// once over the whole article and then asked of every scope and every pattern that needs the same part: a plugin's
/// patterns share their verbs, layers and token classes, and asking each of them again, scope by scope and token by
/// token, cost more than the matching itself. The answers hold for the layers as they are when asked: a plugin that
/// publishes a layer must <see cref="Clear"/> the index. An index may say a part starts where, within a sentence, it
/// cannot (a phrase that runs past the sentence's end): the matcher checks each start it is given in its own scope,
/// unless the part starts alike in every scope (<see cref="PatternNode.StartsAlikeInEveryScope"/>).
/// One plugin's run over one article uses it, from one thread.
/// </summary>
public sealed class StartIndex(ArticleView view)
{
    private readonly Dictionary<PatternNode, int[]> _byNode = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, int[]> _byPart = [];
    private readonly LayerCache _layers = new(view);
    private PatternMatcher? _wholeArticle;
    private Dictionary<string, List<int>>? _tokensByText;

    public ArticleView View => view;

    /// <summary>The whole article as a scope, for asking a node where it may start.</summary>
    internal PatternMatcher WholeArticle => _wholeArticle ??= new PatternMatcher(view, view.Article.Whole, starts: this);

    /// <summary>The article's tokens by their text, letter case aside: where a word's tokens are, without asking every token.</summary>
    internal IReadOnlyDictionary<string, List<int>> TokensByText => _tokensByText ??= IndexTokens();

    /// <summary>The view's layer of that name, read once until the index is cleared.</summary>
    internal AnnotationLayer Layer(string name) => _layers[name];

    /// <summary>Whether the node may start at a token from <paramref name="first"/> up to, not including, <paramref name="end"/>.</summary>
    public bool MayStartIn(PatternNode node, int first, int end)
    {
        ArgumentNullException.ThrowIfNull(node);
        var counts = StartCounts(node);
        return counts[end] > counts[first];
    }

    /// <summary>Marks the tokens where the node may start, as worked out once for every node that asks.</summary>
    internal void MarkStartsOf(PatternNode node, bool[] starts)
    {
        var before = StartCounts(node);
        for (var position = 0; position < starts.Length; position++)
        {
            starts[position] |= before[position + 1] > before[position];
        }
    }

    /// <summary>Forgets every answer: the layers changed.</summary>
    public void Clear()
    {
        _byNode.Clear();
        _byPart.Clear();
        _layers.Clear();
        _wholeArticle = null;
    }

    /// <summary>
    /// For each token, and one past the last, how many tokens before it the node may start at. A node asked with the
    /// whole article as its scope may start wherever it may start within a narrower one (and also where a phrase would
    /// cross the narrower scope's end): the index may let a scope or a token through that holds no match, never the
    /// other way round.
    /// </summary>
    internal int[] StartCounts(PatternNode node)
    {
        if (_byNode.TryGetValue(node, out var before))
        {
            return before;
        }

        var key = node.StartKey;
        if (key is null || !_byPart.TryGetValue(key, out before))
        {
            var starts = new bool[view.Article.Tokens.Count];
            node.MarkStarts(this, starts);
            before = new int[starts.Length + 1];
            for (var position = 0; position < starts.Length; position++)
            {
                before[position + 1] = before[position] + (starts[position] ? 1 : 0);
            }

            if (key is not null)
            {
                _byPart.Add(key, before);
            }
        }

        _byNode.Add(node, before);
        return before;
    }

    private Dictionary<string, List<int>> IndexTokens()
    {
        var article = view.Article;
        var index = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var position = 0; position < article.Tokens.Count; position++)
        {
            var text = article.CharsOf(article.Tokens[position].Span);
            if (!lookup.TryGetValue(text, out var positions))
            {
                lookup[text] = positions = [];
            }

            positions.Add(position);
        }

        return index;
    }
}
