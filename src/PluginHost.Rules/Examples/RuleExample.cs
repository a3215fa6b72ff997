using PluginHost.Sdk.Text;

namespace PluginHost.Rules.Examples;

/// <summary>
/// An example written in a rule: <c>example = "… {|span|} …";</c> must produce exactly the marked findings,
/// <c>counterexample = "…";</c> must produce none.
/// </summary>
public sealed record RuleExample(AnnotatedText Text, bool ShouldMatch, string File, LinePosition Position);
