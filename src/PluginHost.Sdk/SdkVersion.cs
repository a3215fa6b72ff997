namespace PluginHost.Sdk;

/// <summary>The plugin contract's version. Plugins built against another major version are refused.</summary>
public static class SdkVersion
{
    public static Version Current { get; } = typeof(SdkVersion).Assembly.GetName().Version!;

    public static int Major => Current.Major;
}
