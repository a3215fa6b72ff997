using System.CommandLine;
using System.Globalization;
using PluginHost.Host;

namespace PluginHost.Cli.Commands;

/// <summary>The options every command that sets up plugins and rules shares.</summary>
internal sealed class CommonOptions
{
    /// <summary>The articles a command works on.</summary>
    public static Argument<string[]> Paths(string description) => new("paths")
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string[]> Plugins { get; } = new("--plugins")
    {
        HelpName = "DIR",
        Description = "Also load the plugins in this folder (one sub-folder per plugin); one of the same name as a shipped plugin replaces it. Repeatable.",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string[]> Rules { get; } = new("--rules")
    {
        HelpName = "DIR",
        Description = "Add the rule files in this folder; DIR/<Plugin>/*.rules extends that plugin. Repeatable.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> Config { get; } = new("--config")
    {
        HelpName = "FILE",
        Description = "Read severities from this .editorconfig-style file instead of the .editorconfig files around each article.",
    };

    public Option<double> PluginTimeout { get; } = new("--timeout")
    {
        HelpName = "SECONDS",
        Description = "Stop a plugin that takes longer than this on one article and report it (PH0008); 0 for no limit.",
        DefaultValueFactory = _ => HostOptions.DefaultPluginTimeLimit.TotalSeconds,
        CustomParser = result => NumberOption.Parse(result, "--timeout", $"a number of seconds from 0 (no limit) to {int.MaxValue / 1000}", text =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and <= int.MaxValue / 1000.0 ? seconds : (double?)null),
    };

    /// <summary>Adds the options to a command; <paramref name="runsPlugins"/> also adds <c>--timeout</c>.</summary>
    public void AddTo(Command command, bool runsPlugins)
    {
        command.Options.Add(Plugins);
        command.Options.Add(Rules);
        command.Options.Add(Config);
        if (!runsPlugins)
        {
            return;
        }

        command.Options.Add(PluginTimeout);
    }

    public HostOptions Read(ParseResult result) => new()
    {
        PluginDirectories = [HostOptions.DefaultPluginDirectory, .. (result.GetValue(Plugins) ?? []).Select(Path.GetFullPath)],
        RuleDirectories = [.. (result.GetValue(Rules) ?? []).Select(Path.GetFullPath)],
        ConfigFile = result.GetValue(Config),
        PluginTimeLimit = result.GetResult(PluginTimeout)?.GetValueOrDefault<double>() switch
        {
            null => HostOptions.DefaultPluginTimeLimit,
            > 0 and var seconds => TimeSpan.FromSeconds(seconds),
            _ => Timeout.InfiniteTimeSpan,
        },
    };
}
