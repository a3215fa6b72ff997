using System.Reflection;
using System.Runtime.Loader;
using McMaster.NETCore.Plugins;
using McMaster.NETCore.Plugins.Loader;
using Microsoft.Extensions.DependencyInjection;
using PluginHost.Sdk;
using PluginHost.Sdk.Plugins;

namespace PluginHost.Host.Loading;

/// <summary>
/// Loads every plugin under the given folders. A plugin is a folder <c>&lt;Name&gt;/</c> holding <c>&lt;Name&gt;.dll</c>
/// with its deps.json and an optional <c>rules/</c> folder. Each loads in its own load context, so two plugins may
/// use different versions of one library; the SDK and the dependency-injection abstractions are shared with the
/// host so their types have one identity, whatever version a plugin ships. Of two folders of the same name in
/// different roots, the later root's is loaded.
/// </summary>
public sealed class PluginDirectoryLoader
{
    private static readonly Type[] SharedTypes = [typeof(IPlugin), typeof(IServiceCollection), typeof(ServiceCollection)];

    private static readonly HashSet<string> SharedAssemblyNames =
        [.. SharedTypes.Select(t => t.Assembly.GetName().Name!)];

    // A plugin built against a newer version of a shared assembly asks the default context for that version,
    // which the host does not have; answering with the host's copy keeps one type identity for the plugin.
    static PluginDirectoryLoader() =>
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            name.Name is { } simple && SharedAssemblyNames.Contains(simple)
                ? context.Assemblies.FirstOrDefault(a => a.GetName().Name == simple) ?? context.LoadFromAssemblyName(new AssemblyName(simple))
                : null;

    private static readonly TimeSpan RebuildSettles = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// Starts in the background what the first plugin's load waits for in a fresh process: McMaster's loader reads the
    /// host's runtime configuration for every plugin with System.Text.Json, whose reflection over its types takes
    /// 30–40 ms the first time. Called first thing by the command line, so that it overlaps the line's own set-up.
    /// </summary>
    public static void Prepare() =>
        _ = Task.Run(static () =>
        {
            foreach (var configuration in Directory.EnumerateFiles(AppContext.BaseDirectory, "*.runtimeconfig.json"))
            {
                new AssemblyLoadContextBuilder().TryAddAdditionalProbingPathFromRuntimeConfig(configuration, includeDevConfig: true, out _);
            }
        });

    /// <summary>
    /// Loads the plugins. With <paramref name="rebuilt"/>, each load context can be unloaded and McMaster's hot
    /// reload watches the plugin's assembly: <paramref name="rebuilt"/> is called when a build replaces it.
    /// </summary>
    public PluginCatalog Load(IEnumerable<string> pluginRoots, Action? rebuilt = null)
    {
        var plugins = new List<LoadedPlugin>();
        var errors = new List<PluginLoadError>();
        var loaders = new List<PluginLoader>();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // A plugin folder in a later root replaces the one of the same name in an earlier root: the command line's
        // --plugins folders come after the host's own, so a plugin being developed replaces the copy that ships.
        var folders = pluginRoots.Where(Directory.Exists)
            .SelectMany(Directory.EnumerateDirectories)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(copies => copies.Last())
            .Order(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var result = LoadFolder(Path.GetFullPath(folder), loaders, rebuilt);
            if (result.Error is { } error)
            {
                errors.Add(error);
            }
            else if (names.TryGetValue(result.Plugin!.Name, out var first))
            {
                errors.Add(new PluginLoadError(folder, $"plugin '{result.Plugin.Name}' is already loaded from {first}; this copy was skipped"));
            }
            else
            {
                names[result.Plugin.Name] = folder;
                plugins.Add(result.Plugin);
            }
        }

        return new PluginCatalog(plugins, errors) { Loaders = loaders };
    }

    private static (LoadedPlugin? Plugin, PluginLoadError? Error) LoadFolder(string folder, List<PluginLoader> loaders, Action? rebuilt)
    {
        var name = Path.GetFileName(folder);
        var assemblyPath = Path.Combine(folder, name + ".dll");
        if (!File.Exists(assemblyPath))
        {
            return (null, new PluginLoadError(folder, $"no plugin assembly: expected {name}.dll in the folder"));
        }

        try
        {
            var loader = PluginLoader.CreateFromAssemblyFile(assemblyPath, SharedTypes, config =>
            {
                config.PreferSharedTypes = true;
                config.IsUnloadable = rebuilt is not null;
                config.EnableHotReload = rebuilt is not null;
                config.ReloadDelay = RebuildSettles;
            });
            loaders.Add(loader);
            if (rebuilt is not null)
            {
                loader.Reloaded += (_, _) => rebuilt();
            }

            var assembly = loader.LoadDefaultAssembly();
            if (CheckSdkVersion(assembly) is { } versionError)
            {
                return (null, new PluginLoadError(folder, versionError));
            }

            var entryPoints = assembly.GetExportedTypes()
                .Where(t => typeof(IPlugin).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
                .ToList();
            if (entryPoints.Count != 1)
            {
                return (null, new PluginLoadError(folder, entryPoints.Count == 0
                    ? $"{name}.dll has no public type implementing {nameof(IPlugin)}"
                    : $"{name}.dll has {entryPoints.Count} types implementing {nameof(IPlugin)} ({string.Join(", ", entryPoints.Select(t => t.FullName))}); a plugin has one"));
            }

            var plugin = CreatePlugin(entryPoints[0]);
            var rules = Path.Combine(folder, "rules");
            return (LoadedPlugin.Create(plugin, Directory.Exists(rules) ? rules : null, assemblyPath), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var inner = e is TargetInvocationException { InnerException: { } cause } ? cause : e;
            return (null, new PluginLoadError(folder, $"the plugin failed while loading or registering its services: {inner.GetType().Name}: {inner.Message}"));
        }
    }

    private static IPlugin CreatePlugin(Type type) =>
        type.GetConstructor(Type.EmptyTypes) is null
            ? throw new InvalidOperationException($"{type.FullName} has no public parameterless constructor")
            : (IPlugin)Activator.CreateInstance(type)!;

    private static string? CheckSdkVersion(Assembly assembly)
    {
        var sdkName = typeof(SdkVersion).Assembly.GetName().Name;
        var reference = assembly.GetReferencedAssemblies().FirstOrDefault(r => r.Name == sdkName);
        if (reference?.Version is not { } version)
        {
            return $"{assembly.GetName().Name}.dll does not reference {sdkName}";
        }

        return version.Major == SdkVersion.Major
            ? null
            : $"built against SDK {version.Major}.x, but this host provides SDK {SdkVersion.Major}.x; rebuild the plugin against SDK {SdkVersion.Major}";
    }
}
