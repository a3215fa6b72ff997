using System.Collections.Concurrent;
using System.Diagnostics;

namespace PluginHost.Cli.Tests;

/// <summary>The CLI running as a separate process that keeps running (watch mode): the test waits for the lines it expects.</summary>
internal sealed class CliProcess : IDisposable
{
    /// <summary>Long enough for a slow, busy machine; a test only waits this long when the line never comes.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly BlockingCollection<string> _output = [];
    private readonly BlockingCollection<string> _errors = [];

    private CliProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Add(_output, e.Data);
        _process.ErrorDataReceived += (_, e) => Add(_errors, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static CliProcess Start(string workingDirectory, params string[] arguments) =>
        new(Process.Start(CliRun.StartInfo(workingDirectory, arguments))!);

    /// <summary>The lines printed on standard output up to and including the first that matches.</summary>
    public List<string> OutputUntil(Func<string, bool> match) => Until(_output, match, "standard output", _errors);

    /// <summary>The lines printed on standard error up to and including the first that matches.</summary>
    public List<string> ErrorsUntil(Func<string, bool> match) => Until(_errors, match, "standard error", _output);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        _output.Dispose();
        _errors.Dispose();
    }

    private static void Add(BlockingCollection<string> lines, string? line)
    {
        if (line is not null && !lines.IsAddingCompleted)
        {
            lines.Add(line);
        }
    }

    private static List<string> Until(BlockingCollection<string> lines, Func<string, bool> match, string stream, BlockingCollection<string> other)
    {
        var seen = new List<string>();
        while (lines.TryTake(out var line, Patience))
        {
            seen.Add(line);
            if (match(line))
            {
                return seen;
            }
        }

        throw new TimeoutException($"No expected line on {stream} within {Patience.TotalSeconds} seconds; it printed:\n{string.Join('\n', seen)}\nand on the other stream, unread:\n{string.Join('\n', other)}");
    }
}
