namespace PluginHost.Host.Baselines;

/// <summary>A baseline file that cannot be used; the message names the file and, where it can, the line and column.</summary>
public sealed class BaselineException(string message, Exception? innerException = null) : Exception(message, innerException);
