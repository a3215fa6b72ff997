using System.Text.RegularExpressions;
using PluginHost.Cli.Terminal;
using PluginHost.Host.Reporting;
using PluginHost.Sdk.Diagnostics;
using PluginHost.Sdk.Text;
using Spectre.Console;

namespace PluginHost.Cli.Tests.Terminal;

public sealed class ConsoleReportWriterTests
{
    private static readonly Diagnostic Finding = new(
        new RuleDescriptor("QT0002", "Quote with no speaker", "m", "Quotes", DiagnosticSeverity.Error),
        DiagnosticSeverity.Error,
        "news/[draft] one.txt",
        new TextSpan(0, 4),
        new LinePositionSpan(new LinePosition(1, 1), new LinePosition(1, 5)),
        "No speaker for [this] quote",
        new Dictionary<string, object?>(),
        []);

    private static string Render(ColorSystemSupport colours)
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.Yes, ColorSystem = colours, Out = new AnsiConsoleOutput(output) });
        console.Profile.Width = int.MaxValue;
        console.MarkupLine(ConsoleReportWriter.Markup(Finding));
        return output.ToString();
    }

    [Fact]
    public void Without_its_colours_a_finding_reads_as_in_the_plain_report()
    {
        Regex.Replace(Render(ColorSystemSupport.Standard), "\u001b\\[[0-9;]*m", string.Empty).ShouldBe(TextReportWriter.Format(Finding) + Environment.NewLine);
    }

    [Fact]
    public void With_colours_an_error_is_red_and_brackets_in_paths_and_messages_stay_text()
    {
        var coloured = Render(ColorSystemSupport.Standard);
        coloured.ShouldContain("\u001b[91merror\u001b[0m");
        coloured.ShouldContain("news/[draft] one.txt(1,1,1,5):");
        coloured.ShouldContain("No speaker for [this] quote");
    }
}
