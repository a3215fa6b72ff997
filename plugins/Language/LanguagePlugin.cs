using Microsoft.Extensions.DependencyInjection;
using PluginHost.Sdk.Plugins;

namespace Language;

public sealed class LanguagePlugin : IPlugin
{
    public const string LanguageLayer = "language";

    public PluginManifest Manifest { get; } = new(
        "Language",
        "LG",
        produces: [LanguageLayer],
        description: "Names the language of each article and of each block of lines, and flags blocks in another language than the article.");

    public void ConfigureServices(IServiceCollection services) => services.AddLanguage();
}
