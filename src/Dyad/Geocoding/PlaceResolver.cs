using Dyad.Documents;

namespace Dyad.Geocoding;

/// <summary>Chooses one gazetteer entry per toponym from population, feature type, admin context and the article's other places and actors.</summary>
/// <remarks>
/// Two passes: the first scores each name alone and lets the winners vote for their countries and admin areas; the second
/// rescores with those votes (minus those of the name's own mentions), so "Paris" in an article about Texas lands in Texas.
/// </remarks>
internal sealed class PlaceResolver(Gazetteer gazetteer, GeocoderSettings settings)
{
    private const int MaxCandidates = 60;

    public int[] Resolve(Doc doc, List<Toponym> toponyms)
    {
        var countryVotes = new double[gazetteer.Countries.Count];
        var adminVotes = new Dictionary<int, double>();
        // Only people and organisations vote: a place entity's actor code is the actor dictionary's reading of the same name
        // ("Santa Ana" → El Salvador), which would outvote the article's own context ("Santa Ana, California").
        foreach (var e in doc.Entities)
            if (e.Label is not ("LOC" or "GPE") && gazetteer.CountryIndexOfIso3(e.Actor?.Country) is >= 0 and var c) countryVotes[c] += settings.ActorVote;
        var first = new int[toponyms.Count];
        for (int t = 0; t < toponyms.Count; t++)
        {
            first[t] = Best(toponyms[t], null, null);
            Vote(first[t], countryVotes, adminVotes, +1);
        }
        // A name repeated in the article must not vote for itself: all its mentions' votes are withdrawn while it is rescored.
        var chosen = new int[toponyms.Count];
        foreach (var group in Enumerable.Range(0, toponyms.Count).GroupBy(t => toponyms[t].Key))
        {
            foreach (var t in group) Vote(first[t], countryVotes, adminVotes, -1);
            foreach (var t in group) chosen[t] = Best(toponyms[t], countryVotes, adminVotes);
            foreach (var t in group) Vote(first[t], countryVotes, adminVotes, +1);
        }
        return chosen;
    }

    private void Vote(int entry, double[] countries, Dictionary<int, double> admins, int sign)
    {
        if (entry < 0) return;
        var e = gazetteer[entry];
        if (e.CountryIndex >= 0) countries[e.CountryIndex] += sign;
        int admin = e.Kind == GazetteerKind.Admin1 ? entry : e.Admin1;
        if (admin >= 0) admins[admin] = admins.GetValueOrDefault(admin) + sign;
        int county = e.Kind == GazetteerKind.Admin2 ? entry : e.Admin2;
        if (county >= 0) admins[county] = admins.GetValueOrDefault(county) + sign;
    }

    private int Best(Toponym t, double[]? countryVotes, Dictionary<int, double>? adminVotes)
    {
        int best = -1;
        double bestScore = double.NegativeInfinity;
        double totalVotes = countryVotes is null ? 0 : Math.Max(1, countryVotes.Sum());
        int n = Math.Min(t.Candidates.Length, MaxCandidates);
        for (int k = 0; k < n; k++)
        {
            int id = t.Candidates[k];
            double s = Prior(id, t);
            var e = gazetteer[id];
            if (countryVotes is not null && e.CountryIndex >= 0)
                s += settings.CountryContext * countryVotes[e.CountryIndex] / totalVotes;
            if (adminVotes is not null && e.Kind != GazetteerKind.Admin1 && e.Admin1 >= 0 && adminVotes.GetValueOrDefault(e.Admin1) > 0)
                s += settings.AdminContext;
            // "Austin, in Scott County, Indiana": a named county holding the town outweighs a bigger namesake elsewhere.
            if (adminVotes is not null && e.Kind == GazetteerKind.City && e.Admin2 >= 0 && adminVotes.GetValueOrDefault(e.Admin2) > 0)
                s += settings.Admin2Context;
            if (s > bestScore) { bestScore = s; best = id; }
        }
        return best;
    }

    /// <summary>What an entry is worth before the article's other places are known.</summary>
    private double Prior(int id, Toponym t)
    {
        var e = gazetteer[id];
        double s = Math.Log10(e.Population + 10) + KindBonus(e.Kind);
        s += e.FeatureCode switch
        {
            "PPLC" => settings.CapitalBonus,
            "PPLA" => settings.SeatBonus,
            "PPLX" or "PPLH" or "PPLQ" or "PPLW" => -1,
            _ => 0,
        };
        if (NameKey.From(e.Name) != t.Key) s -= settings.AlternateNamePenalty;
        if (t.AreaCue && e.Kind is GazetteerKind.Admin1 or GazetteerKind.Admin2) s += settings.AreaCueBonus;
        // "Paris, Texas" and "Pandi, Bulacan", not lists of countries ("Iraq, Iran and Syria").
        if (t.Context.Length > 0 && e.Kind is GazetteerKind.City or GazetteerKind.Admin2 && Contains(t.Context, e)) s += settings.CommaContextBonus;
        // A city that is the namesake seat of a candidate area ("Baghdad" the city in "Baghdad" the governorate) beats the area
        // unless the text says the area ("Baghdad province").
        if (!t.AreaCue && e.Kind == GazetteerKind.City && (Array.IndexOf(t.Candidates, e.Admin1) >= 0 || Array.IndexOf(t.Candidates, e.Admin2) >= 0))
            s += settings.NamesakeSeatBonus;
        return s;
    }

    private double KindBonus(GazetteerKind kind) => kind switch
    {
        GazetteerKind.Country => settings.CountryBonus,
        GazetteerKind.Region => settings.RegionBonus,
        GazetteerKind.Admin1 => settings.Admin1Bonus,
        GazetteerKind.Admin2 => settings.Admin2Bonus,
        GazetteerKind.Landmark => settings.LandmarkBonus,
        _ => 0,
    };

    private bool Contains(int[] areas, GazetteerEntry e)
    {
        foreach (var a in areas)
        {
            if (a == e.Index) continue;
            var area = gazetteer[a];
            if (area.Kind == GazetteerKind.Country && area.CountryIndex == e.CountryIndex) return true;
            if (a == e.Admin1 || a == e.Admin2) return true;
        }
        return false;
    }
}
