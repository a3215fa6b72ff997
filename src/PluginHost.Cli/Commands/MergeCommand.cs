using System.CommandLine;
using Humanizer;
using PluginHost.Host.Merging;
using PluginHost.Host.Reporting;

namespace PluginHost.Cli.Commands;

/// <summary><c>pluginhost merge LOG... --output FILE</c>: join the SARIF logs of shards (<c>analyze --shard K/N</c>) into one.</summary>
internal sealed class MergeCommand
{
    private readonly Argument<string[]> _logs = new("logs")
    {
        Description = "The SARIF logs of one run's shards, each written by 'pluginhost analyze --shard K/N --format sarif'.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        HelpName = "FILE",
        Description = "Write the merged log to this file (replaced whole when the merge completes) instead of standard output.",
    };

    private readonly Option<bool> _quiet = new("--quiet", "-q")
    {
        Description = "Print no summary on standard error.",
    };

    private static readonly StringComparer PathComparer = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public Command Build()
    {
        var command = new Command("merge", "Join the SARIF logs of a run split with --shard into the log one run would have written.");
        command.Arguments.Add(_logs);
        command.Options.Add(_output);
        command.Options.Add(_quiet);
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult result)
    {
        var output = result.GetValue(_output);
        var logs = result.GetValue(_logs)!.DistinctBy(Path.GetFullPath, PathComparer).ToList();

        // 'merge *.sarif --output all.sarif' run twice finds its own earlier output among the logs.
        if (output is not null && logs.RemoveAll(l => PathComparer.Equals(Path.GetFullPath(l), Path.GetFullPath(output))) > 0 && !result.GetValue(_quiet))
        {
            Console.Error.WriteLine($"{output} is the output, so it is not read as a shard's log.");
        }

        if (logs.Count == 0)
        {
            Console.Error.WriteLine("error: no log to merge besides the output.");
            return ExitCodes.BadInput;
        }

        MergeSummary summary;
        try
        {
            if (output is null)
            {
                using var standardOutput = Console.OpenStandardOutput();
                summary = SarifMerger.Merge(logs, standardOutput);
            }
            else
            {
                MergeSummary? written = null;
                AtomicFile.Write(output, stream => written = SarifMerger.Merge(logs, stream));
                summary = written!;
            }
        }
        catch (SarifMergeException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(output is null ? "The merged log on standard output is incomplete." : $"{output} was not written.");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (output is not null && e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{output}: error: the merged log could not be written: {e.Message}");
            return ExitCodes.BadInput;
        }

        if (!result.GetValue(_quiet))
        {
            Console.Error.WriteLine($"Merged {"log".ToQuantity(summary.Logs, "N0")}: {"result".ToQuantity(summary.Results, "N0")} in {"article".ToQuantity(summary.Articles, "N0")}.");
        }

        return ExitCodes.Success;
    }
}
