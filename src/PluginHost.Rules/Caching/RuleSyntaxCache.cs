using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using PluginHost.Rules.Parsing;
using PluginHost.Rules.Syntax;

namespace PluginHost.Rules.Caching;

/// <summary>
/// Parses rule files, keeping each file's syntax in a folder under the hash of its text, so that a later run given the
/// same text reads the syntax instead of parsing it (about 90 ms of a one-article run's 0.5 s, 130 ms of its CPU).
/// </summary>
/// <remarks>
/// An entry's key hashes the text with the identity of the parser's build, so an edited file, another build of
/// the rule language or another runtime simply misses. Entries are written beside their name and renamed into it,
/// and each carries a checksum: a damaged, foreign or half-written entry is parsed again and replaced. A file with
/// parse errors is never kept, so its errors are reported on every run. A folder that cannot be written only costs
/// the parse. An entry is, in order: <see cref="Magic"/>, its key, the payload's length (32-bit little-endian), the
/// payload (<see cref="RuleSyntaxCodec"/>'s bytes), and the payload's SHA-256.
/// </remarks>
public sealed class RuleSyntaxCache
{
    private const int KeyLength = 32;
    private const int LengthOffset = 4 + KeyLength;
    private const int HeaderLength = LengthOffset + 4;
    private const int ChecksumLength = 32;

    private static readonly byte[] Magic = "PHRS"u8.ToArray();

    private static readonly byte[] ParserKey = ComputeParserKey();

    private readonly string? _folder;
    private readonly int _maxEntries;

    // Set when a write fails, as in a read-only cache baked into a container image: the process then only reads, and
    // does not pay for a failing write (and its exception) on every later miss or hit.
    private volatile bool _unwritable;

    /// <param name="root">
    /// Where the cache lives, or null for none: entries go in <c>rule-syntax/&lt;build&gt;</c> under it, where the
    /// build is the first 16 hex digits of the parser's identity. A relative root is taken from the current folder.
    /// </param>
    /// <param name="maxEntries">How many entries of this build are kept; after a write, the least recently used beyond them are deleted.</param>
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
            MarkUsed(entry);
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

    // Builds are deterministic, so a module's ID changes exactly when its code does: any change to the grammar, the
    // syntax types or the codec (all in the Rules assembly) makes a new key, and no format version is needed.
    private static byte[] ComputeParserKey()
    {
        var identity = string.Join(
            '\n',
            "pluginhost rule syntax",
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

        var payloadLength = bytes.Length - HeaderLength - ChecksumLength;
        if (payloadLength < 0
            || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)
            || !bytes.AsSpan(Magic.Length, KeyLength).SequenceEqual(key)
            || BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(LengthOffset)) != payloadLength)
        {
            return null;
        }

        var payload = bytes.AsSpan(HeaderLength, payloadLength);
        if (!SHA256.HashData(payload).AsSpan().SequenceEqual(bytes.AsSpan(HeaderLength + payloadLength)))
        {
            return null;
        }

        using var reader = new BinaryReader(new MemoryStream(bytes, HeaderLength, payloadLength, writable: false), Encoding.UTF8);
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
        if (_unwritable)
        {
            return;
        }

        var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            RuleSyntaxCodec.Write(writer, declarations);
        }

        var temporary = $"{entry}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            CreateFolders(_folder!);
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                var bytes = payload.GetBuffer().AsSpan(0, (int)payload.Length);
                Span<byte> length = stackalloc byte[4];
                BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
                file.Write(Magic);
                file.Write(key);
                file.Write(length);
                file.Write(bytes);
                file.Write(SHA256.HashData(bytes));
            }

            File.Move(temporary, entry, overwrite: true);
            Prune();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _unwritable = true;
            TryDelete(temporary);
        }
    }

    // Entries are trusted as if they were the rule files themselves, so the rule-syntax folder and the build's folder
    // in it are the user's alone (Directory.CreateDirectory gives the mode only to the last folder it creates).
    // Folders that already exist keep the mode they were given.
    private static void CreateFolders(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        const UnixFileMode owner = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!, owner);
        Directory.CreateDirectory(folder, owner);
    }

    /// <summary>
    /// A hit moves the write time of the entry and of its build's folder to now, at most once a day, so that the
    /// entries every run reads are the last that <see cref="Prune"/> deletes, and a build still in use keeps its folder.
    /// A folder that cannot be written keeps the old times.
    /// </summary>
    private void MarkUsed(string entry)
    {
        if (_unwritable)
        {
            return;
        }

        try
        {
            var now = DateTime.UtcNow;
            if (now - File.GetLastWriteTimeUtc(entry) > TimeSpan.FromDays(1))
            {
                File.SetLastWriteTimeUtc(entry, now);
                Directory.SetLastWriteTimeUtc(_folder!, now);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _unwritable = true;
        }
    }

    /// <summary>
    /// Deletes the least recently used entries beyond the limit, what crashed writers left more than an hour ago, and the
    /// folders of other builds unused for a month.
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
