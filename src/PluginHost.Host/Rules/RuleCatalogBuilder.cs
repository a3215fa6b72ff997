using PluginHost.Host.Loading;
using PluginHost.Rules;
using PluginHost.Rules.Caching;
using PluginHost.Rules.Compilation;
using PluginHost.Rules.Parsing;
using PluginHost.Rules.Syntax;

namespace PluginHost.Host.Rules;

/// <summary>
/// Compiles the host's rules and each plugin's: the plugin's own rule files, then the user's from
/// <c>--rules DIR</c>, where <c>DIR/&lt;PluginName&gt;/*.rules</c> extends the plugin of that name.
/// </summary>
public sealed class RuleCatalogBuilder(RuleSyntaxCache syntaxCache)
{
    public const string HostCategory = "PluginHost";

    /// <summary>
    /// Starts in the background, to overlap the plugins' loading, what <see cref="Build"/> would wait for in a fresh
    /// process: the regular-expression engine's code, and the rule grammar (45–70 ms) when a rule file known before
    /// the plugins load (the host's own, the user's in <paramref name="userRuleFolders"/>) is not in the syntax cache,
    /// as on a build's first run or after an edit. Otherwise the run most likely parses nothing, and building the
    /// grammar would only take a core from the rest (50 ms of CPU).
    /// </summary>
    public void Prepare(IEnumerable<string> userRuleFolders)
    {
        _ = Task.Run(RuleCompiler.Prepare);
        var folders = userRuleFolders.ToList();
        _ = Task.Run(() =>
        {
            if (!HoldsKnownFiles(folders))
            {
                RuleParser.Prepare();
            }
        });
    }

    public RuleCatalog Build(IReadOnlyList<LoadedPlugin> orderedPlugins, IEnumerable<string> userRuleFolders)
    {
        var errors = new List<RuleError>();
        var hostRules = RuleCompiler.Compile(RuleFileReader.ReadHostRules(syntaxCache, errors), new RuleEnvironment(HostCategory, "PH", [], []));
        errors.AddRange(hostRules.Errors);

        var userFiles = ReadUserFiles(orderedPlugins, userRuleFolders, errors);
        var plugins = new List<PluginRules>();
        foreach (var plugin in orderedPlugins)
        {
            var files = new List<RuleFileSyntax>();
            if (plugin.RulesDirectory is { } own)
            {
                files.AddRange(RuleFileReader.ReadFolder(own, syntaxCache, errors));
            }

            files.AddRange(userFiles.GetValueOrDefault(plugin.Name) ?? []);
            var environment = new RuleEnvironment(plugin.Name, plugin.Manifest.RulePrefix, plugin.TokenClasses, plugin.Manifest.Produces.Concat(plugin.Manifest.Reads));
            var compiled = RuleCompiler.Compile(files, environment);
            errors.AddRange(compiled.Errors);
            plugins.Add(new PluginRules(plugin, compiled));
        }

        return new RuleCatalog(hostRules, plugins, errors);
    }

    private bool HoldsKnownFiles(IEnumerable<string> userRuleFolders)
    {
        try
        {
            return RuleFileReader.HostRuleFiles().All(file => syntaxCache.Holds(file.Text))
                && userRuleFolders.Where(Directory.Exists).SelectMany(RuleFileReader.FilesIn).All(path => syntaxCache.Holds(File.ReadAllText(path)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Here it only means that the grammar is built early; Build meets the same files and deals with them.
            return false;
        }
    }

    private Dictionary<string, List<RuleFileSyntax>> ReadUserFiles(IReadOnlyList<LoadedPlugin> plugins, IEnumerable<string> folders, List<RuleError> errors)
    {
        var byPlugin = new Dictionary<string, List<RuleFileSyntax>>(StringComparer.OrdinalIgnoreCase);
        var names = plugins.ToDictionary(p => p.Name, p => p.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var folder in folders)
        {
            foreach (var file in RuleFileReader.ReadFolder(folder, syntaxCache, errors))
            {
                var path = file.Path;
                var relative = Path.GetRelativePath(folder, path);
                var pluginFolder = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0];
                if (!names.TryGetValue(pluginFolder, out var plugin) || relative == pluginFolder)
                {
                    errors.Add(new RuleError(path, new(1, 1), $"a user rule file goes in a folder named after the plugin it extends ({string.Join(", ", names.Values.Order())}), not in '{(relative == Path.GetFileName(path) ? folder : pluginFolder)}'"));
                    continue;
                }

                if (!byPlugin.TryGetValue(plugin, out var files))
                {
                    byPlugin[plugin] = files = [];
                }

                files.Add(file);
            }
        }

        return byPlugin;
    }
}
