using Microsoft.Extensions.DependencyInjection;
using PluginHost.Cli.Commands;
using PluginHost.Cli.Terminal;
using PluginHost.Host.Rules;

namespace PluginHost.Cli;

internal static class CliServiceCollectionExtensions
{
    public static IServiceCollection AddPluginHostCli(this IServiceCollection services) =>
        services
            .AddSingleton<CliConsole>()
            .AddSingleton(TerminalCapabilities.Detect())
            .AddSingleton<RuleExampleRunner>()
            .AddSingleton<AnalyzeCommand>()
            .AddSingleton<FixCommand>()
            .AddSingleton<MergeCommand>()
            .AddSingleton<PluginsCommand>()
            .AddSingleton<RulesCommand>()
            .AddSingleton<WatchCommand>();
}
