using PluginHost.Sdk.Analysis;

namespace Language.Detection;

/// <summary>
/// Names the language of a text with a naive Bayes model over character n-grams of one to four letters and whole
/// words, among the languages written in the text's main scripts. The per-language log-likelihoods are turned into
/// confidences with a softmax, tempered because overlapping n-grams are not independent evidence. A text gets no
/// language when it has no letters, when it is only a name or two that no language's vocabulary knows (and its
/// letters do not make the language plain), or when no language reaches the minimum confidence.
/// </summary>
internal sealed class LanguageDetector
{
    /// <summary>How many of the likeliest languages a guess lists.</summary>
    public const int RankingLength = 5;

    /// <summary>
    /// Each letter is seen by up to four n-grams and a word, so the raw posterior counts it several times over; at
    /// this temperature the confidence is calibrated on the evaluation (docs/plugins/language.md).
    /// </summary>
    private const double Temperature = 6.0;

    /// <summary>
    /// A whole word is the most specific evidence a text gives, yet it is one feature against the dozen n-grams of
    /// its letters, which largely repeat one another: its log-likelihood counts this many times. Chosen on the
    /// evaluation, where it raised every phrase set and the sentences' mean a little (docs/plugins/language.md).
    /// </summary>
    private const double WordWeight = 1.5;

    /// <summary>
    /// A name in running text ("The refitted trawler Yıldız II moored in Yalıbaşı harbour") says where the story is, not
    /// what language it is told in, yet its letters can outweigh every other word (no English n-gram holds a dotless ı):
    /// where the text has at least <see cref="RunningWords"/> words in lower case, a name's n-grams and word count for
    /// this much: nothing, since even a quarter left a headline of Portuguese place names Portuguese. Chosen on the Boilerplate
    /// plugin's evaluation, whose pages have such captions; the language evaluation reads text alone, where names count
    /// in full (docs/plugins/language.md).
    /// </summary>
    private const double NameWeight = 0;

    /// <summary>How many words in lower case make a text running text, whose names weigh <see cref="NameWeight"/>.</summary>
    private const int RunningWords = 2;

    /// <summary>Capitalized words no vocabulary knows are read as names unless their letters alone make the language this plain (German nouns).</summary>
    private const double NameConfidence = 0.6;

    /// <summary>
    /// Text of characters below this one (ASCII, Latin-1, Latin Extended, IPA, spacing modifiers) is always in NFC:
    /// each is in NFC by itself and none composes with the next (the combining marks start here), so it needs no
    /// normalization check, which asks ICU.
    /// </summary>
    internal const char ComposedBelow = '\u0300';

    private readonly LanguageModel _model;

    /// <summary>Per model, the scripts it may be read in: none for a language the settings leave out.</summary>
    private readonly Script[] _readIn;

    /// <summary>Per model, its alphabet's prior (<see cref="LanguageModel.AlphabetShares"/>), tempered as the scores are.</summary>
    private readonly double[] _alphabetPriors;
    private readonly string[] _codes;
    private readonly int[] _codeOf;
    private readonly double _minimumConfidence;

    /// <summary>Per telling word, the models of the neighbours that do not write it (<see cref="TellingWords"/>).</summary>
    private readonly Dictionary<ulong, int[]> _tellingAgainst;

    /// <summary>What a telling word takes off the score of each neighbour that does not write it, in 1/<see cref="FeatureTable.Scale"/>ths.</summary>
    private readonly long _tellingPenalty;

