using Microsoft.Extensions.DependencyInjection;
using PluginHost.Sdk.Plugins;

namespace Quotes;

public sealed class QuotesPlugin : IPlugin
{
    public const string QuotesLayer = "quotes";

    public PluginManifest Manifest { get; } = new("Quotes", "QT", produces: [QuotesLayer], description: "Finds direct quotes and the quotation marks left open.");

    public void ConfigureServices(IServiceCollection services) => services.AddQuotes();
}
