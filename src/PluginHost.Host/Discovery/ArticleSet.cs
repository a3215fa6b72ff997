using System.Collections;

namespace PluginHost.Host.Discovery;

/// <summary>
/// The articles of a run, counted when found and read from the folders again, in path order, each time they are
/// enumerated, so that their paths are never all in memory at once; and the inputs that named none.
/// </summary>
public sealed class ArticleSet(Func<IEnumerable<ArticleSource>> articles, int count, IReadOnlyList<string> unmatchedInputs) : IEnumerable<ArticleSource>
{
    /// <summary>How many articles there were when they were found; a file added or removed since changes what is read, not this.</summary>
    public int Count { get; } = count;

    public IReadOnlyList<string> UnmatchedInputs { get; } = unmatchedInputs;

    public IEnumerator<ArticleSource> GetEnumerator() => articles().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
