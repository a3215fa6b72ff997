using System.Diagnostics;
using System.Reflection;
using PluginHost.Host.Rules;

namespace PluginHost.Cli.Tests;

/// <summary>Runs the built CLI as a separate process, as a user would, and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Errors)
{
    /// <summary>The built CLI, pluginhost.dll, in the folder it ships from with its plugins.</summary>
    public static string CliAssembly { get; } = typeof(CliRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CliAssembly").Value!;

    public static string FixturePlugins => Path.Combine(AppContext.BaseDirectory, "fixture-plugins");

    public string[] OutputLines => Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    /// <summary>
    /// The rule syntax cache of every run these tests start: of this test process only, so that runs neither read nor
    /// fill the user's own, and deleted when it ends.
    /// </summary>
    private static readonly Lazy<string> SharedCacheFolder = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "pluginhost-tests", $"rule-cache-{Guid.NewGuid():N}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        return Directory.CreateDirectory(folder).FullName;
    });

    public static CliRun Start(string workingDirectory, params string[] arguments) =>
        Start(StartInfo(workingDirectory, arguments));

    /// <summary>Runs the CLI with its rule syntax kept in <paramref name="cacheFolder"/>.</summary>
    public static CliRun StartCaching(string cacheFolder, string workingDirectory, params string[] arguments)
    {
        var start = StartInfo(workingDirectory, arguments);
        start.Environment[CacheFolder.FolderVariable] = cacheFolder;
        return Start(start);
    }

    private static CliRun Start(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output.Result, errors.Result);
    }

    /// <summary>How the CLI is started: with dotnet, in the given folder, its output and errors captured.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(CliAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment[CacheFolder.FolderVariable] = SharedCacheFolder.Value;
        start.Environment.Remove(CacheFolder.SwitchVariable);
        return start;
    }
}
