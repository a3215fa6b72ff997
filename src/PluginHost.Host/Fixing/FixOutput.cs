namespace PluginHost.Host.Fixing;

/// <summary>
/// Where fixed articles go: over the originals (atomically, optionally keeping a .bak copy), or as copies under
/// another folder that mirror the articles' paths relative to the working folder and never escape it.
/// </summary>
public sealed class FixOutput
{
    private readonly string? _outFolder;
    private readonly bool _backup;

    private FixOutput(string? outFolder, bool backup)
    {
        _outFolder = outFolder is null ? null : Path.GetFullPath(outFolder);
        _backup = backup;
    }

    public static FixOutput InPlace(bool backup) => new(null, backup);

    public static FixOutput Into(string folder) => new(folder, backup: false);

    /// <summary>Where the fixed text of an article goes; null when the article lies outside the working folder and cannot be mirrored.</summary>
    public string? TargetFor(string fullPath, string workingDirectory)
    {
        if (_outFolder is null)
        {
            return fullPath;
        }

        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        if (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        var target = Path.GetFullPath(Path.Combine(_outFolder, relative));
        return target.StartsWith(Path.TrimEndingDirectorySeparator(_outFolder) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? target : null;
    }

    public void Write(string fullPath, string target, string text)
    {
        if (_backup && target == fullPath)
        {
            File.Copy(fullPath, fullPath + ".bak", overwrite: true);
        }

        Reporting.AtomicFile.Write(target, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            writer.Write(text);
        });
    }
}
