namespace Dyad.Geocoding;

/// <summary>Small closed word lists the toponym finder needs: connectors inside names, area words, and capitalised words that are not places.</summary>
internal static class PlaceWords
{
    /// <summary>Lower-case words that may sit inside a multi-word place name ("Bosnia and Herzegovina", "Rio de Janeiro").</summary>
    public static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "de", "del", "da", "do", "dos", "das", "al", "el", "la", "le", "les", "du", "des", "upon", "sur", "am", "an",
        "and", "y", "di", "van", "von", "der", "den", "bin", "ibn", "-",
    };

    /// <summary>Words after a name that say it is an area, not the town of the same name ("the Anbar province").</summary>
    public static readonly HashSet<string> AreaWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "province", "provinces", "state", "governorate", "region", "county", "district", "oblast", "prefecture", "department",
        "territory", "canton", "municipality", "parish", "shire",
    };

    /// <summary>Direction words that may open a run before a place ("Southern Lebanon", "Northern Iraq") without changing it.</summary>
    public static readonly HashSet<string> Directions = new(StringComparer.OrdinalIgnoreCase)
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast", "northwest",
        "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "northeastern", "northwestern",
        "southeastern", "southwestern", "upper", "lower", "greater", "the",
    };

    /// <summary>Words after a name that make it a different, physical feature ("Plum Island", "Rice Lake", "Danube Delta").</summary>
    public static readonly HashSet<string> FeatureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "island", "islands", "bay", "lake", "river", "sea", "mountain", "mountains", "mount", "delta", "valley", "desert",
        "coast", "peninsula", "strait", "gulf", "canal", "park", "forest", "hills", "falls", "beach", "harbour", "harbor",
        "airport", "base", "university", "hospital", "street", "square", "bridge", "dam", "proving",
    };

    /// <summary>Heads of institution names that open with a place ("Texas Department of Health", "Iraq Ministry of Defence").</summary>
    public static readonly HashSet<string> InstitutionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "department", "ministry", "government", "health", "police", "army", "university", "college", "school", "hospital",
        "council", "office", "agency", "authority", "board", "commission", "committee", "institute", "centre", "center",
        "times", "airport", "port", "city", "county", "state", "province", "region", "district", "national", "federal",
        "public", "general", "high", "supreme", "court", "parliament", "assembly", "senate", "museum", "zoo", "embassy",
        "consulate", "republic", "airways", "airlines", "railways", "bank", "stock", "exchange", "red", "international",
    };

    /// <summary>Words before a name that say a person follows ("Mr Jordan", "President Chad").</summary>
    public static readonly HashSet<string> PersonCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "president", "minister", "secretary", "senator", "sen", "rep", "gov",
        "governor", "mayor", "king", "queen", "prince", "princess", "pope", "general", "gen", "col", "capt", "sgt", "judge",
        "professor", "prof", "st", "saint", "rev", "father", "sheikh", "ayatollah", "chancellor", "premier", "spokesman",
        "spokeswoman", "chairman", "director", "commissioner",
    };

    /// <summary>Capitalised words that open sentences or name months, days, offices and institutions, and are also GeoNames place names.</summary>
    public static readonly HashSet<string> NotPlaces = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "but", "and", "or", "if",
        "in", "on", "at", "for", "with", "from", "by", "as", "of", "to", "after", "before", "since", "when", "while", "however",
        "also", "there", "here", "some", "many", "most", "all", "no", "not", "one", "two", "three", "first", "last", "new",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
        "police", "health", "university", "department", "ministry", "government", "army", "state", "city", "county", "court",
        "hospital", "agency", "council", "office", "center", "centre", "union", "national", "international", "world", "god",
        "christian", "muslim", "islam", "christmas", "easter", "ramadan", "congress", "parliament", "senate", "house", "white",
        "republican", "democrat", "democrats", "republicans", "party", "news", "times", "post", "press", "reuters", "associated",
        "virus", "flu", "influenza", "ebola", "swine", "bird", "avian", "sars", "aids", "hiv", "h1n1", "h5n1", "who", "un",
        "according", "during", "said", "says", "officials", "people", "early", "late", "north", "south", "east", "west",
        "northern", "southern", "eastern", "western", "central", "president", "minister", "secretary", "general", "mr", "dr",
        "prime", "foreign", "chief", "director", "professor", "doctor", "doctors", "medical", "public", "school", "college",
        "institute", "hall", "street", "road", "avenue", "airport", "station", "bank", "energy", "power", "mission",
        "max", "unity", "liberty", "independence", "freedom", "hope", "friendship", "progress", "success", "pleasant",
        "mobile", "split", "rain", "sale", "deal", "ware", "young",
    };
}
