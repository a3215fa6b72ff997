using System.Text.Json;
using PluginHost.Host.Discovery;
using PluginHost.Host.Findings;
using PluginHost.Host.Pipeline;

namespace PluginHost.Host.Baselines;

/// <summary>
/// The findings a newsroom accepted when it adopted the tool on an archive (written by <see cref="BaselineWriter"/>):
/// a run with a baseline shows only the findings that are not in it. Articles are found by their path relative to
/// the baseline file's folder, so the baseline works from any working directory and in any clone; findings by their
/// <see cref="FindingKey"/>, so edits elsewhere in an article do not make its accepted findings new.
/// </summary>
public sealed class Baseline
{
    public const int FormatVersion = 1;

    private readonly Dictionary<string, Dictionary<FindingKey, int>> _articles;

    private Baseline(string folder, Dictionary<string, Dictionary<FindingKey, int>> articles)
    {
        Folder = folder;
        _articles = articles;
    }

    /// <summary>The folder article paths are relative to.</summary>
    public string Folder { get; }

    /// <summary>How many findings the baseline accepts, over all articles.</summary>
    public int Count => _articles.Values.Sum(a => a.Values.Sum());

    /// <summary>Reads a baseline file.</summary>
    /// <exception cref="BaselineException">The file is missing, unreadable, not a baseline, or of a later format.</exception>
    public static Baseline Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        BaselineDocument? document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonSerializer.Deserialize(stream, BaselineJsonContext.Default.BaselineDocument);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BaselineException($"{path}: error: the baseline file does not exist; write it with --write-baseline", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BaselineException($"{path}: error: the baseline file could not be read: {e.Message}", e);
        }
        catch (JsonException e)
        {
            var at = e.LineNumber is { } line ? $"({line + 1},{(e.BytePositionInLine ?? 0) + 1})" : string.Empty;
            throw new BaselineException($"{path}{at}: error: not a PluginHost baseline: {Reason(e)} at {e.Path ?? "$"}", e);
        }

        if (document is null)
        {
            throw new BaselineException($"{path}: error: not a PluginHost baseline: the file holds null");
        }

        if (document.Version != FormatVersion)
        {
            throw new BaselineException($"{path}: error: baseline format version {document.Version} is not one this PluginHost reads (it reads version {FormatVersion}); write it again with --write-baseline");
        }

        var articles = new Dictionary<string, Dictionary<FindingKey, int>>(StringComparer.Ordinal);
        foreach (var (article, entries) in document.Articles ?? throw Null(path, "$.articles"))
        {
            var counts = articles[article] = [];
            foreach (var (entry, index) in (entries ?? throw Null(path, $"$.articles['{article}']")).Select((e, i) => (e, i)))
            {
                var at = $"$.articles['{article}'][{index}]";
                var key = new FindingKey(
                    (entry ?? throw Null(path, at)).Rule ?? throw Null(path, at + ".rule"),
                    entry.Message ?? throw Null(path, at + ".message"),
                    entry.Text ?? throw Null(path, at + ".text"));
                counts[key] = counts.GetValueOrDefault(key) + Math.Max(entry.Count, 0);
            }
        }

        return new Baseline(Path.GetDirectoryName(Path.GetFullPath(path))!, articles);
    }

    private static BaselineException Null(string path, string at) => new($"{path}: error: not a PluginHost baseline: null at {at}");

    // System.Text.Json's messages name .NET types; people need the JSON's terms.
    private static string Reason(JsonException e) => e.Message switch
    {
        var m when m.Contains("could not be mapped", StringComparison.Ordinal) => "unknown property",
        var m when m.Contains("missing required properties", StringComparison.Ordinal) =>
            $"missing property {m[(m.IndexOf("including: ", StringComparison.Ordinal) + "including: ".Length)..].TrimEnd('.')}",
        var m when m.Contains("could not be converted", StringComparison.Ordinal) => "a value of the wrong type",
        _ => "malformed JSON",
    };

    /// <summary>The article's path as a baseline in <paramref name="folder"/> names it.</summary>
    public static string ArticlePath(string folder, ArticleSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Path.GetRelativePath(folder, source.FullPath).Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>The result without the findings the baseline accepts, and how many those were.</summary>
    public (ArticleResult Result, int Hidden) Apply(ArticleResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Source.IsFile || !_articles.TryGetValue(ArticlePath(Folder, result.Source), out var accepted))
        {
            return (result, 0);
        }

        var left = new FindingTally<FindingKey>(accepted);
        var kept = result.Diagnostics.Where(d => !left.TryTake(FindingKey.Of(d, result.Article?.Text))).ToList();
        return (result with { Diagnostics = kept }, result.Diagnostics.Count - kept.Count);
    }
}
