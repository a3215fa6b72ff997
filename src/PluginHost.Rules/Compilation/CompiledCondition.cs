namespace PluginHost.Rules.Compilation;

/// <summary>A rule's <c>where</c>, checked and turned into code.</summary>
public delegate bool CompiledCondition(ConditionScope scope);
