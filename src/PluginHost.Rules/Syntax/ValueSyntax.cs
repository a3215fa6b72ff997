using System.Globalization;
using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Syntax;

/// <summary>A literal value: a string, a number, a boolean or a bare name such as <c>warning</c>.</summary>
public abstract record ValueSyntax(LinePosition Position)
{
    public abstract object Value { get; }

    public abstract string Describe();
}

public sealed record StringValueSyntax(string Text, LinePosition Position) : ValueSyntax(Position)
{
    public override object Value => Text;

    public override string Describe() => "a string";
}

public sealed record NumberValueSyntax(double Number, LinePosition Position) : ValueSyntax(Position)
{
    public override object Value => Number;

    public override string Describe() => $"the number {Number.ToString(CultureInfo.InvariantCulture)}";
}

public sealed record BooleanValueSyntax(bool Flag, LinePosition Position) : ValueSyntax(Position)
{
    public override object Value => Flag;

    public override string Describe() => Flag ? "true" : "false";
}

public sealed record NameValueSyntax(string Name, LinePosition Position) : ValueSyntax(Position)
{
    public override object Value => Name;

    public override string Describe() => $"'{Name}'";
}
