namespace Language.Evaluation.Tests;

/// <summary>One folder of held-out samples: a file per language, one sample per line.</summary>
internal sealed record EvaluationSet(string Name, IReadOnlyDictionary<string, IReadOnlyList<string>> Samples)
{
    public static EvaluationSet Load(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Evaluation", name);
        return new EvaluationSet(name, Directory.GetFiles(folder, "*.txt").ToDictionary(
            f => Path.GetFileNameWithoutExtension(f),
            f => (IReadOnlyList<string>)[.. File.ReadLines(f).Where(l => l.Length > 0)]));
    }
}
