using PluginHost.Sdk.Text;

namespace PluginHost.Host.Configuration;

/// <summary>A <c>key = value</c> line, with where its key and its value start.</summary>
public sealed record EditorConfigEntry(string Key, string Value, LinePosition KeyPosition, LinePosition ValuePosition);
