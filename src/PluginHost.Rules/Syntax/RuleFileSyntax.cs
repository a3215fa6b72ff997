namespace PluginHost.Rules.Syntax;

/// <summary>A parsed rule file: its lists, settings and rules in the order written.</summary>
public sealed record RuleFileSyntax(string Path, IReadOnlyList<DeclarationSyntax> Declarations);
