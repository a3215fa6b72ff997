using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PluginHost.Cli;
using PluginHost.Cli.Commands;
using PluginHost.Host;
using PluginHost.Host.Loading;

PluginDirectoryLoader.Prepare();
using var services = new ServiceCollection().AddPluginHost().AddPluginHostCli().BuildServiceProvider();
var root = new RootCommand("pluginhost: analyze news articles with rule-based plugins and report the findings.")
{
    services.GetRequiredService<AnalyzeCommand>().Build(),
    services.GetRequiredService<FixCommand>().Build(),
    services.GetRequiredService<MergeCommand>().Build(),
    services.GetRequiredService<PluginsCommand>().Build(),
    services.GetRequiredService<RulesCommand>().Build(),
    services.GetRequiredService<WatchCommand>().Build(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("Run 'pluginhost --help' for usage.");
    return ExitCodes.BadInput;
}

try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("Cancelled: no report was written.");
    return ExitCodes.InternalFailure;
}
catch (Exception e)
{
    Console.Error.WriteLine($"internal error: {e}");
    return ExitCodes.InternalFailure;
}
