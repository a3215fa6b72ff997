using Microsoft.Extensions.DependencyInjection;
using PluginHost.Sdk.Plugins;

namespace Numbers;

public sealed class NumbersPlugin : IPlugin
{
    public const string NumbersLayer = "numbers";
    public const string QuotesLayer = "quotes";

    public PluginManifest Manifest { get; } = new(
        "Numbers",
        "NM",
        produces: [NumbersLayer],
        description: "Finds every quantity with its value, unit and what it counts, statistics that carry no source, and numbers written against the house style.",
        optionallyConsumes: [QuotesLayer]);

    public void ConfigureServices(IServiceCollection services) => services.AddNumbers();
}
