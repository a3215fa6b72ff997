using PluginHost.Host.Discovery;
using PluginHost.Host.Loading;
using PluginHost.Host.Reading;
using PluginHost.Host.Rules;
using PluginHost.Rules.Caching;
using PluginHost.Sdk.Plugins;

namespace PluginHost.Host.Tests;

/// <summary>Sets up real runs over plugins made in process, each with rule text of its own.</summary>
internal static class Sessions
{
    public static HostSession Create(TestDirectory root, params (IPlugin Plugin, string Rules)[] plugins) =>
        Create(root, new HostOptions { PluginDirectories = [] }, plugins);

    public static HostSession Create(TestDirectory root, HostOptions options, params (IPlugin Plugin, string Rules)[] plugins)
    {
        var loaded = plugins.Select(p =>
        {
            var rules = root.Write($"plugin-rules/{p.Plugin.Manifest.Name}/{p.Plugin.Manifest.Name}.rules", p.Rules);
            return LoadedPlugin.Create(p.Plugin, Path.GetDirectoryName(rules));
        });
        var factory = new HostSessionFactory(new PluginDirectoryLoader(), new RuleCatalogBuilder(RuleSyntaxCache.None), new ArticleReader());
        return factory.Create(options, loaded);
    }

    public static ArticleSource Source(string path) => new(path, Path.GetFullPath(path));
}
