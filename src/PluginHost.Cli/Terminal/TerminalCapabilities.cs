namespace PluginHost.Cli.Terminal;

/// <summary>
/// What the CLI may draw where it runs: colour on a stream that is a terminal unless <c>NO_COLOR</c> is set
/// (no-color.org) or <c>TERM=dumb</c>, and a progress bar on standard error only at a terminal and outside CI.
/// </summary>
internal sealed record TerminalCapabilities(bool OutputIsTerminal, bool ErrorIsTerminal, bool NoColor, bool InCi, bool DumbTerminal)
{
    public static TerminalCapabilities Detect() => new(
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected,
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")),
        Environment.GetEnvironmentVariable("TERM") == "dumb");

    public bool ColourOnOutput => OutputIsTerminal && !NoColor && !DumbTerminal;

    /// <summary>
    /// A progress bar redraws lines of standard error, so only a terminal gets one, and not while the report
    /// itself streams to the same terminal: findings would land in the middle of the bar.
    /// </summary>
    public bool ShowsProgress(bool reportOnOutput) => ErrorIsTerminal && !InCi && !DumbTerminal && !(reportOnOutput && OutputIsTerminal);
}
