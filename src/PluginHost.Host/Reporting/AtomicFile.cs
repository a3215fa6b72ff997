namespace PluginHost.Host.Reporting;

/// <summary>
/// Writes a file through a temporary file in the same folder, renamed into place when complete: an interrupted
/// write leaves the previous file or none, never a truncated one.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        WriteAsync(path, stream =>
        {
            write(stream);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();
    }

    public static async Task WriteAsync(string path, Func<Stream, Task> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var file = Begin(path);
        await write(file.Stream);
        file.Commit();
    }

    /// <summary>Starts writing <paramref name="path"/>, for a writer that outlives one call: see <see cref="PendingFile"/>.</summary>
    public static PendingFile Begin(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        return new PendingFile(full, Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp"));
    }
}
