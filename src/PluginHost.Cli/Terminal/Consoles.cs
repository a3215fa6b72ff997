using Spectre.Console;

namespace PluginHost.Cli.Terminal;

/// <summary>The Spectre consoles the CLI draws on: standard output for the report, standard error for progress.</summary>
internal static class Consoles
{
    /// <summary>Standard output with no width, so that a long finding is never broken into two lines.</summary>
    public static IAnsiConsole Report()
    {
        var console = Create(Console.Out);
        console.Profile.Width = int.MaxValue;
        return console;
    }

    public static IAnsiConsole Progress() => Create(Console.Error);

    private static IAnsiConsole Create(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
        Out = new AnsiConsoleOutput(writer),
    });
}
