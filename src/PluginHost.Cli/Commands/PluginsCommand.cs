using System.CommandLine;
using Humanizer;
using PluginHost.Host;

namespace PluginHost.Cli.Commands;

/// <summary><c>pluginhost plugins</c>: what loaded, in run order, with versions, layers and rules; and what did not.</summary>
internal sealed class PluginsCommand(HostSessionFactory sessions, CliConsole console)
{
    private readonly CommonOptions _common = new();

    public Command Build()
    {
        var command = new Command("plugins", "List the plugins that load, in the order they run, with their versions.");
        _common.AddTo(command, runsPlugins: false);
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult result)
    {
        using var session = sessions.Create(_common.Read(result));
        if (session.Rules.Plugins.Count == 0)
        {
            Console.WriteLine("No plugins loaded.");
        }

        foreach (var (plugin, rules) in session.Rules.Plugins)
        {
            Console.WriteLine($"{plugin.Name} {plugin.Version} ({plugin.Manifest.RulePrefix}, {"rule".ToQuantity(rules.Rules.Count)})");
            Console.WriteLine($"    {plugin.Manifest.Description}");
            Console.WriteLine($"    from {plugin.Location}");
            if (plugin.Manifest.Produces.Count > 0)
            {
                Console.WriteLine($"    produces {string.Join(", ", plugin.Manifest.Produces)}");
            }

            if (plugin.Manifest.Consumes.Count > 0)
            {
                Console.WriteLine($"    consumes {string.Join(", ", plugin.Manifest.Consumes)}");
            }

            if (plugin.Manifest.OptionallyConsumes.Count > 0)
            {
                Console.WriteLine($"    reads if present {string.Join(", ", plugin.Manifest.OptionallyConsumes)}");
            }
        }

        console.Errors(session.SetupErrors);
        return session.SetupErrors.Count > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }
}
