using System.Diagnostics;
using System.Reflection;

namespace PluginHost.Cli.Tests;

/// <summary>Runs the built CLI as a separate process, as a user would, and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Errors)
{
    /// <summary>The built CLI, pluginhost.dll, in the folder it ships from with its plugins.</summary>
    public static string CliAssembly { get; } = typeof(CliRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CliAssembly").Value!;

    public static string FixturePlugins => Path.Combine(AppContext.BaseDirectory, "fixture-plugins");

    public string[] OutputLines => Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    public static CliRun Start(string workingDirectory, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(workingDirectory, arguments))!;
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
        return start;
    }
}
