using Language.Detection;
using LanguageModelBuilder;

// Usage: LanguageModelBuilder TRAINING_DIR MODEL_FILE
// TRAINING_DIR holds one folder per language (ISO 639-1), each with one text file per source (udhr.txt, cldr.txt, …).
if (args.Length != 2 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: LanguageModelBuilder TRAINING_DIR MODEL_FILE");
    return 2;
}

// Languages are counted in parallel and added in the order of their codes, so that the model is the same every time.
var estimator = new ModelEstimator();
var counted = Directory.GetDirectories(args[0]).Order(StringComparer.Ordinal).AsParallel().AsOrdered().Select(folder =>
{
    var texts = TrainingSource.All
        .Select(s => (Source: s, Path: Path.Combine(folder, s.Name + ".txt")))
        .Where(s => File.Exists(s.Path))
        .Select(s => (s.Source, Lines: File.ReadAllLines(s.Path)))
        .ToList();
    var language = Path.GetFileName(folder);
    var alphabets = ScriptVariants.Of([.. texts.Where(t => t.Source.Name is "udhr").SelectMany(t => t.Lines)]);
    var shares = ScriptVariants.Shares(alphabets, texts);
    return alphabets
        .Select((script, i) => (Language: language, Script: script, Share: shares[i], Sources: texts.Select(t => (t.Source, Counts: FeatureCounts.Of(ScriptVariants.LinesIn(language, script, t.Lines)))).ToList()))
        .ToList();
});
foreach (var (language, script, share, sources) in counted.SelectMany(c => c))
{
    estimator.Add(language, share, sources);
    Console.WriteLine($"{language} {(script == Script.None ? "" : $"{script} ({share:P0})")}: {string.Join(", ", sources.Select(s => $"{s.Source.Name} {s.Counts.ByOrder[1].Values.Sum():N0} letters"))}");
}

var model = estimator.Build();
var temporary = args[1] + ".tmp";
using (var file = File.Create(temporary))
{
    model.Write(file);
}

File.Move(temporary, args[1], overwrite: true);
Console.WriteLine($"{model.Languages.Count} languages, {model.NGrams.Count:N0} n-grams, {model.Words.Count:N0} words: {args[1]} ({new FileInfo(args[1]).Length:N0} bytes)");
return 0;
