using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Syntax;

/// <summary>A token pattern, the value of a rule's <c>match</c>.</summary>
public abstract record PatternSyntax(LinePosition Position);

/// <summary><c>"called for"</c>: the phrase's tokens, case-insensitive; <c>="NASA"</c>: case-sensitive.</summary>
public sealed record LiteralPatternSyntax(string Text, bool CaseSensitive, LinePosition Position) : PatternSyntax(Position);

/// <summary><c>/[0-9]+(st|nd|rd|th)/i</c>: one token whose whole text matches the expression.</summary>
public sealed record RegexPatternSyntax(string Expression, string Flags, LinePosition Position) : PatternSyntax(Position);

/// <summary><c>$speech_verbs</c>: any entry of a named list.</summary>
public sealed record ListPatternSyntax(string Name, LinePosition Position) : PatternSyntax(Position);

/// <summary><c>@quote</c>: a class a plugin provides, or an annotation of a layer.</summary>
public sealed record ClassPatternSyntax(string Name, LinePosition Position) : PatternSyntax(Position);

/// <summary><c>_</c>: any one token.</summary>
public sealed record AnyTokenPatternSyntax(LinePosition Position) : PatternSyntax(Position);

/// <summary><c>!","</c>: one token where the inner element does not match.</summary>
public sealed record NotPatternSyntax(PatternSyntax Inner, LinePosition Position) : PatternSyntax(Position);

/// <summary><c>gap(3)</c> or <c>gap(1, 3)</c>: between Min and Max tokens of anything, as few as possible.</summary>
public sealed record GapPatternSyntax(int Min, int Max, LinePosition Position) : PatternSyntax(Position);

/// <summary><c>^</c> or <c>$</c>: the start or end of the rule's scope.</summary>
public sealed record AnchorPatternSyntax(bool AtStart, LinePosition Position) : PatternSyntax(Position);

public sealed record SequencePatternSyntax(IReadOnlyList<PatternSyntax> Items, LinePosition Position) : PatternSyntax(Position);

public sealed record AlternationPatternSyntax(IReadOnlyList<PatternSyntax> Options, LinePosition Position) : PatternSyntax(Position);

/// <summary><c>p?</c>, <c>p*</c>, <c>p+</c>, <c>p{2,4}</c>; Max is null when unbounded.</summary>
public sealed record RepeatPatternSyntax(PatternSyntax Inner, int Min, int? Max, LinePosition Position) : PatternSyntax(Position);

/// <summary><c>speaker:(…)</c>: names what the inner pattern matched.</summary>
public sealed record CapturePatternSyntax(string Name, PatternSyntax Inner, LinePosition Position) : PatternSyntax(Position);
