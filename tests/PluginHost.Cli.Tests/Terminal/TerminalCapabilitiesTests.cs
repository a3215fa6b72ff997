using PluginHost.Cli.Terminal;

namespace PluginHost.Cli.Tests.Terminal;

public sealed class TerminalCapabilitiesTests
{
    private static readonly TerminalCapabilities Terminal = new(OutputIsTerminal: true, ErrorIsTerminal: true, NoColor: false, InCi: false, DumbTerminal: false);

    [Fact]
    public void A_terminal_gets_a_progress_bar_while_the_report_goes_to_a_file()
    {
        Terminal.ShowsProgress(reportOnOutput: false).ShouldBeTrue();
    }

    [Fact]
    public void No_progress_bar_while_the_report_itself_streams_to_the_terminal()
    {
        Terminal.ShowsProgress(reportOnOutput: true).ShouldBeFalse();
        (Terminal with { OutputIsTerminal = false }).ShowsProgress(reportOnOutput: true).ShouldBeTrue();
    }

    [Fact]
    public void No_progress_bar_in_CI_in_a_dumb_terminal_or_when_standard_error_is_redirected()
    {
        (Terminal with { InCi = true }).ShowsProgress(reportOnOutput: false).ShouldBeFalse();
        (Terminal with { DumbTerminal = true }).ShowsProgress(reportOnOutput: false).ShouldBeFalse();
        (Terminal with { ErrorIsTerminal = false }).ShowsProgress(reportOnOutput: false).ShouldBeFalse();
    }

    [Fact]
    public void Colour_only_at_a_terminal_and_never_with_NO_COLOR()
    {
        Terminal.ColourOnOutput.ShouldBeTrue();
        (Terminal with { NoColor = true }).ColourOnOutput.ShouldBeFalse();
        (Terminal with { DumbTerminal = true }).ColourOnOutput.ShouldBeFalse();
        (Terminal with { OutputIsTerminal = false }).ColourOnOutput.ShouldBeFalse();
    }
}
