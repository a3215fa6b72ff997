namespace Language.Detection;

/// <summary>
/// Names the language of a text with a naive Bayes model over character n-grams of one to four letters and whole
/// words, among the languages written in the text's main scripts. The per-language log-likelihoods are turned into
/// confidences with a softmax, tempered because overlapping n-grams are not independent evidence. A text gets no
/// language when it has no letters, when it is only a name or two that no language's vocabulary knows (and its letters do not make the language plain), or when no
/// language reaches the minimum confidence.
/// </summary>
public sealed class LanguageDetector
{
    /// <summary>Each letter is seen by up to four n-grams and a word, so the raw posterior counts it several times over.</summary>
    public const double DefaultTemperature = 2.0;

    /// <summary>Capitalized words no vocabulary knows are read as names unless their letters alone make the language this plain (German nouns).</summary>
    private const double NameConfidence = 0.9;

    private readonly LanguageModel _model;
    private readonly bool[] _supported;
    private readonly double _minimumConfidence;
    private readonly double _temperature;

    public LanguageDetector(LanguageModel model, IEnumerable<string> languages, double minimumConfidence, double temperature = DefaultTemperature)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(languages);
        _model = model;
        var wanted = languages.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = wanted.Except(model.Languages, StringComparer.OrdinalIgnoreCase).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"The language model knows no language {string.Join(", ", unknown)}; it knows {string.Join(", ", model.Languages)}.", nameof(languages));
        }

        _supported = [.. model.Languages.Select(wanted.Contains)];
        _minimumConfidence = minimumConfidence;
        _temperature = temperature;
    }

    /// <summary>
    /// The language of <paramref name="text"/>. A <paramref name="preferred"/> language is one the text is known to be
    /// likelier in (the article's, for one of its paragraphs), with the prior odds for it.
    /// </summary>
    public LanguageGuess Detect(ReadOnlySpan<char> text, (string Language, double Odds)? preferred = null)
    {
        var evidence = new Evidence(_model);
        FeatureReader.Read(text, ref evidence);
        if (evidence.Letters == 0)
        {
            return LanguageGuess.Unknown("no letters", 0);
        }

        var script = evidence.MainScripts;
        var candidates = Enumerable.Range(0, _model.Languages.Count).Where(l => _supported[l] && (_model.Scripts[l] & script) != 0).ToList();
        if (candidates.Count == 0)
        {
            return LanguageGuess.Unknown($"no supported language is written in {script}", evidence.Letters);
        }

        var ranking = Rank(evidence, candidates, preferred);
        if (evidence.IsOnlyUnknownNames && ranking[0].Confidence < NameConfidence)
        {
            return LanguageGuess.Unknown("only names no language's vocabulary knows", evidence.Letters, ranking);
        }

        var best = ranking[0];
        return best.Confidence < _minimumConfidence
            ? LanguageGuess.Unknown($"no language reaches the minimum confidence ({_minimumConfidence:0.##})", evidence.Letters, ranking)
            : new LanguageGuess(best.Language, best.Confidence, ranking, null, evidence.Letters);
    }

    private List<LanguageScore> Rank(Evidence evidence, List<int> candidates, (string Language, double Odds)? preferred)
    {
        // Prior odds of k to 1 multiply the tempered likelihood by k: add T·ln k to the log-likelihood.
        var scores = candidates.Select(l => evidence.Score(l) + (_model.Languages[l] == preferred?.Language ? _temperature * Math.Log(preferred.Value.Odds) : 0)).ToList();
        var top = scores.Max();
        var weights = scores.Select(s => Math.Exp((s - top) / _temperature)).ToList();
        var total = weights.Sum();
        return [.. candidates.Select((l, i) => (Language: _model.Languages[l], Weight: weights[i]))
            .GroupBy(c => c.Language, c => c.Weight)
            .Select(g => new LanguageScore(g.Key, g.Sum() / total))
            .OrderByDescending(s => s.Confidence)];
    }

    private struct Evidence(LanguageModel model) : IFeatureSink
    {
        private readonly double[] _boosts = new double[model.Languages.Count];
        private readonly int[] _seen = new int[FeatureReader.MaxOrder + 1];
        private readonly int[] _seenIn = new int[model.Languages.Count * (FeatureReader.MaxOrder + 1)];
        private readonly int[] _scriptLetters = new int[16];
        private int _words;
        private int _knownWords;
        private int _lowerCaseWords;

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

        /// <summary>One to three capitalized words, none of which any language knows: a name, not a language.</summary>
        public readonly bool IsOnlyUnknownNames => _words is > 0 and <= 3 && _knownWords == 0 && _lowerCaseWords == 0;

        public void Letter(Script script)
        {
            Letters++;
            _scriptLetters[System.Numerics.BitOperations.TrailingZeroCount((int)script)]++;
        }

        public readonly void NGram(int order, ulong key)
        {
            if (model.NGrams.TryGet(key, out var languages, out var boosts))
            {
                Add(order, languages, boosts);
            }
        }

        public void Word(ulong hash, bool capitalized)
        {
            _words++;
            _lowerCaseWords += capitalized ? 0 : 1;
            if (model.Words.TryGet(hash, out var languages, out var boosts))
            {
                _knownWords++;
                Add(0, languages, boosts);
            }
        }

        /// <summary>
        /// The log-likelihood of the text in a language. A feature the language has never seen counts at the lowest
        /// floor of all languages, not at its own: a small model's higher floor would otherwise make it the likeliest
        /// language of every text it knows nothing of (Vietnamese for a Cyrillic line).
        /// </summary>
        public readonly double Score(int language)
        {
            var floors = model.Floors[language];
            var score = _boosts[language];
            var orders = _seen.Length;
            for (var order = 0; order < orders; order++)
            {
                var lowest = model.LowestFloors[order];
                score += (_seen[order] * (double)lowest) + (_seenIn[(language * orders) + order] * (double)(floors[order] - lowest));
            }

            return score;
        }

        private readonly void Add(int order, ReadOnlySpan<byte> languages, ReadOnlySpan<float> boosts)
        {
            _seen[order]++;
            for (var i = 0; i < languages.Length; i++)
            {
                _boosts[languages[i]] += boosts[i];
                _seenIn[(languages[i] * _seen.Length) + order]++;
            }
        }
    }
}
