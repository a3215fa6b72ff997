using System.Globalization;
using System.Text;
using PluginHost.CorpusGenerator;

// corpus-generator OUT [--count N] [--seed S]: N articles of 4-8 KB in OUT/<thousands>/<n>.txt, the same bytes for the same N and S.
if (args.Length == 0 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine("usage: corpus-generator OUT [--count N (default 10000)] [--seed S (default 1)]");
    return 2;
}

var output = args[0];
if (Option("--count", 10_000) is not { } count || Option("--seed", 1) is not { } seed)
{
    Console.Error.WriteLine("error: --count and --seed take a whole number of at least 1");
    return 2;
}

if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
{
    Console.Error.WriteLine($"{output}: error: the folder is not empty; give a new or empty folder, so nothing of yours is overwritten");
    return 2;
}

long bytes = 0;
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
for (var index = 0; index < count; index++)
{
    var text = ArticleComposer.CorpusArticle(seed, index);
    var folder = Path.Combine(output, (index / 1000).ToString("D3", CultureInfo.InvariantCulture));
    Directory.CreateDirectory(folder);
    var encoded = utf8.GetBytes(text);
    File.WriteAllBytes(Path.Combine(folder, $"{index:D6}.txt"), encoded);
    bytes += encoded.Length;
}

Console.Error.WriteLine($"Wrote {count} articles, {bytes / 1_000_000.0:F1} MB, to {output}");
return 0;

int? Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    if (at < 0)
    {
        return fallback;
    }

    return at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
