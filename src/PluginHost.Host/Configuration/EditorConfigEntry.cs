using PluginHost.Sdk.Text;

namespace PluginHost.Host.Configuration;

/// <summary>A <c>key = value</c> line; keys are lower-cased except the rule ID or category inside them.</summary>
public sealed record EditorConfigEntry(string Key, string Value, LinePosition Position);
