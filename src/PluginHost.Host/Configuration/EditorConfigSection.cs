using System.Text.RegularExpressions;

namespace PluginHost.Host.Configuration;

/// <summary>One <c>[glob]</c> section and its <c>key = value</c> entries, in file order.</summary>
public sealed record EditorConfigSection(string Glob, Regex Matcher, IReadOnlyList<EditorConfigEntry> Entries);
