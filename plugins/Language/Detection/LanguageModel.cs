namespace Language.Detection;

/// <summary>
/// What the detector knows of each language: the scripts it is written in, and how likely each character n-gram
/// and each word is in it. Built by <c>tools/LanguageModelBuilder</c> from licensed text and shipped inside the
/// plugin; nothing is downloaded.
/// </summary>
internal sealed class LanguageModel
{
    private const int FormatVersion = 5;
    private static readonly byte[] Magic = "PHLM"u8.ToArray();
    private static readonly Lazy<LanguageModel> ShippedModel = new(LoadShipped);

    /// <summary>
    /// A model of the given languages, each written in the given scripts (at most 255 languages). A language written
    /// in two alphabets has a model for each, and <paramref name="alphabetShares"/> gives each model's share of the
    /// language's writing (1, the default, for a language's only model).
    /// </summary>
    public LanguageModel(IReadOnlyList<string> languages, IReadOnlyList<Script> scripts, FeatureTable ngrams, FeatureTable words, IReadOnlyList<double>? alphabetShares = null)
    {
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(scripts);
        ArgumentNullException.ThrowIfNull(ngrams);
        ArgumentNullException.ThrowIfNull(words);
        alphabetShares ??= [.. languages.Select(_ => 1.0)];
        if (scripts.Count != languages.Count || alphabetShares.Count != languages.Count || languages.Count > byte.MaxValue)
        {
            throw new ArgumentException("A language model needs the scripts and alphabet share of each of its languages, and has at most 255.");
        }

        if (alphabetShares.Any(s => s is not (> 0 and <= 1))
            || languages.Select((l, i) => (l, i)).GroupBy(m => m.l, m => alphabetShares[m.i]).Any(g => Math.Abs(g.Sum() - 1) > 1e-6))
        {
            throw new InvalidDataException("An alphabet's share of a language's writing is above 0 and at most 1, and a language's shares add up to 1.");
        }

        if (ngrams.LanguageCount > languages.Count || words.LanguageCount > languages.Count)
        {
            throw new InvalidDataException("The language model's features name more languages than it has.");
        }

        Languages = languages;
        Scripts = scripts;
        AlphabetShares = alphabetShares;
        NGrams = ngrams;
        Words = words;
    }

    /// <summary>The model that ships with the plugin.</summary>
    public static LanguageModel Shipped => ShippedModel.Value;

    /// <summary>
    /// ISO 639-1 codes, in the order the feature tables number them. A language written in two alphabets has a
    /// model for each, under the same code.
    /// </summary>
    public IReadOnlyList<string> Languages { get; }

    public IReadOnlyList<Script> Scripts { get; }

    /// <summary>
    /// Per model, its alphabet's share of the language's writing, as the training sources have it (Bosnian is
    /// mostly written in Latin letters, Serbian in both): how likely the language is to be written in that alphabet,
    /// which the detector takes as the model's prior. Serbian's Latin model so starts at 0.43 against Croatian's 1.
    /// </summary>
    public IReadOnlyList<double> AlphabetShares { get; }

    public FeatureTable NGrams { get; }

    public FeatureTable Words { get; }

    /// <summary>How many scores a detection adds the features' values to: one per model, rounded up to whole vectors.</summary>
    public int ScoreLength => FeatureTable.StrideOf(Languages.Count);

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
            writer.Write(AlphabetShares[i]);
        }

        NGrams.Write(writer);
        Words.Write(writer);
    }

    /// <summary>Reads a model as <see cref="Write"/> wrote it, copying its tables out of the stream.</summary>
    public static LanguageModel Read(Stream stream) => Read(stream, inPlaceOwner: null);

    /// <summary>
    /// Reads a model from memory that <paramref name="owner"/> keeps alive for as long as the model is (the plugin's own
    /// image and its assembly), using its tables where they lie rather than copying them: see <see cref="InPlaceMemory{T}"/>.
    /// </summary>
    public static LanguageModel ReadInPlace(UnmanagedMemoryStream memory, object owner) => Read(memory, owner);

    private static LanguageModel Read(Stream stream, object? inPlaceOwner)
    {
        // Stored uncompressed: decompressing took longer than the 50 ms the model has to load in.
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException($"Not a language model of format version {FormatVersion}.");
        }

        var count = reader.ReadInt32();
        if (count is < 1 or > byte.MaxValue)
        {
            throw new InvalidDataException($"A language model of {count} languages is not one this plugin wrote.");
        }

        var (languages, scripts, shares) = (new string[count], new Script[count], new double[count]);
        for (var i = 0; i < count; i++)
        {
            languages[i] = reader.ReadString();
            scripts[i] = (Script)reader.ReadInt32();
            shares[i] = reader.ReadDouble();
        }

        return new LanguageModel(languages, scripts, FeatureTable.Read(reader, inPlaceOwner), FeatureTable.Read(reader, inPlaceOwner), shares);
    }

    private static LanguageModel LoadShipped()
    {
        // The resource of an assembly is a view of its loaded image (mapped from its file, or the runtime's copy when a
        // plugin is loaded in memory), which lives as long as the assembly: disposing the stream frees nothing.
        var assembly = typeof(LanguageModel).Assembly;
        using var stream = assembly.GetManifestResourceStream("Language.language.model")
            ?? throw new InvalidOperationException("The Language plugin was built without its model (Model/language.model).");
        return stream is UnmanagedMemoryStream image ? ReadInPlace(image, assembly) : Read(stream);
    }
}
