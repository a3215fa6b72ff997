using PluginHost.Sdk.Text;

namespace PluginHost.Host.Configuration;

/// <summary>An .editorconfig-style file: <c>root = true</c> at the top, then <c>[glob]</c> sections of entries.</summary>
public sealed class EditorConfigFile
{
    private EditorConfigFile(string path, bool isRoot, IReadOnlyList<EditorConfigSection> sections)
    {
        Path = path;
        Directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        IsRoot = isRoot;
        Sections = sections;
    }

    public string Path { get; }

    public string Directory { get; }

    public bool IsRoot { get; }

    public IReadOnlyList<EditorConfigSection> Sections { get; }

    public static EditorConfigFile Parse(string path, string text, ICollection<ConfigError> errors)
    {
        var isRoot = false;
        var sections = new List<EditorConfigSection>();
        string? glob = null;
        var entries = new List<EditorConfigEntry>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var number = 1; number <= lines.Length; number++)
        {
            var raw = lines[number - 1];
            var line = raw.Trim();
            var column = raw.Length - raw.TrimStart().Length + 1;
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                if (!line.EndsWith(']') || line.Length < 3)
                {
                    errors.Add(new ConfigError(path, new LinePosition(number, column), $"a section header is [glob], not '{line}'"));
                    continue;
                }

                Close();
                glob = line[1..^1];
                continue;
            }

            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                errors.Add(new ConfigError(path, new LinePosition(number, column), $"expected 'key = value', found '{line}'"));
                continue;
            }

            var key = line[..equals].Trim();
            var value = line[(equals + 1)..].Trim();
            if (glob is null)
            {
                isRoot |= key.Equals("root", StringComparison.OrdinalIgnoreCase) && value.Equals("true", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            entries.Add(new EditorConfigEntry(key, value, new LinePosition(number, column), new LinePosition(number, column + line.IndexOf(value, equals, StringComparison.Ordinal))));
        }

        Close();
        return new EditorConfigFile(path, isRoot, sections);

        void Close()
        {
            if (glob is not null)
            {
                sections.Add(new EditorConfigSection(glob, EditorConfigGlob.ToRegex(glob), [.. entries]));
            }

            entries.Clear();
        }
    }

    /// <summary>The entries of every section that matches <paramref name="fullPath"/>, later ones last.</summary>
    public IEnumerable<EditorConfigEntry> EntriesFor(string fullPath)
    {
        var relative = System.IO.Path.GetRelativePath(Directory, fullPath).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal)
            ? []
            : Sections.Where(s => s.Matcher.IsMatch(relative)).SelectMany(s => s.Entries);
    }
}
