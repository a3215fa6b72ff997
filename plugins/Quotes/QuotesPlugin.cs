using Microsoft.Extensions.DependencyInjection;
using PluginHost.Sdk.Plugins;

namespace Quotes;

public sealed class QuotesPlugin : IPlugin
{
    public const string QuotesLayer = "quotes";
    public const string MentionsLayer = "mentions";
    public const string BoilerplateLayer = "boilerplate";

    public PluginManifest Manifest { get; } = new(
        "Quotes",
        "QT",
        produces: [QuotesLayer, MentionsLayer],
        description: "Finds direct quotes and who spoke them, unattributed quotes, unnamed sources and quotation marks left open.",
        optionallyConsumes: [BoilerplateLayer]);

    public void ConfigureServices(IServiceCollection services) => services.AddQuotes();
}
