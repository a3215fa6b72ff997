using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Syntax;

/// <summary>One side of a comparison.</summary>
public abstract record OperandSyntax(LinePosition Position);

/// <summary><c>paragraph.language</c>, <c>speaker.words</c>: a unit or capture, then a property or layer, then an annotation property.</summary>
public sealed record PathOperandSyntax(IReadOnlyList<string> Segments, LinePosition Position) : OperandSyntax(Position)
{
    public override string ToString() => string.Join('.', Segments);
}

public sealed record ValueOperandSyntax(ValueSyntax Value, LinePosition Position) : OperandSyntax(Position);

/// <summary><c>none</c>: no value, as when a layer has no annotation there.</summary>
public sealed record NoneOperandSyntax(LinePosition Position) : OperandSyntax(Position);

/// <summary><c>$stopwords</c>, the right side of <c>in</c>.</summary>
public sealed record ListOperandSyntax(string Name, LinePosition Position) : OperandSyntax(Position);
