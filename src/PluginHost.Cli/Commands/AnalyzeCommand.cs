using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Humanizer;
using PluginHost.Cli.Terminal;
using PluginHost.Host;
using PluginHost.Host.Baselines;
using PluginHost.Host.Discovery;
using PluginHost.Host.Pipeline;
using PluginHost.Host.Reporting;
using PluginHost.Host.Reporting.Html;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Cli.Commands;

/// <summary><c>pluginhost analyze PATH...</c>: analyze articles and write one merged report.</summary>
internal sealed class AnalyzeCommand(HostSessionFactory sessions, ArticleDiscovery discovery, CliConsole console, TerminalCapabilities terminal)
{
    private readonly CommonOptions _common = new();

    private readonly Argument<string[]> _paths = CommonOptions.Paths("Articles (.txt, .md), folders searched recursively, or globs such as 'articles/**/*.md'.");

    private readonly Option<string> _format = new Option<string>("--format", "-f")
    {
        Description = "Report format: text for the terminal, json and sarif for tools, html for people (one self-contained page).",
        DefaultValueFactory = _ => "text",
    }.AcceptOnlyFromAmong("text", "json", "sarif", "html");

    private readonly Option<string?> _output = new("--output", "-o")
    {
        HelpName = "FILE",
        Description = "Write the report to this file (replaced whole when the run completes) instead of standard output.",
    };

    private readonly Option<bool> _warnAsError = new("--warnaserror")
    {
        Description = "Exit with 1 when there are warnings, not only errors.",
    };

    private readonly Option<int> _jobs = new("--jobs", "-j")
    {
        HelpName = "N",
        Description = "How many articles to analyze at once.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        CustomParser = result => NumberOption.Parse(result, "--jobs", "a whole number of at least 1", text =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var jobs) && jobs >= 1 ? jobs : (int?)null),
    };

    private readonly Option<bool> _quiet = new("--quiet", "-q")
    {
        Description = "Print no summary and no progress bar on standard error.",
    };

    private readonly Option<string?> _baseline = new("--baseline")
    {
        HelpName = "FILE",
        Description = "Show only the findings that are not in this baseline file (paths in it are relative to its folder).",
    };

    private readonly Option<bool> _writeBaseline = new("--write-baseline")
    {
        Description = "Write this run's findings to the --baseline file (replacing it) for later runs to leave out.",
    };

    private readonly Option<ArticleShard> _shard = new("--shard")
    {
        HelpName = "K/N",
        Description = "Analyze only share K (from 0) of N: the articles whose path hashes to K. N processes with 0/N to N-1/N cover the input once; join their SARIF logs with 'pluginhost merge'.",
        DefaultValueFactory = _ => ArticleShard.Whole,
        CustomParser = result =>
        {
            string? error = null;
            var shard = result.Tokens is [var token] ? ArticleShard.Parse(token.Value, out error) : null;
            if (shard is null)
            {
                result.AddError(error ?? "--shard takes one K/N");
            }

            return shard ?? ArticleShard.Whole;
        },
    };

    public Command Build()
    {
        var command = new Command("analyze", "Analyze articles with every plugin and print the findings.");
        command.Arguments.Add(_paths);
        command.Options.Add(_format);
        command.Options.Add(_output);
        command.Options.Add(_warnAsError);
        command.Options.Add(_jobs);
        command.Options.Add(_quiet);
        command.Options.Add(_baseline);
        command.Options.Add(_writeBaseline);
        command.Options.Add(_shard);
        _common.AddTo(command, runsPlugins: true);
        command.Validators.Add(result =>
        {
            if (result.GetValue(_writeBaseline) && result.GetValue(_baseline) is null)
            {
                result.AddError("--write-baseline needs --baseline FILE, the file to write.");
            }

            if (result.GetValue(_writeBaseline) && result.GetValue(_shard) is { Count: > 1 })
            {
                result.AddError("--write-baseline cannot be used with --shard: each share would replace the baseline with its own findings; write it from a whole run.");
            }
        });
        command.SetAction((result, token) => RunAsync(result, token));
        return command;
    }

    private async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var options = _common.Read(result);
        var baselinePath = result.GetValue(_baseline);
        var writesBaseline = result.GetValue(_writeBaseline);
        Baseline? baseline = null;
        try
        {
            baseline = baselinePath is null || writesBaseline ? null : Baseline.Read(baselinePath);
        }
        catch (BaselineException e)
        {
            Console.Error.WriteLine(e.Message);
            return ExitCodes.BadInput;
        }

        using var session = sessions.Create(options);
        session.Pipeline.Prepare();
        var workingDirectory = Directory.GetCurrentDirectory();
        var found = discovery.Find(result.GetValue(_paths)!, workingDirectory, result.GetValue(_shard));
        var format = Enum.Parse<ReportFormat>(result.GetValue(_format)!, ignoreCase: true);
        var output = result.GetValue(_output);
        var context = new ReportContext(CliConsole.Version, workingDirectory, [.. session.Rules.Descriptors], session.Plugins)
        {
            Settings = Settings(result, options, baseline),
            Shard = result.GetValue(_shard)!,
        };
        var summary = new RunSummary();
        var clock = Stopwatch.StartNew();
        using var baselineFile = writesBaseline ? BeginBaseline(baselinePath!) : null;
        if (writesBaseline && baselineFile is null)
        {
            return ExitCodes.BadInput;
        }

        using var baselineWriter = baselineFile is null ? null : new BaselineWriter(baselineFile.Stream, Path.GetDirectoryName(Path.GetFullPath(baselinePath!))!);

