using PluginHost.Host.Pipeline;
using PluginHost.Host.Reporting;
using PluginHost.Sdk.Diagnostics;
using Spectre.Console;

namespace PluginHost.Cli.Terminal;

/// <summary>
/// The text report at a terminal that shows colour: each finding as <see cref="TextReportWriter"/> prints it, with
/// the place dimmed, the severity in its colour and the rule ID in bold; the summary as the plain report has it.
/// </summary>
internal sealed class ConsoleReportWriter(IAnsiConsole console, TextReportWriter plain) : IReportWriter
{
    public void WriteStart(ReportContext context) => plain.WriteStart(context);

    public void WriteArticle(ArticleResult result)
    {
        foreach (var diagnostic in result.Shown)
        {
            console.MarkupLine(Markup(diagnostic));
        }
    }

    public void WriteEnd(RunSummary summary, IReadOnlyList<string> setupErrors) => plain.WriteEnd(summary, setupErrors);

    public void Dispose() => plain.Dispose();

    public static string Markup(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var colour = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "red",
            DiagnosticSeverity.Warning => "yellow",
            _ => "aqua",
        };
        var (place, severity, id, message) = TextReportWriter.Parts(diagnostic);
        return $"[grey]{Spectre.Console.Markup.Escape(place)}[/] [{colour}]{severity}[/] [bold]{Spectre.Console.Markup.Escape(id)}[/]: {Spectre.Console.Markup.Escape(message)}";
    }
}
