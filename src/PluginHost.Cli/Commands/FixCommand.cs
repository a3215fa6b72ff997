using System.CommandLine;
using Humanizer;
using PluginHost.Host;
using PluginHost.Host.Discovery;
using PluginHost.Host.Fixing;
using PluginHost.Host.Pipeline;

namespace PluginHost.Cli.Commands;

/// <summary><c>pluginhost fix PATH...</c>: apply the fixes findings carry, over the articles or into another folder.</summary>
internal sealed class FixCommand(HostSessionFactory sessions, ArticleDiscovery discovery, CliConsole console)
{
    private readonly CommonOptions _common = new();

    private readonly Argument<string[]> _paths = CommonOptions.Paths("Articles, folders or globs, as for analyze.");

    private readonly Option<bool> _inPlace = new("--in-place")
    {
        Description = "Replace each article with its fixed text (atomically).",
    };

    private readonly Option<bool> _backup = new("--backup")
    {
        Description = "With --in-place, keep each original as <name>.bak.",
    };

    private readonly Option<string?> _out = new("--out")
    {
        HelpName = "DIR",
        Description = "Write fixed copies under this folder, mirroring the articles' paths; the originals stay as they are.",
    };

    private readonly Option<bool> _dryRun = new("--dry-run")
    {
        Description = "Change nothing; print the fixes as a unified diff.",
    };

    private readonly Option<string[]> _rules = new("--rule")
    {
        HelpName = "ID",
        Description = "Apply only the fixes of this rule ID. Repeatable.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Command Build()
    {
        var command = new Command("fix", "Apply the fixes that findings carry (for example, strip boilerplate).");
        command.Arguments.Add(_paths);
        command.Options.Add(_dryRun);
        command.Options.Add(_inPlace);
        command.Options.Add(_backup);
        command.Options.Add(_out);
        command.Options.Add(_rules);
        _common.AddTo(command, runsPlugins: true);
        command.Validators.Add(result =>
        {
            var inPlace = result.GetValue(_inPlace);
            var folder = result.GetValue(_out);
            if ((inPlace ? 1 : 0) + (folder is null ? 0 : 1) + (result.GetValue(_dryRun) ? 1 : 0) != 1)
            {
                result.AddError("Choose one: --in-place, --out DIR, or --dry-run to see the changes as a diff.");
            }
            else if (result.GetValue(_backup) && !inPlace)
            {
                result.AddError("--backup goes with --in-place.");
            }
        });
        command.SetAction((result, token) => RunAsync(result, token));
        return command;
    }

    private async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        using var session = sessions.Create(_common.Read(result));
        session.Pipeline.Prepare();
        var workingDirectory = Directory.GetCurrentDirectory();
        var found = discovery.Discover(result.GetValue(_paths)!, workingDirectory);
        var dryRun = result.GetValue(_dryRun);
        var output = result.GetValue(_out) is { } folder ? FixOutput.Into(folder) : FixOutput.InPlace(result.GetValue(_backup));
        var only = result.GetValue(_rules) is { Length: > 0 } ids ? new HashSet<string>(ids, StringComparer.Ordinal) : null;
        var (articles, fixedCount, skippedCount) = (0, 0, 0);
        var failed = false;
        void Fix(ArticleResult analyzed)
        {
            if (analyzed.Article is null)
            {
                return;
            }

            var fixes = FixApplier.Apply(analyzed.Article.Text, analyzed.Diagnostics.Where(d => only is null || only.Contains(d.Id)));
            skippedCount += fixes.Skipped.Count;
            foreach (var skipped in fixes.Skipped)
            {
                Console.Error.WriteLine(Skipped(analyzed.Source.DisplayPath, skipped));
            }

            if (fixes.Applied.Count == 0)
            {
                return;
            }

            if (dryRun)
            {
                Console.Write(FixDiff.Render(analyzed.Source.DisplayPath, analyzed.Article.Text, fixes.Text));
                (articles, fixedCount) = (articles + 1, fixedCount + fixes.Applied.Count);
                return;
            }

            if (output.TargetFor(analyzed.Source.FullPath, workingDirectory) is not { } target)
            {
                Console.Error.WriteLine($"{analyzed.Source.DisplayPath}: error: lies outside the working folder, so --out cannot mirror it; not written");
                failed = true;
                return;
            }

            output.Write(analyzed.Source.FullPath, target, fixes.Text);
            Console.WriteLine($"{analyzed.Source.DisplayPath}: {"fix".ToQuantity(fixes.Applied.Count)} applied{(target == analyzed.Source.FullPath ? string.Empty : $", written to {Path.GetRelativePath(workingDirectory, target)}")}");
            (articles, fixedCount) = (articles + 1, fixedCount + fixes.Applied.Count);
        }

        await new AnalysisRunner(session.Pipeline).RunAsync(found.Articles, Environment.ProcessorCount, Fix, cancellationToken);
        var summary = $"{"fix".ToQuantity(fixedCount)} {(dryRun ? "to apply" : "applied")} in {"article".ToQuantity(articles)}" +
            (skippedCount > 0 ? $"; {"fix".ToQuantity(skippedCount)} skipped." : ".");
        if (dryRun)
        {
            Console.Error.WriteLine(summary);
        }
        else
        {
            Console.WriteLine(summary);
        }
        console.Errors(session.AllErrors);
        return session.AllErrors.Count > 0 || failed ? ExitCodes.BadInput : ExitCodes.Success;
    }

    private static string Skipped(string path, SkippedFix skipped)
    {
        var at = skipped.Finding.Location.Start;
        var reason = skipped.ConflictsWith is { } other
            ? $"overlaps the fix of {other.Id} at ({other.Location.Start.Line},{other.Location.Start.Column}), applied first; run fix again to apply it"
            : "its edits overlap each other or reach past the end of the article";
        return $"{path}({at.Line},{at.Column}): warning: the fix of {skipped.Finding.Id} was skipped: {reason}";
    }
}
