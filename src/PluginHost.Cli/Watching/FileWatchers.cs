namespace PluginHost.Cli.Watching;

/// <summary>
/// File-system watchers over a set of folders that report the full path of every file created, changed, deleted
/// or renamed (both names). When a watcher's buffer overflows, events were lost: it reports null, and the
/// whole set-up and every article are read again.
/// </summary>
internal sealed class FileWatchers : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];

    public FileWatchers(IEnumerable<(string Folder, bool Recursive)> roots, Action<string?> changed)
    {
        foreach (var (folder, recursive) in roots.Distinct())
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = recursive,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => changed(e.FullPath);
            watcher.Created += (_, e) => changed(e.FullPath);
            watcher.Deleted += (_, e) => changed(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                changed(e.OldFullPath);
                changed(e.FullPath);
            };
            watcher.Error += (_, _) => changed(null);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }
}
