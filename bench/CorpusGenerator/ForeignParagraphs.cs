namespace PluginHost.CorpusGenerator;

/// <summary>A paragraph left in another language: a quote from a foreign source, or an untranslated statement.</summary>
internal sealed class ForeignParagraphs(Random random)
{
    private static readonly string[] Paragraphs =
    [
        "El ayuntamiento aprobó el plan después de una larga reunión, aunque varios vecinos pidieron más tiempo para estudiar los costes.",
        "Le conseil municipal a reporté sa décision, estimant que les habitants devaient être consultés avant le début des travaux.",
        "Die Stadtverwaltung will die Brücke im Frühjahr wieder öffnen, doch die Reparatur könnte teurer werden als geplant.",
        "Городской совет отложил решение до весны, заявив, что жителям нужно больше времени, чтобы изучить проект.",
        "A prefeitura prometeu publicar o relatório completo na próxima semana, depois de críticas dos moradores.",
        "Il sindaco ha detto che i lavori riprenderanno a marzo, ma i commercianti della zona restano preoccupati.",
        "De gemeente heeft besloten de haven uit te breiden, ondanks bezwaren van vissers en bewoners.",
        "Rada miasta zdecydowała, że remont mostu zakończy się dopiero jesienią, co rozczarowało mieszkańców.",
    ];

    public string Paragraph() => Paragraphs[random.Next(Paragraphs.Length)];
}
