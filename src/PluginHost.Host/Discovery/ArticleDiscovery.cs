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

    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    /// <summary>
    /// The articles the inputs name, in path order, and the inputs that name none. With a <paramref name="shard"/>,
    /// only the articles of that share are kept (and held in memory), and the inputs that name none are the first
    /// share's, so that shards report each of them once and in the order given.
    /// </summary>
    public DiscoveryResult Discover(IEnumerable<string> inputs, string workingDirectory, ArticleShard? shard = null)
    {
        shard ??= ArticleShard.Whole;
        var found = new Dictionary<string, ArticleSource>(StringComparer.Ordinal);
        var unmatched = new List<string>();
        foreach (var input in inputs)
        {
            var matched = false;
            foreach (var fullPath in Expand(input, workingDirectory))
            {
                matched = true;
                var display = Display(fullPath, workingDirectory);
                if (shard.Contains(display))
                {
                    found.TryAdd(fullPath, new ArticleSource(display, fullPath));
                }
            }

            if (!matched && shard.Index == 0)
            {
                unmatched.Add(input);
            }
        }

        return new DiscoveryResult([.. found.Values.OrderBy(a => a.DisplayPath, StringComparer.Ordinal)], unmatched);
    }

    public static bool IsArticle(string path) => Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Expand(string input, string workingDirectory)
    {
        var full = Path.GetFullPath(input, workingDirectory);
        if (File.Exists(full))
        {
            return [full];
        }

        if (Directory.Exists(full))
        {
            return Directory.EnumerateFiles(full, "*", Recursive).Where(IsArticle);
        }

        return IsGlob(input) ? ExpandGlob(input, workingDirectory) : [];
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
