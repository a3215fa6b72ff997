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

    /// <summary>Spectre.Console asks for the machine's name to write file links; that is a system call, not a connection.</summary>
    private static readonly HashSet<string> Allowed = ["System.Net.Dns.GetHostName"];

    [Fact]
    public void Nothing_that_ships_uses_the_network()
    {
        var folder = Path.GetDirectoryName(CliRun.CliAssembly)!;
        var assemblies = Directory.GetFiles(folder, "*.dll", SearchOption.AllDirectories);
        assemblies.ShouldContain(path => path.EndsWith(Path.Combine("plugins", "Quotes", "Quotes.dll"), StringComparison.Ordinal));
        assemblies
            .SelectMany(path => NetworkingUses(path).Where(use => !Allowed.Contains(use)).Select(use => $"{Path.GetRelativePath(folder, path)} uses {use}"))
            .ShouldBeEmpty();
    }

    /// <summary>Every type and member of a networking assembly that an assembly refers to.</summary>
    private static IEnumerable<string> NetworkingUses(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        if (!pe.HasMetadata)
        {
            return [];
        }

        var metadata = pe.GetMetadataReader();
        var types = metadata.TypeReferences
            .Select(handle => (Handle: handle, Type: metadata.GetTypeReference(handle)))
            .Where(t => t.Type.ResolutionScope.Kind == HandleKind.AssemblyReference
                && Networking.Contains(metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)t.Type.ResolutionScope).Name)))
            .ToDictionary(t => t.Handle, t => $"{metadata.GetString(t.Type.Namespace)}.{metadata.GetString(t.Type.Name)}");
        var members = metadata.MemberReferences
            .Select(metadata.GetMemberReference)
            .Where(m => m.Parent.Kind == HandleKind.TypeReference && types.ContainsKey((TypeReferenceHandle)m.Parent))
            .Select(m => $"{types[(TypeReferenceHandle)m.Parent]}.{metadata.GetString(m.Name)}")
            .ToList();
        return [.. members, .. types.Values.Where(type => !members.Any(member => member.StartsWith(type + ".", StringComparison.Ordinal)))];
    }
}
