namespace PluginHost.Host.Loading;

/// <summary>Why a plugin folder gave no plugin. The other plugins load and run regardless.</summary>
public sealed record PluginLoadError(string Folder, string Message)
{
    public override string ToString() => $"{Folder}: error: {Message}";
}
