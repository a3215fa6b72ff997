namespace PluginHost.CorpusGenerator;

/// <summary>The words articles are made of, written for this generator: people, places, bodies, topics and figures.</summary>
internal static class PhraseBank
{
    public static readonly (string Name, string Role)[] People =
    [
        ("Marta Ellison", "the county's emergency manager"), ("Tomasz Wrona", "a port engineer"), ("Adaeze Okafor", "the finance minister"),
        ("Henrik Dahl", "a spokesman for the utility"), ("Priya Raman", "an economist at Northgate Bank"), ("Lucía Ferrer", "the mayor"),
        ("Owen McBride", "a union organiser"), ("Yuki Sato", "a researcher at the coastal institute"), ("Samuel Achterberg", "the school board chair"),
        ("Fatima Benali", "a nurse at the district hospital"), ("Gregor Lind", "the harbour master"), ("Nadia Petrova", "a grain trader"),
        ("Kwame Mensah", "the transport commissioner"), ("Elena Vasquez", "a farmer near the river"), ("David Chen", "the council's budget officer"),
        ("Ingrid Holm", "a climate scientist"), ("Rafael Moura", "the police chief"), ("Aisha Karimi", "a shop owner on Quay Street"),
    ];

    public static readonly string[] Places =
    [
        "Port Alder", "Greystone", "Millbrook", "Kestrel Bay", "Northgate", "Elmworth", "Saltmarsh", "Redcliff", "Lowmoor", "Ashford Cross",
    ];

    public static readonly string[] Bodies =
    [
        "the city council", "the regional water board", "the ministry of transport", "the harbour authority", "the statistics office",
        "the teachers' union", "the central bank", "the county health service", "the chamber of commerce", "the river commission",
    ];

    public static readonly string[] Topics =
    [
        "flood defences", "the new tram line", "grain exports", "the hospital budget", "school repairs", "fishing quotas",
        "the bridge closure", "rent controls", "the wind farm", "bus fares", "the port expansion", "water prices",
    ];

    public static readonly string[] Measures =
    [
        "unemployment", "the price of bread", "passenger numbers", "hospital waiting times", "average rents", "wheat exports",
        "the council's debt", "energy bills", "tourist arrivals", "the river level",
    ];

    public static readonly string[] Groups =
    [
        "households", "residents", "small businesses", "commuters", "farmers", "pupils", "patients", "voters",
    ];

    public static readonly string[] Periods =
    [
        "last year", "in the first quarter", "since January", "over the past decade", "in March", "this winter", "in 2025",
    ];

    public static readonly string[] Sayings =
    [
        "We have waited long enough for this, and people here deserve an answer", "Nobody expected the water to rise that quickly",
        "The numbers do not lie, but they do not tell the whole story either", "We will keep the doors open as long as we can",
        "This is a good day for the town, though the hard work starts now", "I have lived here all my life and never seen anything like it",
        "If the funding does not arrive by spring, the work stops", "Our staff are tired, and they are still turning up every morning",
        "There is no quick fix, and anyone who promises one is not being honest", "We asked for a plan and we were given a press release",
        "The market has calmed down, but prices will stay high for months", "Every family on this street has lost something",
    ];

    public static readonly string[] Terms =
    [
        "a long overdue step", "reckless", "the worst in a generation", "a fair compromise", "deeply worrying", "business as usual",
    ];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
}
