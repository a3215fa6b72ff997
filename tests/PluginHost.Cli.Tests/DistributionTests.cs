using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace PluginHost.Cli.Tests;

/// <summary>What ships: the CLI's folder, with its libraries and its plugins.</summary>
public sealed class DistributionTests
{
    private static readonly HashSet<string> Networking = new(
        [
            "System.Net.Http", "System.Net.HttpListener", "System.Net.Mail", "System.Net.NameResolution",
            "System.Net.NetworkInformation", "System.Net.Ping", "System.Net.Quic", "System.Net.Requests",
            "System.Net.Security", "System.Net.Sockets", "System.Net.WebClient", "System.Net.WebSockets",
            "System.Net.WebSockets.Client",
        ],
        StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Nothing_that_ships_references_a_networking_assembly()
    {
        var folder = Path.GetDirectoryName(CliRun.CliAssembly)!;
        var assemblies = Directory.GetFiles(folder, "*.dll", SearchOption.AllDirectories);
        assemblies.ShouldContain(path => path.EndsWith(Path.Combine("plugins", "Quotes", "Quotes.dll"), StringComparison.Ordinal));
        assemblies
            .SelectMany(path => References(path).Where(Networking.Contains).Select(name => $"{Path.GetRelativePath(folder, path)} references {name}"))
            .ShouldBeEmpty();
    }

    private static string[] References(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        if (!pe.HasMetadata)
        {
            return [];
        }

        var metadata = pe.GetMetadataReader();
        return [.. metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))];
    }
}
