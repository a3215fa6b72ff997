namespace PluginHost.Host.Reporting;

/// <summary>
/// A file being written under a temporary name beside its path. <see cref="Commit"/> renames it into place;
/// disposed without a commit, it is deleted and the file at the path is left as it was.
/// </summary>
public sealed class PendingFile : IDisposable
{
    private readonly string _path;
    private readonly string _temporary;
    private bool _committed;

    internal PendingFile(string path, string temporary)
    {
        _path = path;
        _temporary = temporary;
        Stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
    }

    public FileStream Stream { get; }

    public void Commit()
    {
        Stream.Flush(flushToDisk: true);
        Stream.Dispose();
        File.Move(_temporary, _path, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed)
        {
            Stream.Dispose();
            File.Delete(_temporary);
        }
    }
}
