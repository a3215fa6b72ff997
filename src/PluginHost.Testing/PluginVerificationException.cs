namespace PluginHost.Testing;

/// <summary>The findings of a run did not match what the annotated text expected; the message lists both.</summary>
public sealed class PluginVerificationException(string message) : Exception(message);
