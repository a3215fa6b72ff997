namespace Boilerplate.Classification;

/// <summary>
/// The classifier of jusText (Pomikálek, 2011): a block is first classed by its own features, then short and
/// near-good blocks take a class from the sure blocks around them. As in jusText, the article's start counts as a
/// bad neighbour; unlike jusText, its end counts as none, so the short last line of a story stays with the story.
/// </summary>
internal static class BlockClassifier
{
    public static BlockClass Initial(BlockFeatures features, ClassifierSettings settings)
    {
        if (features.LinkDensity > settings.MaxLinkDensity)
        {
            return BlockClass.Bad;
        }

        // Without a stopword list for the block's language, a block that ends as a sentence is taken as text.
        var density = features.StopwordDensity ?? (features.EndsSentence ? settings.StopwordsHigh : 0);
        if (features.Characters < settings.LengthLow)
        {
            // A short sentence of running text ("The zoo has offered a reward.") is text when text is next to it.
            return features.LinkDensity > 0 ? BlockClass.Bad
                : features.EndsSentence && features.StopwordDensity >= settings.StopwordsHigh ? BlockClass.NearGood
                : BlockClass.Short;
        }

        if (density >= settings.StopwordsHigh)
        {
            return features.Characters > settings.LengthHigh ? BlockClass.Good : BlockClass.NearGood;
        }

        return density >= settings.StopwordsLow ? BlockClass.NearGood : BlockClass.Bad;
    }

    /// <summary>
    /// The classes after the context pass. When no block is good, near-good blocks are taken as good first: an
    /// article of a few short paragraphs is still an article.
    /// </summary>
    /// <param name="classes">Each block's class by its own features.</param>
    /// <param name="neutral">Blocks that are no one's neighbour (their own class is kept).</param>
    public static BlockClass[] Revise(IReadOnlyList<BlockClass> classes, Func<int, bool> neutral)
    {
        var initial = classes.Contains(BlockClass.Good) ? classes : [.. classes.Select(c => c == BlockClass.NearGood ? BlockClass.Good : c)];
        var revised = initial.ToArray();
        initial = [.. initial.Select((c, i) => neutral(i) ? BlockClass.Short : c)];
        for (var i = 0; i < initial.Count; i++)
        {
            if (initial[i] != BlockClass.Short || neutral(i))
            {
                continue;
            }

            var previous = Neighbour(initial, i, -1, skipNearGood: true);
            var next = Neighbour(initial, i, +1, skipNearGood: true);
            revised[i] = (previous ?? BlockClass.Bad, next ?? previous ?? BlockClass.Bad) switch
            {
                _ when previous is null && next is null => BlockClass.Good,
                (BlockClass.Good, BlockClass.Good) => BlockClass.Good,
                (BlockClass.Bad, BlockClass.Bad) => BlockClass.Bad,
                _ when previous == BlockClass.Bad && Neighbour(initial, i, -1, skipNearGood: false) == BlockClass.NearGood => BlockClass.Good,
                _ when next == BlockClass.Bad && Neighbour(initial, i, +1, skipNearGood: false) == BlockClass.NearGood => BlockClass.Good,
                _ => BlockClass.Bad,
            };
        }

        for (var i = 0; i < initial.Count; i++)
        {
            if (initial[i] == BlockClass.NearGood)
            {
                var previous = Neighbour(initial, i, -1, skipNearGood: true);
                var next = Neighbour(initial, i, +1, skipNearGood: true);
                revised[i] = (previous ?? BlockClass.Bad) == BlockClass.Bad && (next ?? previous ?? BlockClass.Bad) == BlockClass.Bad ? BlockClass.Bad : BlockClass.Good;
            }
        }

        return revised;
    }

    /// <summary>The class of the nearest block in <paramref name="step"/>'s direction that is not short (nor near-good, when skipped).</summary>
    private static BlockClass? Neighbour(IReadOnlyList<BlockClass> classes, int from, int step, bool skipNearGood)
    {
        for (var i = from + step; i >= 0 && i < classes.Count; i += step)
        {
            if (classes[i] == BlockClass.Short || (skipNearGood && classes[i] == BlockClass.NearGood))
            {
                continue;
            }

            return classes[i];
        }

        return null;
    }
}