    public LanguageDetector(LanguageModel model, IEnumerable<string> languages, double minimumConfidence, TellingWords? tellingWords = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(languages);
        _model = model;
        var wanted = languages.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = wanted.Except(model.Languages, StringComparer.OrdinalIgnoreCase).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"The language model knows no language {string.Join(", ", unknown)}; it knows {string.Join(", ", model.Languages.Distinct())}.", nameof(languages));
        }

        _readIn = [.. model.Languages.Select((l, i) => wanted.Contains(l) ? model.Scripts[i] : Script.None)];
        _alphabetPriors = [.. model.AlphabetShares.Select(s => Temperature * Math.Log(s))];
        _codes = [.. model.Languages.Distinct()];
        _codeOf = [.. model.Languages.Select(l => Array.IndexOf(_codes, l))];
        _minimumConfidence = minimumConfidence;
        tellingWords ??= TellingWords.None;
        var strangers = tellingWords.Languages.Except(model.Languages, StringComparer.Ordinal).ToList();
        if (strangers.Count > 0)
        {
            throw new ArgumentException($"The close neighbours name languages the model does not know: {string.Join(", ", strangers)}.", nameof(tellingWords));
        }

        _tellingAgainst = tellingWords.Against.ToDictionary(w => w.Key, w => Enumerable.Range(0, model.Languages.Count).Where(l => w.Value.Contains(model.Languages[l])).ToArray());
        _tellingPenalty = (long)Math.Round(Temperature * Math.Log(tellingWords.Odds) * FeatureTable.Scale);
    }

    /// <summary>The detector the rule files set up: the shipped model, with the languages, minimum confidence and telling words they give.</summary>
    public static LanguageDetector FromSettings(IPluginSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new LanguageDetector(LanguageModel.Shipped, settings.GetList("languages"), settings.GetNumber("min_confidence"), TellingWords.From(settings));
    }

    /// <summary>
    /// The language of <paramref name="text"/>. A <paramref name="preferred"/> language is one the text is known to be
    /// likelier in (the article's, for one of its paragraphs), with the prior odds for it; a text read so is running text
    /// inside an article, whose names weigh <see cref="NameWeight"/>, and names alone there are undetermined.
    /// </summary>
    // The feature batches are written before they are read and need no zeroing, which a short text's call would spend
    // most of its time on; the scores and counts are zeroed here.
    [System.Runtime.CompilerServices.SkipLocalsInit]
    public LanguageGuess Detect(ReadOnlySpan<char> text, (string Language, double Odds)? preferred = null)
    {
        var length = _model.ScoreLength;
        Span<long> scores = stackalloc long[4 * length];
        scores.Clear();
        Span<int> counts = stackalloc int[length + Evidence.ScriptCount];
        counts.Clear();
        Span<ulong> batches = stackalloc ulong[4 * FeatureTable.BatchSize];
        var batch = FeatureTable.BatchSize;
        var evidence = new Evidence(_model, _tellingAgainst, _tellingPenalty, scores[..length], scores[length..(2 * length)], scores[(2 * length)..(3 * length)], scores[(3 * length)..], counts[..length], counts[length..], batches[..batch], batches[batch..(2 * batch)], batches[(2 * batch)..(3 * batch)], batches[(3 * batch)..]);

        // The model was built from NFC text: decomposed accents (as some editors and pastes give) would be unknown marks.
        // Stryker disable once Logical : normalizing text that is already composed changes nothing but the time taken
        var composed = !text.ContainsAnyExceptInRange('\u0000', (char)(ComposedBelow - 1)) || text.IsNormalized();
        FeatureReader.Read(composed ? text : text.ToString().Normalize(), ref evidence);
        evidence.Flush();
        if (evidence.Letters == 0)
        {
            return LanguageGuess.Unknown("no letters", 0);
        }

        var scripts = evidence.MainScripts;
        var ranking = Rank(evidence, preferred is not null && evidence.LowerCaseWords >= RunningWords ? NameWeight : 1, scripts, preferred);
        if (ranking.Count == 0)
        {
            return LanguageGuess.Unknown($"no supported language is written in {scripts}", evidence.Letters, scripts: scripts);
        }

        if (evidence.IsShortName && ranking[0].Confidence < NameConfidence)
        {
            return LanguageGuess.Unknown("only names no language's vocabulary knows", evidence.Letters, ranking, scripts);
        }

        // Inside an article, a line of names ("Aakriti Deshmukh-Rawat", a byline) tells no other language, however plainly
        // its letters seem to.
        if (preferred is not null && evidence.IsNamesOnly)
        {
            return LanguageGuess.Unknown("names, which tell no language inside an article", evidence.Letters, ranking, scripts);
        }

        var best = ranking[0];
        return best.Confidence < _minimumConfidence
            ? LanguageGuess.Unknown($"no language reaches the minimum confidence ({_minimumConfidence:0.##})", evidence.Letters, ranking, scripts)
            : new LanguageGuess(best.Language, best.Confidence, ranking, null, evidence.Letters, scripts);
    }

    /// <summary>Whether a language of the model is written in any of <paramref name="scripts"/>.</summary>
    public bool Writes(string language, Script scripts)
    {
        for (var l = 0; l < _model.Languages.Count; l++)
        {
            if (_model.Languages[l] == language && (_model.Scripts[l] & scripts) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // A softmax over the candidates' tempered scores, a language's models (one per alphabet) adding up; the likeliest first.
    private List<LanguageScore> Rank(in Evidence evidence, double nameWeight, Script scripts, (string Language, double Odds)? preferred)
    {
        var scores = evidence.Scores;
        var wordScores = evidence.WordScores;
        var nameScores = evidence.NameScores;
        var nameWordScores = evidence.NameWordScores;
        // Prior odds of k to 1 multiply the tempered likelihood by k: add T·ln k to the log-likelihood. An alphabet's
        // share of its language's writing is such a prior: Cyrillic text is likelier Serbian than Bosnian.
        var favour = preferred is { } p ? Temperature * Math.Log(p.Odds) : 0;
        var favoured = preferred is { } q ? Array.IndexOf(_codes, q.Language) : -1;
        Span<double> candidates = stackalloc double[_readIn.Length];
        var top = double.NegativeInfinity;
        for (var l = 0; l < candidates.Length; l++)
        {
            var likelihood = scores[l] + (nameWeight * nameScores[l]) + (WordWeight * (wordScores[l] + (nameWeight * nameWordScores[l])));
            candidates[l] = (_readIn[l] & scripts) != 0 ? (likelihood / FeatureTable.Scale) + _alphabetPriors[l] + (_codeOf[l] == favoured ? favour : 0) : double.NaN;
            top = double.IsNaN(candidates[l]) ? top : Math.Max(top, candidates[l]);
        }

        Span<double> weights = stackalloc double[_codes.Length];
        var total = 0.0;
        for (var l = 0; l < candidates.Length; l++)
        {
            if (!double.IsNaN(candidates[l]))
            {
                var weight = Math.Exp((candidates[l] - top) / Temperature);
                weights[_codeOf[l]] += weight;
                total += weight;
            }
        }

        // The likeliest codes, kept in order as they are met; a score is made only for those that stay.
        Span<int> best = stackalloc int[RankingLength];
        var kept = 0;
        for (var c = 0; c < _codes.Length; c++)
        {
            if (weights[c] > 0 && (kept < RankingLength || weights[c] > weights[best[kept - 1]]))
            {
                var at = Math.Min(kept, RankingLength - 1);
                for (; at > 0 && weights[best[at - 1]] < weights[c]; at--)
                {
                    best[at] = best[at - 1];
                }

                best[at] = c;
                kept = Math.Min(kept + 1, RankingLength);
            }
        }

        var ranking = new List<LanguageScore>(kept);
        foreach (var c in best[..kept])
        {
            ranking.Add(new LanguageScore(_codes[c], weights[c] / total));
        }

        return ranking;
    }

    /// <summary>What a text's features say: its letters' scripts, its words, and each model's score. Features are
    /// looked up in batches (<see cref="FeatureTable.AddTo"/>), names' apart; <see cref="Flush"/> adds the last of each.</summary>
    private ref struct Evidence(LanguageModel model, Dictionary<ulong, int[]> tellingAgainst, long tellingPenalty, Span<long> scores, Span<long> wordScores, Span<long> nameScores, Span<long> nameWordScores, Span<int> batch, Span<int> scriptLetters, Span<ulong> ngrams, Span<ulong> wordHashes, Span<ulong> nameNgrams, Span<ulong> nameWordHashes) : IFeatureSink
    {
        /// <summary>How many script counts <see cref="Letter"/> keeps: one per <see cref="Script"/> flag.</summary>
        public static readonly int ScriptCount = System.Numerics.BitOperations.Log2((uint)Script.Other) + 1;

        private readonly Span<int> _batch = batch;
        private readonly Span<int> _scriptLetters = scriptLetters;
        // The batches being filled, for the word being read, and the others, which BeginWord swaps in when a name starts or
        // ends; each with its count and the scores it adds to.
        private Span<ulong> _ngrams = ngrams;
        private Span<ulong> _wordHashes = wordHashes;
        private Span<ulong> _otherNgrams = nameNgrams;
        private Span<ulong> _otherWordHashes = nameWordHashes;
        private int _ngramCount;
        private int _wordCount;
        private int _otherNgramCount;
        private int _otherWordCount;
        private Span<long> _ngramScores = scores;
        private Span<long> _wordScores = wordScores;
        private Span<long> _otherNgramScores = nameScores;
        private Span<long> _otherWordScores = nameWordScores;
        private int _words;
        private int _knownWords;
        private int _lowerCaseWords;
        private bool _inName;

        /// <summary>
        /// Per model, the sum of its n-grams' log-probabilities (names' aside) above the floor, in 1/<see cref="FeatureTable.Scale"/>ths
        /// (the log-likelihood, but for a constant), less what telling words take off.
        /// </summary>
        public readonly Span<long> Scores { get; } = scores;

        /// <summary>Per model, the same sum for its words, which <see cref="WordWeight"/> weighs.</summary>
        public readonly Span<long> WordScores { get; } = wordScores;

        /// <summary>Per model, <see cref="Scores"/> for the n-grams of names (<see cref="IFeatureSink.BeginWord"/>), kept apart to weigh less.</summary>
        public readonly Span<long> NameScores { get; } = nameScores;

        /// <summary>Per model, <see cref="WordScores"/> for names.</summary>
        public readonly Span<long> NameWordScores { get; } = nameWordScores;

        public readonly int LowerCaseWords => _lowerCaseWords;

        public int Letters { get; private set; }

        /// <summary>The scripts of at least a quarter of the letters each: "Новости от TheMoneytizer" is Cyrillic and Latin.</summary>
        public readonly Script MainScripts
        {
            get
            {
                var scripts = Script.None;
                for (var i = 0; i < _scriptLetters.Length; i++)
                {
                    scripts |= 4 * _scriptLetters[i] >= Letters ? (Script)(1 << i) : Script.None;
                }

                return scripts;
            }
        }

        /// <summary>One to three such words (<see cref="IsNamesOnly"/>): a name, not a language.</summary>
        public readonly bool IsShortName => IsNamesOnly && _words <= 3;

        /// <summary>
        /// Capitalized words only, none of which any language knows: names, of people or places, however many. Scripts
        /// with no capital letters (Arabic, Hebrew, Devanagari, Thai, Chinese) never give such names.
        /// </summary>
        public readonly bool IsNamesOnly => _words > 0 && _knownWords == 0 && _lowerCaseWords == 0;

        public void Letter(Script script)
        {
            Letters++;
            _scriptLetters[System.Numerics.BitOperations.TrailingZeroCount((int)script)]++;
        }

        // A name's features gather in batches of their own.
        public void BeginWord(bool isName)
        {
            if (isName != _inName)
            {
                _inName = isName;
                Swap(ref _ngrams, ref _otherNgrams);
                Swap(ref _ngramCount, ref _otherNgramCount);
                Swap(ref _ngramScores, ref _otherNgramScores);
                Swap(ref _wordHashes, ref _otherWordHashes);
                Swap(ref _wordCount, ref _otherWordCount);
                Swap(ref _wordScores, ref _otherWordScores);
            }
        }

        public void NGram(int order, ulong key)
        {
            _ngrams[_ngramCount++] = key;
            if (_ngramCount == _ngrams.Length)
            {
                Add(model.NGrams, _ngrams, _ngramScores);
                _ngramCount = 0;
            }
        }

        public void Word(ulong hash, bool capitalized)
        {
            _words++;
            _lowerCaseWords += capitalized ? 0 : 1;
            if (tellingAgainst.TryGetValue(hash, out var against))
            {
                foreach (var l in against)
                {
                    Scores[l] -= tellingPenalty;
                }
            }

            _wordHashes[_wordCount++] = hash;
            if (_wordCount == _wordHashes.Length)
            {
                _knownWords += Add(model.Words, _wordHashes, _wordScores);
                _wordCount = 0;
            }
        }

        public void Flush()
        {
            Add(model.NGrams, _ngrams[.._ngramCount], _ngramScores);
            Add(model.NGrams, _otherNgrams[.._otherNgramCount], _otherNgramScores);
            _knownWords += Add(model.Words, _wordHashes[.._wordCount], _wordScores);
            _knownWords += Add(model.Words, _otherWordHashes[.._otherWordCount], _otherWordScores);
            (_ngramCount, _wordCount, _otherNgramCount, _otherWordCount) = (0, 0, 0, 0);
        }

        private static void Swap<T>(ref T one, ref T other)
            where T : allows ref struct
        {
            var was = one;
            one = other;
            other = was;
        }

        // A batch's values add up in 32 bits; the scores, which a long text could take past that, in 64.
        private readonly int Add(FeatureTable table, ReadOnlySpan<ulong> keys, Span<long> scores)
        {
            // Stryker disable once Block : an empty batch adds nothing either way; this only skips the call
            if (keys.IsEmpty)
            {
                return 0;
            }

            var found = table.AddTo(keys, _batch);
            for (var l = 0; l < _batch.Length; l++)
            {
                scores[l] += _batch[l];
            }

            _batch.Clear();
            return found;
        }
    }
}
