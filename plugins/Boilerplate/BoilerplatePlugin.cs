using Microsoft.Extensions.DependencyInjection;
using PluginHost.Sdk.Plugins;

namespace Boilerplate;

public sealed class BoilerplatePlugin : IPlugin
{
    /// <summary>Every boilerplate block, its category as the value, with <c>category</c> and <c>confidence</c>.</summary>
    public const string BoilerplateLayer = "boilerplate";

    /// <summary>The article's own title, subtitles, byline and dateline (the value says which): content, not boilerplate.</summary>
    public const string PartsLayer = "article_parts";

    /// <summary>The Language plugin's layer: the article's language, and each block of lines with its own.</summary>
    public const string LanguageLayer = "language";

    public PluginManifest Manifest { get; } = new(
        "Boilerplate",
        "BP",
        produces: [BoilerplateLayer, PartsLayer],
        optionallyConsumes: [LanguageLayer],
        description: "Finds the page residue around an article and carries the edit that strips it; publishes the article's title, byline and dateline.");

    public void ConfigureServices(IServiceCollection services) => services.AddBoilerplate();
}
