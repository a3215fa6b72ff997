using System.CommandLine;
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
        Description = "Also load the plugins in this folder (one sub-folder per plugin). Repeatable.",
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

    public void AddTo(Command command)
    {
        command.Options.Add(Plugins);
        command.Options.Add(Rules);
        command.Options.Add(Config);
    }

    public HostOptions Read(ParseResult result) => new()
    {
        PluginDirectories = [HostOptions.DefaultPluginDirectory, .. (result.GetValue(Plugins) ?? []).Select(Path.GetFullPath)],
        RuleDirectories = [.. (result.GetValue(Rules) ?? []).Select(Path.GetFullPath)],
        ConfigFile = result.GetValue(Config),
    };
}
