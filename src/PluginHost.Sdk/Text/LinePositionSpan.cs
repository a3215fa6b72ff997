namespace PluginHost.Sdk.Text;

/// <summary>Start and exclusive end of a span as lines and columns.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End)
{
    public override string ToString() => $"{Start.Line},{Start.Column},{End.Line},{End.Column}";
}
