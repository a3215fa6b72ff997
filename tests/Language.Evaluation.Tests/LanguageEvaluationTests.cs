namespace Language.Evaluation.Tests;

/// <summary>
/// Accuracy on held-out text the model was never built from (Evaluation/README.md): sentences, and short phrases of
/// one to three words, for every supported language. The floors are today's measured accuracy, so that a change to
/// the model or the detector cannot make it worse unnoticed; the targets (98 % and 85 %) are not met yet,
/// see docs/plugins/language.md.
/// </summary>
public sealed class LanguageEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Sentence_accuracy_does_not_fall_below_what_was_measured()
    {
        var accuracy = LanguageAccuracy.Measure(EvaluatedDetector.Shipped, EvaluationSet.Load("udhr-sentences"), EvaluationSet.Load("news-sentences"));
        output.WriteLine(accuracy.Table());
        accuracy.Mean.ShouldBeGreaterThanOrEqualTo(0.976);
    }

    [Fact]
    public void Short_phrase_accuracy_does_not_fall_below_what_was_measured()
    {
        var accuracy = LanguageAccuracy.Measure(EvaluatedDetector.Shipped, EvaluationSet.Load("cldr-phrases"), EvaluationSet.Load("news-phrases"), EvaluationSet.Load("udhr-words"));
        output.WriteLine(accuracy.Table());
        accuracy.Mean.ShouldBeGreaterThanOrEqualTo(0.843);
    }
}
