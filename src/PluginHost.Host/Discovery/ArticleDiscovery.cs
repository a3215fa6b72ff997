using Microsoft.Extensions.FileSystemGlobbing;

namespace PluginHost.Host.Discovery;

/// <summary>
/// Turns the command line's inputs into article files: a file is taken as given, a folder is searched
/// recursively for .txt and .md files, and a glob (<c>articles/**/*.md</c>) matches from its fixed prefix.
/// Symbolic links to folders are not followed, so link loops end; unreadable folders are passed over.
/// </summary>
public sealed class ArticleDiscovery
{
    public static readonly string[] Extensions = [".txt", ".md", ".markdown"];

    private static readonly EnumerationOptions InFolder = new()
    {
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    /// <summary>
    /// The articles the inputs name, in path order, and the inputs that name none. With a <paramref name="shard"/>,
    /// only the articles of that share are kept, and the inputs that name none are the first share's, so that shards
    /// report each of them once and in the order given.
    /// </summary>
    public DiscoveryResult Discover(IEnumerable<string> inputs, string workingDirectory, ArticleShard? shard = null)
    {
        var found = Find(inputs, workingDirectory, shard);
        return new DiscoveryResult([.. found], found.UnmatchedInputs);
    }

    /// <summary>
    /// The same articles as <see cref="Discover"/>, without holding their paths: they are counted once here and read
    /// from the folders again, in the same order, each time the set is enumerated. This is what keeps a run's memory
    /// the same for an archive of any size.
    /// </summary>
    public ArticleSet Find(IEnumerable<string> inputs, string workingDirectory, ArticleShard? shard = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var given = inputs.ToList();
        shard ??= ArticleShard.Whole;
        IEnumerable<ArticleSource> Articles(bool[] matched) =>
            Merged([.. given.Select(input => Expand(input, workingDirectory).Select(full => new ArticleSource(Display(full, workingDirectory), full)))], matched)
                .Where(a => shard.Contains(a.DisplayPath));

        var matched = new bool[given.Count];
        var count = Articles(matched).Count();
        var unmatched = shard.Index == 0 ? given.Where((_, i) => !matched[i]).ToList() : [];
        return new ArticleSet(() => Articles(new bool[given.Count]), count, unmatched);
    }

    public static bool IsArticle(string path) => Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    // Each input's files in path order: a folder walked in order (a folder sorts as its name and a separator, so
    // that the walk gives the order of the whole paths as reports show them), a glob's few matches sorted.
    private static IEnumerable<string> Expand(string input, string workingDirectory)
    {
        var full = Path.GetFullPath(input, workingDirectory);
        if (File.Exists(full))
        {
            return [full];
        }

        if (Directory.Exists(full))
        {
            return Walk(full);
        }

        return IsGlob(input) ? ExpandGlob(input, workingDirectory).Order(StringComparer.Ordinal) : [];
    }

    private static IEnumerable<string> Walk(string folder)
    {
        List<(string Key, FileSystemInfo Entry)> entries;
        try
        {
            entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", InFolder).Select(e => (e is DirectoryInfo ? e.Name + Path.DirectorySeparatorChar : e.Name, e))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Removed or closed to us since its parent was listed: passed over like an unreadable folder.
            yield break;
        }

        foreach (var (_, entry) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (entry is DirectoryInfo)
            {
                foreach (var file in Walk(entry.FullName))
                {
                    yield return file;
                }
            }
            else if (IsArticle(entry.Name))
            {
                yield return entry.FullName;
            }
        }
    }

    // Several inputs' files in one path order, each file once (an input inside another names its files twice);
    // matched[i] tells whether input i named any file.
    private static IEnumerable<ArticleSource> Merged(IEnumerable<ArticleSource>[] inputs, bool[] matched)
    {
        var cursors = inputs.Select((articles, input) => (Input: input, Articles: articles.GetEnumerator())).ToList();
        try
        {
            var live = cursors.Where(c => c.Articles.MoveNext()).ToList();
            string? last = null;
            while (live.Count > 0)
            {
                var first = live.MinBy(c => c.Articles.Current.DisplayPath, StringComparer.Ordinal);
                var source = first.Articles.Current;
                matched[first.Input] = true;
                if (source.FullPath != last)
                {
                    yield return source;
                    last = source.FullPath;
                }

                if (!first.Articles.MoveNext())
                {
                    live.Remove(first);
                }
            }
        }
        finally
        {
            cursors.ForEach(c => c.Articles.Dispose());
        }
    }

    private static IEnumerable<string> ExpandGlob(string glob, string workingDirectory)
    {
        var normalized = glob.Replace('\\', '/');
        var segments = normalized.Split('/');
        var fixedCount = segments.TakeWhile(s => !IsGlob(s)).Count();
        var root = Path.GetFullPath(fixedCount == 0 ? "." : string.Join('/', segments[..fixedCount]) + "/", workingDirectory);
        if (!Directory.Exists(root))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments[fixedCount..]));
        return matcher.GetResultsInFullPath(root).Where(IsArticleOrExplicit(normalized));
    }

    // A glob that names an extension takes what it names; one that does not takes articles only.
    private static Func<string, bool> IsArticleOrExplicit(string glob) =>
        Path.GetExtension(glob) is { Length: > 1 } extension && !IsGlob(extension) ? _ => true : IsArticle;

    private static bool IsGlob(string text) => text.IndexOfAny(['*', '?', '[', '{']) >= 0;

    private static string Display(string fullPath, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
