using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using PluginHost.Rules.Parsing;
using PluginHost.Rules.Syntax;

namespace PluginHost.Rules.Caching;

/// <summary>
/// Parses rule files, keeping each file's syntax in a folder under the hash of its text, so that a later run given the
/// same text reads the syntax instead of parsing it (about 80 ms of a one-article run, 150 ms of its CPU).
/// </summary>
/// <remarks>
/// An entry's key hashes the text with the identity of the parser's build, so an edited file, another build of
/// the rule language or another runtime simply misses. Entries are written beside their name and renamed into it,
/// and each carries a checksum: a damaged, foreign or half-written entry is parsed again and replaced. A file with
/// parse errors is never kept, so its errors are reported on every run. A folder that cannot be written only costs
/// the parse.
/// </remarks>
public sealed class RuleSyntaxCache
{
    /// <summary>Version of the entry layout and of <see cref="RuleSyntaxCodec"/>'s encoding.</summary>
    private const int FormatVersion = 1;

    private static readonly byte[] Magic = "PHRS"u8.ToArray();

    private static readonly byte[] ParserKey = ComputeParserKey();

    private readonly string? _folder;
    private readonly int _maxEntries;

    /// <param name="root">Where the cache lives (entries go in a <c>rule-syntax</c> folder under it), or null for none.</param>
    /// <param name="maxEntries">How many entries of this build are kept; after a write, the oldest beyond them are deleted.</param>
    public RuleSyntaxCache(string? root, int maxEntries = 256)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEntries, 1);
        _folder = root is null ? null : Path.Combine(Path.GetFullPath(root), "rule-syntax", Convert.ToHexStringLower(ParserKey, 0, 8));
        _maxEntries = maxEntries;
    }

    /// <summary>Parses every time.</summary>
    public static RuleSyntaxCache None { get; } = new(null);

    /// <summary>The folder of this build's entries, or null when nothing is cached.</summary>
    public string? Folder => _folder;

    /// <summary>The syntax of <paramref name="text"/>, read from the cache or parsed, as <see cref="RuleParser.Parse"/> gives it.</summary>
    public RuleFileSyntax Parse(string path, string text, out RuleError? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        if (_folder is null)
        {
            return RuleParser.Parse(path, text, out error);
        }

        var key = EntryKey(text);
        var entry = EntryPath(key);
        if (TryRead(entry, key) is { } declarations)
        {
            error = null;
            return new RuleFileSyntax(path, declarations);
        }

        var syntax = RuleParser.Parse(path, text, out error);
        if (error is null)
        {
            TryWrite(entry, key, syntax.Declarations);
        }

        return syntax;
    }

    /// <summary>Whether an entry for <paramref name="text"/> is there (not whether it is sound, which only reading it tells).</summary>
    public bool Holds(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _folder is not null && File.Exists(EntryPath(EntryKey(text)));
    }

    private string EntryPath(byte[] key) => Path.Combine(_folder!, Convert.ToHexStringLower(key) + ".syntax");

    private static byte[] ComputeParserKey()
    {
        var identity = string.Join(
            '\n',
            $"pluginhost rule syntax {FormatVersion}",
            typeof(RuleSyntaxCache).Assembly.ManifestModule.ModuleVersionId,
            typeof(Sdk.Text.LinePosition).Assembly.ManifestModule.ModuleVersionId,
            typeof(Pidgin.Parser).Assembly.ManifestModule.ModuleVersionId,
            Environment.Version);
        return SHA256.HashData(Encoding.UTF8.GetBytes(identity));
    }

    private static byte[] EntryKey(string text)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(ParserKey);
        hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
        return hash.GetHashAndReset();
    }

    private static IReadOnlyList<DeclarationSyntax>? TryRead(string entry, byte[] key)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(entry);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        const int header = 4 + 32 + 4;
        const int checksum = 32;
        if (bytes.Length < header + checksum
            || !bytes.AsSpan(0, 4).SequenceEqual(Magic)
            || !bytes.AsSpan(4, 32).SequenceEqual(key)
            || BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(36)) != bytes.Length - header - checksum)
        {
            return null;
        }

        var payload = bytes.AsSpan(header, bytes.Length - header - checksum);
        if (!SHA256.HashData(payload).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - checksum)))
        {
            return null;
        }

        using var reader = new BinaryReader(new MemoryStream(bytes, header, payload.Length, writable: false), Encoding.UTF8);
        try
        {
            var declarations = RuleSyntaxCodec.Read(reader);
            return reader.BaseStream.Position == reader.BaseStream.Length ? declarations : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private void TryWrite(string entry, byte[] key, IReadOnlyList<DeclarationSyntax> declarations)
    {
        var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            RuleSyntaxCodec.Write(writer, declarations);
        }

        var temporary = $"{entry}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            CreateFolder(_folder!);
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                file.Write(Magic);
                file.Write(key);
                Span<byte> length = stackalloc byte[4];
                BinaryPrimitives.WriteInt32LittleEndian(length, (int)payload.Length);
                file.Write(length);
                file.Write(payload.GetBuffer().AsSpan(0, (int)payload.Length));
                file.Write(SHA256.HashData(payload.GetBuffer().AsSpan(0, (int)payload.Length)));
            }

            File.Move(temporary, entry, overwrite: true);
            Prune();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    // Only the owner may write entries: they are trusted as if they were the rule files themselves.
    private static void CreateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>
    /// Deletes the oldest entries beyond the limit, what crashed writers left more than an hour ago, and the folders of
    /// other builds not written for a month.
    /// </summary>
    private void Prune()
    {
        var folder = new DirectoryInfo(_folder!);
        foreach (var old in folder.EnumerateFiles("*.syntax").OrderByDescending(f => f.LastWriteTimeUtc).Skip(_maxEntries))
        {
            TryDelete(old.FullName);
        }

        var hourAgo = DateTime.UtcNow.AddHours(-1);
        foreach (var left in folder.EnumerateFiles("*.tmp").Where(f => f.LastWriteTimeUtc < hourAgo))
        {
            TryDelete(left.FullName);
        }

        var monthAgo = DateTime.UtcNow.AddDays(-30);
        foreach (var build in folder.Parent!.EnumerateDirectories().Where(d => d.Name != folder.Name && d.LastWriteTimeUtc < monthAgo))
        {
            try
            {
                build.Delete(recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another process may be writing there; it is tried again after the next write.
            }
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next prune.
        }
    }
}
