using System.CommandLine;
using System.Globalization;
using System.Threading.Channels;
using Humanizer;
using PluginHost.Host;
using PluginHost.Host.Discovery;
using PluginHost.Host.Reporting;
using PluginHost.Cli.Watching;
using PluginHost.Host.Watching;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Cli.Commands;

/// <summary>
/// <c>pluginhost watch PATH...</c>: analyze the articles, then again whenever an article, a rule file, a severity
/// configuration or a plugin changes, and print only the findings that appeared or went away.
/// </summary>
internal sealed class WatchCommand(HostSessionFactory sessions, ArticleDiscovery discovery, CliConsole console)
{
    /// <summary>How long to wait for an editor's or a build's burst of file events to end before analyzing.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(250);

    private readonly CommonOptions _common = new();

    private readonly Argument<string[]> _paths = CommonOptions.Paths("Articles (.txt, .md), folders searched recursively, or globs to watch.");

    public Command Build()
    {
        var command = new Command("watch", "Analyze articles, then again whenever they, the rule files or the plugins change, printing only what changed. Ctrl+C stops.");
        command.Arguments.Add(_paths);
        _common.AddTo(command, runsPlugins: true);
        command.SetAction((result, token) => RunAsync(result, token));
        return command;
    }

    private async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        // A changed file's full path, or null when everything must be read again: a plugin was rebuilt, or a
        // watcher lost events.
        var events = Channel.CreateUnbounded<string?>();
        var options = _common.Read(result) with { PluginsRebuilt = () => events.Writer.TryWrite(null) };
        var paths = result.GetValue(_paths)!;
        var workingDirectory = Directory.GetCurrentDirectory();
        using var watch = new WatchSession(() => sessions.Create(options));
        console.Errors(watch.Session.AllErrors);
        var found = discovery.Discover(paths, workingDirectory);
        foreach (var pattern in found.UnmatchedInputs)
        {
            Console.Error.WriteLine($"{pattern}: no article matches yet; new ones will be analyzed as they appear");
        }

        foreach (var change in watch.Analyze(found.Articles))
        {
            foreach (var diagnostic in change.Added)
            {
                Console.WriteLine(TextReportWriter.Format(diagnostic));
            }
        }

        using var watchers = new FileWatchers(Roots(paths, options, watch.Session, workingDirectory), path => events.Writer.TryWrite(path));
        Console.Error.WriteLine($"Watching {"article".ToQuantity(found.Articles.Count, "N0", CultureInfo.InvariantCulture)}, their rules and plugins; press Ctrl+C to stop.");
        try
        {
            while (await events.Reader.WaitToReadAsync(cancellationToken))
            {
                await Task.Delay(Settle, cancellationToken);
                var batch = new List<string?>();
                while (events.Reader.TryRead(out var path))
                {
                    batch.Add(path);
                }

                Update(watch, batch, paths, options, workingDirectory);
            }
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Stopped watching.");
        }

        return ExitCodes.Success;
    }

    private void Update(WatchSession watch, List<string?> batch, string[] paths, HostOptions options, string workingDirectory)
    {
        var stamp = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (batch.Any(path => path is null || IsSetUp(path, options)))
        {
            var reload = watch.Reload(pluginsRebuilt: batch.Contains(null));
            if (reload.Applied)
            {
                Console.Error.WriteLine($"[{stamp}] Rules and plugins read again: {"rule".ToQuantity(watch.Session.Rules.AllRules.Count(), "N0", CultureInfo.InvariantCulture)}.");
                console.Errors(reload.Errors);
                Print(stamp, reload.Changes);
            }
            else
            {
                Console.Error.WriteLine($"[{stamp}] The new rules have errors; the last good ones stay in use until they are fixed:");
                console.Errors(reload.Errors);
            }
        }

        var now = discovery.Discover(paths, workingDirectory).Articles;
        var known = watch.Articles.Select(a => a.DisplayPath).ToHashSet(StringComparer.Ordinal);
        var touched = batch.OfType<string>().ToHashSet(StringComparer.Ordinal);
        var changes = watch.Analyze(now.Where(a => !known.Contains(a.DisplayPath) || touched.Contains(Path.GetFullPath(a.FullPath))).ToList()).ToList();
        var current = now.Select(a => a.DisplayPath).ToHashSet(StringComparer.Ordinal);
        changes.AddRange(known.Where(path => !current.Contains(path)).Select(watch.Remove).OfType<FindingsChange>());
        Print(stamp, changes);
    }

    /// <summary>A rule file, a severity configuration, or anything in a folder of rules: the set-up is read again.</summary>
    private static bool IsSetUp(string path, HostOptions options) =>
        path.EndsWith(".rules", StringComparison.OrdinalIgnoreCase)
        || Path.GetFileName(path) == ".editorconfig"
        || (options.ConfigFile is { } config && Path.GetFullPath(config) == path)
        || options.RuleDirectories.Any(folder => path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    private static void Print(string stamp, IReadOnlyList<FindingsChange> changes)
    {
        foreach (var change in changes)
        {
            var counts = new List<string>();
            if (change.Added.Count > 0)
            {
                counts.Add($"{"new finding".ToQuantity(change.Added.Count, "N0", CultureInfo.InvariantCulture)}");
            }

            if (change.Removed.Count > 0)
            {
                counts.Add($"{"finding".ToQuantity(change.Removed.Count, "N0", CultureInfo.InvariantCulture)} gone");
            }

            Console.WriteLine($"[{stamp}] {change.Path}: {string.Join(", ", counts)}");
            foreach (var diagnostic in change.Added)
            {
                Console.WriteLine($"  + {TextReportWriter.Format(diagnostic)}");
            }

            foreach (var diagnostic in change.Removed)
            {
                Console.WriteLine($"  - {TextReportWriter.Format(diagnostic)}");
            }
        }
    }

    /// <summary>
    /// The folders to watch: each folder given (with everything below it), the folder of each file given, the
    /// fixed start of each glob, the rule folders and the configuration file's folder.
    /// </summary>
    private static IEnumerable<(string Folder, bool Recursive)> Roots(string[] paths, HostOptions options, HostSession session, string workingDirectory)
    {
        foreach (var path in paths.Select(p => Path.GetFullPath(p, workingDirectory)))
        {
            if (Directory.Exists(path))
            {
                yield return (path, true);
            }
            else if (File.Exists(path))
            {
                yield return (Path.GetDirectoryName(path)!, false);
            }
            else
            {
                var wildcard = path.IndexOfAny(['*', '?', '[', '{']);
                var start = wildcard < 0 ? Path.GetDirectoryName(path) : Path.GetDirectoryName(path[..wildcard]);
                yield return (start is not null && Directory.Exists(start) ? start : workingDirectory, true);
            }
        }

        foreach (var folder in options.RuleDirectories.Concat(session.Plugins.Select(p => p.RulesDirectory).OfType<string>()).Where(Directory.Exists))
        {
            yield return (folder, true);
        }

        if (options.ConfigFile is { } config && Path.GetDirectoryName(Path.GetFullPath(config)) is { } configFolder && Directory.Exists(configFolder))
        {
            yield return (configFolder, false);
        }
    }
}
