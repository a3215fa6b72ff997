using System.Reflection;
using PluginHost.Host.Pipeline;
using PluginHost.Host.Reporting;
using PluginHost.Sdk.Diagnostics;

namespace PluginHost.Cli;

/// <summary>What the CLI tells the person at the terminal, on standard error, apart from the report itself.</summary>
internal sealed class CliConsole
{
    public static string Version { get; } =
        typeof(CliConsole).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public void Errors(IEnumerable<string> errors)
    {
        foreach (var error in errors)
        {
            Console.Error.WriteLine(error);
        }
    }

    public void Summary(RunSummary summary, IEnumerable<RuleDescriptor> rules)
    {
        var titles = rules.ToDictionary(r => r.Id, r => r.Title, StringComparer.Ordinal);
        foreach (var line in SummaryFormatter.Lines(summary, titles))
        {
            Console.Error.WriteLine(line);
        }
    }
}
