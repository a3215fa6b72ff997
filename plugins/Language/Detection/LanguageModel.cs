namespace Language.Detection;

/// <summary>
/// What the detector knows of each language: the scripts it is written in, and how likely each character n-gram
/// and each word is in it. Built by <c>tools/LanguageModelBuilder</c> from licensed text and shipped inside the
/// plugin; nothing is downloaded.
/// </summary>
public sealed class LanguageModel
{
    private const int FormatVersion = 1;
    private static readonly byte[] Magic = "PHLM"u8.ToArray();
    private static readonly Lazy<LanguageModel> ShippedModel = new(LoadShipped);

    /// <summary>A model of the given languages; <c>floors[language][order]</c> is the log-probability of an unseen word (order 0) or n-gram.</summary>
    public LanguageModel(IReadOnlyList<string> languages, IReadOnlyList<Script> scripts, IReadOnlyList<float[]> floors, FeatureTable ngrams, FeatureTable words)
    {
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(scripts);
        ArgumentNullException.ThrowIfNull(floors);
        if (scripts.Count != languages.Count || floors.Count != languages.Count || floors.Any(f => f.Length != FeatureReader.MaxOrder + 1) || languages.Count > byte.MaxValue)
        {
            throw new ArgumentException("A language model needs scripts and floors for each of its languages (at most 255).");
        }

        Languages = languages;
        Scripts = scripts;
        Floors = floors;
        LowestFloors = [.. Enumerable.Range(0, FeatureReader.MaxOrder + 1).Select(order => floors.Min(f => f[order]))];
        NGrams = ngrams ?? throw new ArgumentNullException(nameof(ngrams));
        Words = words ?? throw new ArgumentNullException(nameof(words));
    }

    /// <summary>The model that ships with the plugin.</summary>
    public static LanguageModel Shipped => ShippedModel.Value;

    /// <summary>
    /// ISO 639-1 codes, in the order the feature tables number them. A language written in two alphabets has a
    /// model for each, under the same code.
    /// </summary>
    public IReadOnlyList<string> Languages { get; }

    public IReadOnlyList<Script> Scripts { get; }

    public IReadOnlyList<float[]> Floors { get; }

    /// <summary>Per order, the lowest floor of all languages.</summary>
    public IReadOnlyList<float> LowestFloors { get; }

    public FeatureTable NGrams { get; }

    public FeatureTable Words { get; }

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Languages.Count);
        for (var i = 0; i < Languages.Count; i++)
        {
            writer.Write(Languages[i]);
            writer.Write((int)Scripts[i]);
            foreach (var floor in Floors[i])
            {
                writer.Write(floor);
            }
        }

        NGrams.Write(writer);
        Words.Write(writer);
    }

    public static LanguageModel Read(Stream stream)
    {
        // Stored uncompressed: decompressing took longer than the 50 ms the model has to load in.
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException($"Not a language model of format version {FormatVersion}.");
        }

        var count = reader.ReadInt32();
        var (languages, scripts, floors) = (new string[count], new Script[count], new float[count][]);
        for (var i = 0; i < count; i++)
        {
            languages[i] = reader.ReadString();
            scripts[i] = (Script)reader.ReadInt32();
            floors[i] = [.. Enumerable.Range(0, FeatureReader.MaxOrder + 1).Select(_ => reader.ReadSingle())];
        }

        return new LanguageModel(languages, scripts, floors, FeatureTable.Read(reader), FeatureTable.Read(reader));
    }

    private static LanguageModel LoadShipped()
    {
        using var stream = typeof(LanguageModel).Assembly.GetManifestResourceStream("Language.language.model")
            ?? throw new InvalidOperationException("The Language plugin was built without its model (Model/language.model).");
        return Read(stream);
    }
}
