using PluginHost.Sdk.Analysis;
using PluginHost.Sdk.Text;

namespace Quotes;

/// <summary>The word lists of the plugin's rule files that tell names, titles, roles and unnamed sources apart.</summary>
public sealed class MentionLexicon(IPluginSettings settings)
{
    public WordList Titles { get; } = settings.GetWordList("titles");

    public WordList FemaleTitles { get; } = settings.GetWordList("female_titles");

    public WordList MaleTitles { get; } = settings.GetWordList("male_titles");

    public WordList FemaleNames { get; } = settings.GetWordList("female_given_names");

    public WordList MaleNames { get; } = settings.GetWordList("male_given_names");

    public WordList OrganizationWords { get; } = settings.GetWordList("organization_words");

    public WordList Roles { get; } = settings.GetWordList("roles");

    public WordList Things { get; } = settings.GetWordList("things");

    public WordList UnnamedDeterminers { get; } = settings.GetWordList("unnamed_determiners");

    public WordList RoleComplements { get; } = settings.GetWordList("role_complements");

    public WordList NotNames { get; } = settings.GetWordList("not_names");

    public WordList SpeechVerbs { get; } = settings.GetWordList("speech_verbs");

    public WordList NamingVerbs { get; } = settings.GetWordList("naming_verbs");

    public WordList Auxiliaries { get; } = settings.GetWordList("auxiliaries");
}
