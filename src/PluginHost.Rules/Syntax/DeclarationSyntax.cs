using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Syntax;

/// <summary>A top-level statement of a rule file.</summary>
public abstract record DeclarationSyntax(LinePosition Position);

/// <summary><c>list speech_verbs = said, "called for";</c></summary>
public sealed record ListDeclarationSyntax(string Name, IReadOnlyList<string> Entries, LinePosition Position) : DeclarationSyntax(Position);

/// <summary><c>setting min_words = 5;</c></summary>
public sealed record SettingDeclarationSyntax(string Name, ValueSyntax Value, LinePosition Position) : DeclarationSyntax(Position);

/// <summary><c>rule QT0002 { title = "…"; match = …; }</c></summary>
public sealed record RuleDeclarationSyntax(string Id, IReadOnlyList<RulePropertySyntax> Properties, LinePosition Position) : DeclarationSyntax(Position);

/// <summary><c>pattern quote_then_speaker_verb { match = quote:@quote_close speaker:@mentions verb:$speech_verbs; }</c>: a pattern the plugin's code runs.</summary>
public sealed record PatternDeclarationSyntax(string Name, IReadOnlyList<RulePropertySyntax> Properties, LinePosition Position) : DeclarationSyntax(Position);
