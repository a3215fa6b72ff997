#if !MUTATION
using Boilerplate.Tests.Evaluation;

namespace Boilerplate.Tests;

/// <summary>
/// The plugin's line-level quality on the labelled evaluation sets (Evaluation/README.md): the 40 articles it was
/// tuned on, held to the targets in docs/plugins/boilerplate.md; thirty-one more tuning sets of 24 articles each written
/// later by other hands (Evaluation/development, development3 to development32); and twenty-two held-out sets, written
/// after rounds of tuning (Evaluation/heldout, heldout2 to heldout22), which tell how well it does on pages it has not seen.
/// Each wrong line is listed in boilerplate-evaluation-*.txt beside the test assembly. The sets measure quality and are
/// left out of the mutation build (the MUTATION symbol): the first set covered 955 of the plugin's 1,075 mutants, ran
/// again for each of them, and was the only test to kill 2 (both now killed by finder tests).
/// </summary>
public sealed class BoilerplateEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Boilerplate_is_found_line_by_line_without_removing_content() =>
        Holds("articles", articles: 25, f1: 0.97, contentRemoved: 0.01);

    // Its first run measured F1 0.743 and 4.67 % of content removed; the floors are the figures the changes it guided
    // have reached (docs/plugins/boilerplate.md), so that none is lost again.
    [Fact]
    public void Pages_of_the_second_tuning_set_keep_their_content() =>
        Holds("development", articles: 24, f1: 0.96, contentRemoved: 0.01);

    // Its first run measured F1 0.880 and 1.69 % of content removed.
    [Fact]
    public void Pages_of_the_third_tuning_set_keep_their_content() =>
        Holds("development3", articles: 24, f1: 0.95, contentRemoved: 0.01);

    // Written at the end of the second tuning round and measured once on arrival: F1 0.828, 6.23 % of content removed
    // (docs/plugins/boilerplate.md); the floors are what the tuning it guided reached, and the content kept since the
    // sixteenth round (a ferry timetable of Lithuanian place names).
    [Fact]
    public void Pages_of_the_fourth_tuning_set_keep_their_content() =>
        Holds("development4", articles: 24, f1: 0.92, contentRemoved: 0.0034);

    // Its first run measured F1 0.743 and 2.23 % of content removed (docs/plugins/boilerplate.md); the floors are its
    // figures after the sixth round (content removed: after the seventh), the measure of what tuning on the other sets
    // did not teach the plugin.
    [Fact]
    public void Pages_the_plugin_was_not_tuned_on_keep_their_content() =>
        Holds("heldout", articles: 15, f1: 0.887, contentRemoved: 0.01);

    // A second held-out set, written after the tuning on the development set. Its first run measured F1 0.881 and 1.00 %
    // of content removed; the floors are its figures after the sixth round and the review that narrowed it (F1 0.894 →
    // 0.888), its content removed after the seventh (0.57 %), and its F1 after the eighth round's lists (0.904).
    [Fact]
    public void Pages_written_after_the_second_tuning_keep_their_content() =>
        Holds("heldout2", articles: 24, f1: 0.90, contentRemoved: 0.0058);

    // A third held-out set, written while the plugin was tuned on the fourth development set, first measured after
    // it: F1 0.914, 1.63 % of content removed. Its errors are not read; its overall figures were, during the fifth
    // round (Evaluation/heldout3/README.md), so it now validates rather than holds out.
    [Fact]
    public void Pages_written_during_the_fourth_tuning_keep_their_content() =>
        Holds("heldout3", articles: 24, f1: 0.92, contentRemoved: 0.0066);

    // Written after the fourth tuning round and measured once on arrival: F1 0.889, 1.81 % of content removed; the
    // floors are what the tuning it guided reached, and since the eighteenth round no content removed (a story's line-ups
    // under it, a box of plain facts).
    [Fact]
    public void Pages_of_the_fifth_tuning_set_keep_their_content() =>
        Holds("development5", articles: 24, f1: 0.95, contentRemoved: 0.0);

    // A fourth held-out set, written after the fifth tuning round and its review, and measured on arrival (F1 0.936,
    // 0.84 % of content removed) and at the end of the sixth round (0.943, 0.68 %). Neither its errors nor its overall
    // figure guide a change. The seventh round's first step, a listed phrase that starts with an icon ("● live")
    // needing the icon, cost it chrome and saved it a content line: 0.936, 0.51 % (the floors).
    [Fact]
    public void Pages_written_after_the_fifth_tuning_keep_their_content() =>
        Holds("heldout4", articles: 24, f1: 0.935, contentRemoved: 0.0051);

    // Written during the sixth tuning round and measured once on arrival: F1 0.918, 1.73 % of content removed; the
    // floors are what the tuning it guided reached.
    [Fact]
    public void Pages_of_the_sixth_tuning_set_keep_their_content() =>
        Holds("development6", articles: 24, f1: 0.97, contentRemoved: 0.0022);

    // Written at the end of the sixth tuning round and measured once on arrival (F1 0.891, 3.49 % of content removed):
    // the seventh round's tuning set. The floors are what the tuning it guided reached.
    [Fact]
    public void Pages_of_the_seventh_tuning_set_keep_their_content() =>
        Holds("development7", articles: 24, f1: 0.905, contentRemoved: 0.001);

    // A fifth held-out set, written during the sixth tuning round and measured on arrival, after the round and its
    // review: F1 0.912, 3.71 % of content removed; at the end of the seventh round 0.913, 2.84 % (the floors). Neither
    // its errors nor its overall figure guide a change. After the eighteenth round's first step (the story's body no longer
    // reaching down into a section of chrome, plain facts under the story): 0.936, 0.66 % (the floors).
    [Fact]
    public void Pages_written_during_the_sixth_tuning_keep_their_content() =>
        Holds("heldout5", articles: 24, f1: 0.935, contentRemoved: 0.0066);

    // A sixth held-out set, written during the seventh tuning round and measured on arrival, after the round's second
    // step (F1 0.930, 1.58 % of content removed, the floors), and at the round's end (0.932, 1.19 %). Neither its
    // errors nor its overall figure guide a change.
    [Fact]
    public void Pages_written_during_the_seventh_tuning_keep_their_content() =>
        Holds("heldout6", articles: 24, f1: 0.93, contentRemoved: 0.0159);

    // Written after the seventh tuning round and its review, by two writers who had seen only ../README.md, and
    // measured once on arrival, before anyone read its errors (F1 0.912, 2.40 % of content removed): the eighth
    // round's tuning set. The floors are what the tuning it guided reached, and since the seventeenth round a podcast
    // page's Markdown title over its player and links.
    [Fact]
    public void Pages_of_the_eighth_tuning_set_keep_their_content() =>
        Holds("development8", articles: 24, f1: 0.944, contentRemoved: 0.0121);

    // Written after the eighth tuning round by a writer who had seen only ../README.md and development8's README, and
    // measured once on arrival, before anyone read its errors (F1 0.965, 0.71 % of content removed): the ninth round's
    // tuning set. The floors are what the tuning it guided reached.
    [Fact]
    public void Pages_of_the_ninth_tuning_set_keep_their_content() =>
        Holds("development9", articles: 24, f1: 0.977, contentRemoved: 0.0024);

    // A seventh held-out set, written after the ninth tuning round by a writer who had seen only ../README.md and
    // development9's README, and measured on arrival (F1 0.880, 1.50 % of content removed); 0.893 and 1.28 % after the
    // eighteenth round's first step, 0.890 after its review (the floors). Neither its errors nor its overall figure guide
    // a change.
    [Fact]
    public void Pages_written_after_the_ninth_tuning_keep_their_content() =>
        Holds("heldout7", articles: 24, f1: 0.889, contentRemoved: 0.0129);

    // Written after the ninth tuning round by a writer who had seen only ../README.md, and measured once on arrival,
    // before anyone read its errors (F1 0.858, 2.67 % of content removed): the tenth round's tuning set. The floors
    // are what the tuning it guided reached.
    [Fact]
    public void Pages_of_the_tenth_tuning_set_keep_their_content() =>
        Holds("development10", articles: 24, f1: 0.89, contentRemoved: 0.0067);

    // An eighth held-out set, written after the tenth tuning round by a writer who had seen only ../README.md, and
    // measured on arrival (F1 0.946, 2.26 % of content removed, the floors). Neither its errors nor its overall figure
    // guide a change.
    [Fact]
    public void Pages_written_after_the_tenth_tuning_keep_their_content() =>
        Holds("heldout8", articles: 24, f1: 0.945, contentRemoved: 0.0182);

    // Written after the tenth tuning round by a writer who had seen only ../README.md, and measured once on arrival,
    // before anyone read its errors (F1 0.914, 0.95 % of content removed): the eleventh round's tuning set. The floors
    // are what the tuning it guided reached.
    [Fact]
    public void Pages_of_the_eleventh_tuning_set_keep_their_content() =>
        Holds("development11", articles: 24, f1: 0.947, contentRemoved: 0.0024);

    // A ninth held-out set, written after the eleventh tuning round by a writer who had seen only ../README.md, and
    // measured on arrival, after the round's review (F1 0.929, 0.21 % of content removed, the floors; with the plugin as
    // it was that morning: 0.927, 0.43 %). Neither its errors nor its overall figure guide a change.
    [Fact]
    public void Pages_written_after_the_eleventh_tuning_keep_their_content() =>
        Holds("heldout9", articles: 24, f1: 0.928, contentRemoved: 0.0022);

    // Written after the eleventh tuning round by a writer who had seen only ../README.md, and measured once on arrival,
    // before anyone read its errors (F1 0.893, 1.31 % of content removed): the twelfth round's tuning set. The floors
    // are what the tuning it guided reached; no content removed since the sixteenth round (a DOI line); 0.926 after the
    // eighteenth round's widget headings.
    [Fact]
    public void Pages_of_the_twelfth_tuning_set_keep_their_content() =>
        Holds("development12", articles: 24, f1: 0.925, contentRemoved: 0.0);

    // Written after the twelfth tuning round as a held-out set, by a writer who had seen only ../README.md, and measured on
    // arrival (F1 0.902, 4.56 % of content removed; the same with the plugin as it was before the round): the losses
    // were too many to leave, and it became the thirteenth round's tuning set. The floors are what that tuning reached, and
    // the F1 the fifteenth round reached (an obituary's guestbook); 0.938 and 0.76 % after the sixteenth (a podcast's
    // episode line); 0.945 after the eighteenth (widget headings, a paper's own notices).
    [Fact]
    public void Pages_of_the_thirteenth_tuning_set_keep_their_content() =>
        Holds("development13", articles: 24, f1: 0.952, contentRemoved: 0.0);

    // A tenth held-out set, written after the thirteenth tuning round by a writer who had seen only ../README.md, and
    // measured on arrival, after the round's reviews (F1 0.954, 1.11 % of content removed; with the plugin as it was that
    // morning: 0.952, 1.66 %). Neither its errors nor its overall figure guide a change.
    [Fact]
    public void Pages_written_after_the_thirteenth_tuning_keep_their_content() =>
        Holds("heldout10", articles: 24, f1: 0.953, contentRemoved: 0.0111);

    // An eleventh held-out set, written during the fourteenth tuning round by a writer who had seen only ../README.md, and
    // measured on arrival (F1 0.936, 2.82 % of content removed, the floors; the same with the plugin as it was that
    // morning). Neither its errors nor its overall figure guide a change.
    [Fact]
    public void Pages_written_during_the_fourteenth_tuning_keep_their_content() =>
        Holds("heldout11", articles: 24, f1: 0.935, contentRemoved: 0.0283);

    // Written at the end of the thirteenth round by a writer who had seen only ../README.md, for layouts where the reviews
    // had found the head or a box of facts at risk, and measured once on arrival, before anyone read its errors (F1
    // 0.903, 9.34 % of content removed; with the plugin as it was that morning, 0.899 and 10.71 %): the fourteenth round's
    // tuning set, 0.910 and 7.97 % after its first step, 0.927 and 7.69 % after its second, 0.955 and 4.67 % after its third;
    // 0.959 and 3.85 % after the fifteenth round's (a scorecard, a road test's head); 0.960 and 3.57 % after the
    // sixteenth's (a newsletter's issue line), 0.961 and 3.30 % after its DOI line; 0.965 and 2.47 % after the
    // seventeenth's (a film review's head, a local weekly's date, a photograph's copyright under a caption, a portal's
    // widgets under the head).
    [Fact]
    public void Pages_of_the_fourteenth_tuning_set_keep_their_content() =>
        Holds("development14", articles: 24, f1: 0.970, contentRemoved: 0.0138);

    // Written at the start of the fifteenth round by a writer who had seen only ../README.md, everyday pages whose stories
    // hold many short lines (captions, answers, list items, table rows, event details), and measured once on arrival,
    // before anyone read its errors (F1 0.923, 5.81 % of content removed): the fifteenth round's tuning set, 0.949 and
    // 0.48 % after its first step, 0.979 after its second, 0.978 and 0.73 % after its review.
    [Fact]
    public void Pages_of_the_fifteenth_tuning_set_keep_their_content() =>
        Holds("development15", articles: 24, f1: 0.977, contentRemoved: 0.0073);

    // Written at the start of the sixteenth round by a writer who had seen only ../README.md, pages whose residue is
    // wordy (notes about the site, appeals, comment threads, teasers with standfirsts) around stories of many shapes, and
    // measured once on arrival, before anyone read its errors (F1 0.866, 1.38 % of content removed): the sixteenth round's
    // tuning set, 0.906 and 0.55 % after its first step, 0.940 after its second, 0.943 and 0.00 % after its third (names
    // in the language layer), 0.949 after its review (tickers' arrows); 0.956 after the eighteenth round (the story's body under a section of chrome,
    // a letters page's instructions).
    [Fact]
    public void Pages_of_the_sixteenth_tuning_set_keep_their_content() =>
        Holds("development16", articles: 24, f1: 0.955, contentRemoved: 0.0);

    // A twelfth held-out set, written during the sixteenth tuning round by a writer who had seen only ../README.md, and
    // measured on arrival (F1 0.960, 1.32 % of content removed, the floors; the same with the plugin as it was that
    // morning). Neither its errors nor its overall figure guide a change.
    [Fact]
    public void Pages_written_during_the_sixteenth_tuning_keep_their_content() =>
        Holds("heldout12", articles: 24, f1: 0.959, contentRemoved: 0.0132);

    // Written at the start of the seventeenth round by a writer who had seen only ../README.md, stories whose own lines
    // look like residue (lists, timetables, results, fact boxes, one-line paragraphs, a poem), and measured once on
    // arrival, before anyone read its errors (F1 0.978, 0.21 % of content removed): the seventeenth round's tuning set,
    // 0.995 and 0.00 % after its first step.
    [Fact]
    public void Pages_of_the_seventeenth_tuning_set_keep_their_content() =>
        Holds("development17", articles: 24, f1: 0.994, contentRemoved: 0.0);

    // A thirteenth held-out set, written at the start of the seventeenth round by a writer who had seen only ../README.md,
    // and measured on arrival, before any of the round's changes (F1 0.961, 0.50 % of content removed, the floors).
    // Neither its errors nor its overall figure guide a change.
    [Fact]
    public void Pages_written_during_the_seventeenth_tuning_keep_their_content() =>
        Holds("heldout13", articles: 24, f1: 0.961, contentRemoved: 0.0051);

    // Written at the end of the seventeenth round by a writer who had seen only ../README.md, pages whose residue beside
    // the story looks like data or notices (tables, service boards, tickers, notes to editors), and measured once on
    // arrival, before anyone read its errors (F1 0.861, 1.79 % of content removed): the eighteenth round's tuning set, 0.890
    // and 0.30 % after its first step, 0.947 and 0.00 % after its second, 0.960 after its third, 0.951 after its review
    // (a widget's heading in capitals ends the story's body only over residue the page marks), 0.954 after its letters-page
    // instructions, 0.963 after a jobs board's search line ("Search 412 local jobs").
    [Fact]
    public void Pages_of_the_eighteenth_tuning_set_keep_their_content() =>
        Holds("development18", articles: 24, f1: 0.962, contentRemoved: 0.0);

    // A fourteenth held-out set, written during the eighteenth tuning round by a writer who had seen only ../README.md, and
    // measured on arrival, after the round's third step (F1 0.931, 0.80 % of content removed, the floors; with the plugin
    // as it was that morning: 0.929, 0.80 %). Neither its errors nor its overall figure guide a change.
    [Fact]
    public void Pages_written_during_the_eighteenth_tuning_keep_their_content() =>
        Holds("heldout14", articles: 24, f1: 0.93, contentRemoved: 0.008);

    // Written during the eighteenth round by a writer who had seen only ../README.md, pages whose head is hard to tell from
    // the page around it (kickers, short titles over long standfirsts, bylines with roles, datelines of every form, a lead
    // photograph's caption and credit) and whose residue at the foot is worded as sentences, and measured once on arrival,
    // before anyone read its errors (F1 0.899, 2.01 % of content removed); 0.908 and 0.50 % after the eighteenth round's
    // last steps, on the content it lost (two short titles over their standfirsts, a broadcaster's head and its labelled
    // caption, a live page's "delayed by at least"). The next round's tuning set.
    [Fact]
    public void Pages_of_the_nineteenth_tuning_set_keep_their_content() =>
        Holds("development19", articles: 24, f1: 0.965, contentRemoved: 0.0051);

    // Written during the nineteenth tuning round as the fifteenth held-out set, by a writer who had seen only ../README.md
    // (pages copied by many means: select-all, print views, a feed reader's item, a PDF e-edition, e-mail alerts; Arabic,
    // Hebrew, Japanese, Indonesian and Swedish portals), and measured on arrival, before anyone read its errors: F1 0.885,
    // 6.32 % of content removed (0.883 and 6.32 % with the plugin as it was that morning). Like development13, it lost too
    // much content to stay held out, and became the twentieth tuning set: 0.912 and 0.00 % after the round's steps on the
    // content it lost (a PDF e-edition's narrow column and a headline set over two lines, a table of opening hours, a
    // feed item's date, a dateline on its own line under a portal's widgets, a police site's emergency banner).
    [Fact]
    public void Pages_of_the_twentieth_tuning_set_keep_their_content() =>
        Holds("development20", articles: 24, f1: 0.973, contentRemoved: 0.0);

    // A fifteenth held-out set, written during the nineteenth tuning round by a writer who had seen only ../README.md
    // (ordinary pages copied by every means, five inside Italian, Finnish, Chinese, Thai and Portuguese portals), and
    // measured on arrival, after the round's steps on development19 and development20 (F1 0.959, 0.53 % of content
    // removed, the floors; with the plugin as it was that morning: 0.947, 2.64 %). Neither its errors nor its overall
    // figure guide a change.
    [Fact]
    public void Pages_written_during_the_nineteenth_tuning_keep_their_content() =>
        Holds("heldout15", articles: 24, f1: 0.958, contentRemoved: 0.0053);

    // Written at the end of the nineteenth round by a writer who had seen only ../README.md: stories of unusual shapes
    // (a radio transcript, a Q&A explainer, a fact-check, election results, live text, court listings, a letters page,
    // a timeline, a podcast's show notes, a listicle) and Hungarian, Romanian, Persian, Malay and Bulgarian portals.
    // Measured once on arrival, before anyone read its errors (F1 0.944, 2.55 % of content removed; 0.942 and 2.55 % with
    // the plugin as it was that morning); then part of its lost content was mended (a sub-heading over the first
    // paragraph, a date under a copy of the title): 0.946 and 2.08 %; the twentieth round read its missed residue and
    // kept a review's table of specifications: 0.976. A status board with no figures and a list of documents are left
    // (two tries read footer menus as tables and document sidebars as the story).
    [Fact]
    public void Pages_of_the_twenty_first_tuning_set_keep_their_content() =>
        Holds("development21", articles: 24, f1: 0.978, contentRemoved: 0.0139);

    // Written during the twentieth round as the sixteenth held-out set, by a writer who had seen only ../README.md:
    // English-language sites of ten countries (India, Nigeria, South Africa, Australia, the Philippines, Ireland, Canada,
    // New Zealand, Kenya, Singapore), a web archive's copy, reader mode, a machine-translation banner, a forum's repost,
    // a blogging platform, a student paper, a union, a parliament's news service, a local TV station; Polish, Turkish,
    // Greek and Vietnamese portals. On arrival it scored F1 0.886 and lost 5.31 % of its content (the same with the plugin
    // as it was that morning), so it became a tuning set, as development20 did: its lost lines (names read as another
    // language in the head and in a table, a date after a place, a desk's name, a byline linked to the writer's page)
    // and its missed residue were then read: 0.977 and 0.27 % (the floors).
    [Fact]
    public void Pages_of_the_twenty_second_tuning_set_keep_their_content() =>
        Holds("development22", articles: 24, f1: 0.976, contentRemoved: 0.0027);

    // A sixteenth held-out set, written at the end of the twentieth tuning round by a writer who had seen only
    // ../README.md (specialist and generalist outlets of an ordinary day, pages arriving by every means, a Welsh council
    // page, Japanese, Korean, Arabic and Spanish portals), and measured on arrival (F1 0.952, 2.56 % of content removed,
    // the floors; the same with the plugin as it was that morning); 0.955 and 1.71 % once the Language plugin stopped
    // reading a line of names as another language. Neither its errors nor its overall figure guide a change.
    [Fact]
    public void Pages_written_during_the_twentieth_tuning_keep_their_content() =>
        Holds("heldout16", articles: 24, f1: 0.951, contentRemoved: 0.0257);

    // A seventeenth held-out set, written at the start of the twenty-first round by a writer who had seen only ../README.md
    // (an ordinary week's intake: a wire's distribution copy, a live page, a trade magazine, an agency's release, a court
    // report in print view, a club's site, an obituary, a newsletter platform's e-mail; German, French, Italian, Polish,
    // Hindi and Indonesian portals), measured on arrival at F1 0.952 with 1.60 % of its content removed (a club's box of
    // match facts, an obituary's name), so it became a tuning set: 0.988 and 0.00 % once its lost and missed lines were read.
    [Fact]
    public void Pages_of_the_twenty_third_tuning_set_keep_their_content() =>
        Holds("development23", articles: 24, f1: 0.987, contentRemoved: 0.0);

    // A seventeenth held-out set (the first written as such became development23), written during the twenty-first round
    // by a writer who had seen only ../README.md (an ordinary month's subjects from outlets of India, Nigeria, Kenya, the
    // Philippines, Singapore, Canada, Ireland and more, pages from a phone, a PDF edition, a search engine's cache, a
    // clipping extension, an e-mail; Dutch, Czech, Greek, Vietnamese, Japanese and Arabic portals), measured on arrival
    // with the round's rules: F1 0.927 and 1.48 % of its content removed (the floors), the same as with the plugin before
    // the round. Its errors are not read.
    [Fact]
    public void Pages_written_during_the_twenty_first_tuning_keep_their_content() =>
        Holds("heldout17", articles: 24, f1: 0.927, contentRemoved: 0.0149);

    // An eighteenth held-out set, written at the start of the twenty-second round by a writer who had seen only
    // ../README.md (outlets of Pakistan, Ghana, South Africa, Malaysia, Scotland, New Zealand, the US and Australia; an
    // AMP page, a print view, a feed reader, a lite site, a live blog, a client feed, a podcast page, a business wire,
    // a reader mode, an aggregator, a forwarded e-mail; Turkish, Korean, Thai, Hebrew, Swedish, Romanian and Portuguese
    // portals), measured on arrival at F1 0.922 with 2.81 % of its content removed (a print view's last paragraph over
    // the page's address, a glued newsletter prompt, a report's results after its last paragraph), so it became a tuning
    // set: 0.985 and 0.31 % once its lost and missed lines were read (the line left is a Korean portal's "입력" date,
    // labelled the dateline here and foreign chrome in the sets before).
    [Fact]
    public void Pages_of_the_twenty_fourth_tuning_set_keep_their_content() =>
        Holds("development24", articles: 24, f1: 0.984, contentRemoved: 0.0032);

    // An eighteenth held-out set (the first written as such became development24), written during the twenty-second
    // round by a writer who had seen only ../README.md (outlets of Bangladesh, Zimbabwe, Uganda, Wales, Northern Ireland,
    // Trinidad, Fiji, Sri Lanka, the US, Canada and Australia; a paywall, a newsletter, a wire's feed, a scanned archive
    // page, an obituary, a recipe, a fact-check, a gallery, a weather story, a scorecard; Hindi, French, German, Polish,
    // Indonesian, Ukrainian, Finnish and Malay portals), measured on arrival with the round's rules: F1 0.936 and 1.94 % of
    // its content removed (the floors, F1 rounded down), the same as with the plugin before the round. Its errors are not read.
    [Fact]
    public void Pages_written_during_the_twenty_second_tuning_keep_their_content() =>
        Holds("heldout18", articles: 24, f1: 0.935, contentRemoved: 0.0194);

    // A nineteenth held-out set, written after the twenty-second round by a writer who had seen only ../README.md
    // (outlets of Nepal, Rwanda, Namibia, Cyprus, Malta, Iceland, the Bahamas, Papua New Guinea, Hong Kong, the Gulf,
    // the US, the UK and Canada; a search engine's cache, a listen page, a syndicated copy, a story over three pages, a
    // corrections page, a FAQ explainer, a data story, a photo feed, a council transcript, a court list, an event listing;
    // Greek, Arabic, Japanese, Dutch, Czech, Vietnamese, Catalan, Hungarian and Danish portals), measured on arrival at
    // F1 0.912 with 2.52 % of its content removed (a box score under the story, an event's organiser under its listing),
    // so it became a tuning set: 0.982 and 0.56 % once its lost and missed lines were read (left: a corrections page's
    // short title over its standfirst, and the organiser's line, whose Dutch name reads as Dutch).
    [Fact]
    public void Pages_of_the_twenty_fifth_tuning_set_keep_their_content() =>
        Holds("development25", articles: 24, f1: 0.981, contentRemoved: 0.0057);

    // A set written after the twenty-third round as a nineteenth held-out set, by a writer who had seen only ../README.md
    // (a regional daily, a wire's copy, a live blog, a trade journal, an e-mail newsletter, a press release, a fact-check,
    // a court report, a rugby report, an obituary, an album review, an archive page, an explainer, an aggregator's copy;
    // Japanese, Arabic, Polish, Greek, Korean and Turkish portals), measured on arrival at F1 0.969 with 1.20 % of its
    // content removed (a live blog's head over "Key points:", a newsletter's head over a wrapped first line, a review's
    // title over the writer's picture), so it became a tuning set: 0.993 and no content lost once its errors were read.
    [Fact]
    public void Pages_of_the_twenty_sixth_tuning_set_keep_their_content() =>
        Holds("development26", articles: 24, f1: 0.992, contentRemoved: 0.0);

    // Written as the twentieth held-out set, from a brief of its own: pages as a converter, a feed, a reader, a cache, an
    // e-paper, a forward or a wire delivers them (lynx and pandoc output, an RSS item, a search cache, OCR). Measured on
    // arrival: F1 0.915 and 5.08 % of its content removed; it became the twenty-fifth round's tuning set. 0.926 and 3.25 %
    // once a feed item's own fields (its "title:", "author:", "published:", "summary:") were read as the article's.
    [Fact]
    public void Pages_of_the_twenty_seventh_tuning_set_keep_their_content() =>
        Holds("development27", articles: 24, f1: 0.925, contentRemoved: 0.0326);

    // Written as the twentieth held-out set, from a brief of its own: residue inside the story ("READ ALSO:" teasers,
    // "Story continues below advertisement", an embedded post's or video's residue, "Follow us on Google News") on pages
    // of the English-language press of many countries (Urdu, Japanese, Polish and Turkish portals among them). Measured
    // on arrival: F1 0.916 and 4.49 % of its content removed; it became the twenty-sixth round's tuning set: 0.976 and
    // 0.71 % once its errors were read, 0.978 and 0.24 % once a box of names in another language was the story's.
    [Fact]
    public void Pages_of_the_twenty_eighth_tuning_set_keep_their_content() =>
        Holds("development28", articles: 24, f1: 0.977, contentRemoved: 0.0024);

    // Written as the twenty-first held-out set, from a brief of its own: English stories that carry other languages and
    // many names as their own (a Welsh council's bilingual titles, Māori, Irish, Tagalog and Afrikaans words, a poem
    // quoted and translated, a recipe's and a menu's names, an honours list), four of them inside Slovak, Lithuanian,
    // Bulgarian and Danish portals. Measured on arrival: F1 0.954 and 4.73 % of its content removed; it became the
    // twenty-seventh round's tuning set: 0.975 and 1.13 % once lines the story quotes, verse and boxes of names in
    // another language were read as the story's.
    [Fact]
    public void Pages_of_the_twenty_ninth_tuning_set_keep_their_content() =>
        Holds("development29", articles: 24, f1: 0.974, contentRemoved: 0.0113);

    // Written as the twenty-first held-out set (the second written as such; the first became development29), from a brief
    // of its own: short stories in long pages (a news brief, a breaking stub, a photo story, a court result, a traffic
    // alert, a death notice, a correction, a lottery draw, a wire flash; Croatian, Romanian, Norwegian and Vietnamese
    // portals). Measured on arrival: F1 0.927 and 8.33 % of its content removed (12 of 144 lines), the same with the
    // plugin at the session's start; it became a tuning set: 0.931 and 6.94 % once the article's language counted a line
    // that is no sentence for less (a Norwegian portal's short English story had been read as Norwegian); 0.939 and 2.08 %
    // once the plugin read the story in the language most of the page's running text is in (a Vietnamese portal's).
    [Fact]
    public void Pages_of_the_thirtieth_tuning_set_keep_their_content() =>
        Holds("development30", articles: 24, f1: 0.938, contentRemoved: 0.0209);

    // Written as the twenty-second held-out set, from a brief of its own: English news about people and places whose names
    // carry diacritics (Vietnam, Türkiye, Poland, Iceland, Romania, Czechia, Hungary, Portugal, Brazil, Mexico, Ghana, the
    // Philippines) on English sites of every kind, six of them inside Vietnamese, Turkish, Polish, Czech, Portuguese and
    // Romanian portals. Measured on arrival: F1 0.965 and 3.54 % of its content removed (14 of 395 lines), the same with
    // the plugin at the session's start; it became the twenty-eighth round's tuning set: 0.983 and 0.51 % once its errors
    // were read (names in a foreign-read line, a feed item's fields, a box of match facts, a teaser wrapped into a paragraph).
    [Fact]
    public void Pages_of_the_thirty_first_tuning_set_keep_their_content() =>
        Holds("development31", articles: 24, f1: 0.983, contentRemoved: 0.0051);

    // Written as the twenty-third held-out set, from a brief of its own: opinion and long-form (columns, editorials, a
    // letters page, reviews with their boxes, an interview, a podcast's transcript, a long read, a photo essay, an obituary,
    // a fact-check; Korean, Hindi, Greek and Indonesian portals). Measured on arrival, after the twenty-eighth round's
    // steps: F1 0.935 and 3.59 % of its content removed (17 of 474 lines; 0.930 with the plugin at the session's start);
    // it became a tuning set, its errors read at the end of that session: 0.943 and 1.69 % once a numbered list under the
    // story whose items it names (an album's track list) was read as the story's; the rest is the next round's.
    [Fact]
    public void Pages_of_the_thirty_second_tuning_set_keep_their_content() =>
        Holds("development32", articles: 24, f1: 0.942, contentRemoved: 0.017);

    // A nineteenth held-out set (the first two written as such became development25 and development26), written during
    // the twenty-fourth round from the same brief (Romanian, Swedish, Thai, Hebrew, Swahili and Vietnamese portals among
    // its pages), measured on arrival after the round's steps: F1 0.944 and 0.51 % of its content removed (the floors, F1
    // rounded down); 0.938 with the plugin before the round. Its errors are not read.
    [Fact]
    public void Pages_written_during_the_twenty_fourth_tuning_keep_their_content() =>
        Holds("heldout19", articles: 24, f1: 0.943, contentRemoved: 0.0052);

    // A twentieth held-out set (the first two written as such became development27 and 28), written during the
    // twenty-sixth round from a brief of its own: news as organisations that are not newspapers publish it (a council, a
    // police force, a court service, a hospital, a central bank, a sports club, a union, a diocese; Hindi, Persian,
    // Ukrainian and Finnish portals). Measured on arrival after the round's steps: F1 0.940 and 1.31 % of its content
    // removed, the same with the plugin before the round. Its errors are not read.
    [Fact]
    public void Pages_published_by_organisations_that_are_not_newspapers_keep_their_content() =>
        Holds("heldout20", articles: 24, f1: 0.94, contentRemoved: 0.0131);

    // A twenty-first held-out set (the first two written as such became development29 and development30), written during
    // the twenty-seventh round from a brief of its own: an ordinary week of local and regional news sites in the United
    // States, the United Kingdom, Ireland, Canada, Australia and New Zealand (Greek, Hebrew, Hungarian and Indonesian
    // portals). Measured on arrival after the round's steps: F1 0.947 and 1.40 % of its content removed, the same with the
    // plugin before the round. Its errors are not read.
    [Fact]
    public void Pages_of_an_ordinary_week_of_local_news_keep_their_content() =>
        Holds("heldout21", articles: 24, f1: 0.946, contentRemoved: 0.014);


    // A twenty-second held-out set (the first written as such became development31), written during the twenty-eighth round
    // from a brief of its own: specialist and trade news (a science site, a medical journal's news, trade papers of
    // technology, farming, shipping, energy, construction, aviation and wine, a press-release wire, an investor-relations
    // page, a charity, a B2B digest; Japanese, Arabic, Thai and Ukrainian portals). Measured on arrival after the round's
    // steps: F1 0.934 and 0.90 % of its content removed, the same with the plugin at the session's start. Its errors are
    // not read.
    [Fact]
    public void Pages_of_specialist_and_trade_news_keep_their_content() =>
        Holds("heldout22", articles: 24, f1: 0.933, contentRemoved: 0.009);

    private void Holds(string folder, int articles, double f1, double contentRemoved)
    {
        var score = Score(folder);
        score.Articles.ShouldBeGreaterThanOrEqualTo(articles);
        score.F1.ShouldBeGreaterThanOrEqualTo(f1, score.ToString());
        score.ContentRemoved.ShouldBeLessThanOrEqualTo(contentRemoved, score.ToString());
    }

    private LineScore Score(string folder)
    {
        var articles = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Evaluation", folder))
            .Where(f => Path.GetFileName(f) != "README.md")
            .Order(StringComparer.Ordinal)
            .Select(LabelledArticle.Read)
            .ToList();
        var score = LineScore.Of(articles);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, $"boilerplate-evaluation-{folder}.txt"), score + "\n\n" + score.Mistakes);
        output.WriteLine(score.ToString());
        return score;
    }
}
#endif
