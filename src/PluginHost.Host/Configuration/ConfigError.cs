using PluginHost.Sdk.Text;

namespace PluginHost.Host.Configuration;

/// <summary>A problem in a configuration file, at a 1-based line and column.</summary>
public sealed record ConfigError(string File, LinePosition Position, string Message)
{
    public override string ToString() => $"{File}({Position.Line},{Position.Column}): error: {Message}";
}
