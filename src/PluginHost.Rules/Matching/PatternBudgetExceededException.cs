namespace PluginHost.Rules.Matching;

/// <summary>A pattern took more steps than a run allows on one scope: its nested repetitions explode on this text.</summary>
public sealed class PatternBudgetExceededException(int steps)
    : Exception($"The pattern took more than {steps:N0} steps on one scope; simplify its nested repetitions or gaps.");