        void Record(IReportWriter writer, ArticleResult analyzed)
        {
            baselineWriter?.Add(analyzed);
            var (shown, hidden) = baseline?.Apply(analyzed) ?? (analyzed, 0);
            writer.WriteArticle(shown);
            summary.Add(shown);
            summary.Baselined += hidden;
        }

        async Task WriteReportAsync(IReportWriter writer)
        {
            writer.WriteStart(context);
            foreach (var input in found.UnmatchedInputs)
            {
                Record(writer, session.Pipeline.Unmatched(input));
            }

            var progress = new AnalysisProgress(!result.GetValue(_quiet) && terminal.ShowsProgress(reportOnOutput: output is null) ? Consoles.Progress() : null);
            await progress.RunAsync(found.Count, articleDone => new AnalysisRunner(session.Pipeline).RunAsync(
                found,
                result.GetValue(_jobs),
                r =>
                {
                    Record(writer, r);
                    articleDone();
                },
                cancellationToken));
            summary.Duration = clock.Elapsed;
            writer.WriteEnd(summary, session.AllErrors);
        }

        if (output is null)
        {
            using var writer = format == ReportFormat.Text && terminal.ColourOnOutput
                ? new ConsoleReportWriter(Consoles.Report(), new TextReportWriter(Console.Out))
                : CreateWriter(format, Console.OpenStandardOutput(), Console.Out);
            await WriteReportAsync(writer);
        }
        else
        {
            try
            {
                await AtomicFile.WriteAsync(output, async stream =>
                {
                    using var streamWriter = new StreamWriter(stream, leaveOpen: true);
                    using var writer = CreateWriter(format, stream, streamWriter);
                    await WriteReportAsync(writer);
                });
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"{output}: error: the report could not be written: {e.Message}");
                return ExitCodes.BadInput;
            }
        }

        // A run with set-up errors (a plugin that did not load, a rule file that did not compile) misses findings:
        // its baseline would hide none of them later, so the previous baseline is kept.
        if (baselineFile is not null && session.AllErrors.Count > 0)
        {
            Console.Error.WriteLine($"{baselinePath}: error: the baseline was not written, because the run had set-up errors");
        }
        else if (baselineFile is not null && !CommitBaseline(baselineFile, baselineWriter!, baselinePath!, result.GetValue(_quiet)))
        {
            return ExitCodes.BadInput;
        }

        console.Errors(session.AllErrors);
        if ((format != ReportFormat.Text || output is not null) && !result.GetValue(_quiet))
        {
            console.Summary(summary, session.Rules.Descriptors);
        }

        // Findings just written to the baseline are accepted ones: the run that writes it fails only on bad input.
        return writesBaseline && session.AllErrors.Count == 0 ? ExitCodes.Success : ExitCode(session, summary, result.GetValue(_warnAsError));
    }

    private static PendingFile? BeginBaseline(string path)
    {
        try
        {
            return AtomicFile.Begin(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{path}: error: the baseline could not be written: {e.Message}");
            return null;
        }
    }

    private static bool CommitBaseline(PendingFile file, BaselineWriter writer, string path, bool quiet)
    {
        try
        {
            writer.Complete();
            file.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{path}: error: the baseline could not be written: {e.Message}");
            return false;
        }

        if (!quiet)
        {
            Console.Error.WriteLine($"Wrote the baseline {path}: {"finding".ToQuantity(writer.Findings, "N0")} in {"article".ToQuantity(writer.Articles, "N0")}.");
        }

        return true;
    }

    private List<KeyValuePair<string, string>> Settings(ParseResult result, HostOptions options, Baseline? baseline) =>
    [
        new("Articles", string.Join(", ", result.GetValue(_paths)!)),
        new("Shard", result.GetValue(_shard) is { Count: > 1 } shard ? $"{shard} (share {shard.Index} of {shard.Count}, from 0)" : "none: every article"),
        new("Jobs", result.GetValue(_jobs).ToString(CultureInfo.InvariantCulture)),
        new("Time limit per plugin and article", options.PluginTimeLimit == Timeout.InfiniteTimeSpan ? "none" : options.PluginTimeLimit.Humanize(2, CultureInfo.InvariantCulture)),
        new("Plugin folders", string.Join(", ", options.PluginDirectories)),
        new("Rule folders", options.RuleDirectories.Count == 0 ? "none" : string.Join(", ", options.RuleDirectories)),
        new("Severities", options.ConfigFile ?? ".editorconfig files around the articles"),
        new("Warnings as errors", result.GetValue(_warnAsError) ? "yes" : "no"),
        new("Baseline", (result.GetValue(_baseline), baseline) switch
        {
            (null, _) => "none",
            (var path, null) => $"written to {path}",
            (var path, var read) => $"{path} ({"accepted finding".ToQuantity(read.Count, "N0")})",
        }),
    ];

    private static IReportWriter CreateWriter(ReportFormat format, Stream stream, TextWriter text) => format switch
    {
        ReportFormat.Json => new JsonReportWriter(stream),
        ReportFormat.Sarif => new SarifReportWriter(stream),
        ReportFormat.Html => new HtmlReportWriter(text),
        _ => new TextReportWriter(text),
    };

    private static int ExitCode(HostSession session, RunSummary summary, bool warningsAsErrors)
    {
        if (session.AllErrors.Count > 0)
        {
            return ExitCodes.BadInput;
        }

        var failing = summary.Count(DiagnosticSeverity.Error) + (warningsAsErrors ? summary.Count(DiagnosticSeverity.Warning) : 0);
        return failing > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }
}
