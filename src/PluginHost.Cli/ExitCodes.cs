namespace PluginHost.Cli;

/// <summary>What the process's exit code tells scripts and CI.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at error level.</summary>
    public const int Success = 0;

    /// <summary>Error-level findings, or warnings with --warnaserror, or failing rule examples.</summary>
    public const int Findings = 1;

    /// <summary>Bad usage, configuration, plugin or rule file.</summary>
    public const int BadInput = 2;

    /// <summary>The host itself failed.</summary>
    public const int InternalFailure = 3;
}
