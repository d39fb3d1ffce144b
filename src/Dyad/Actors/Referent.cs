using Dyad.Documents;

namespace Dyad.Actors;

/// <summary>Someone or something already resolved in the article, that later names, titles and pronouns can point back to.</summary>
/// <remarks>A person the resolver could not code has a null <see cref="Actor"/>: a pronoun after them is theirs, not an earlier person's.</remarks>
internal sealed record Referent(Actor? Actor, string[] NamePieces, string? TitleKey, int Token, int Sentence, bool Person, bool AfterPreposition);

/// <summary>The article's referents in reading order, and the simple coreference rules over them.</summary>
internal sealed class Discourse
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "from", "with", "of", "by", "for", "against", "about", "at", "on", "in", "between", "toward", "towards", "than",
    };

    private readonly List<Referent> _referents = [];

    public void Add(Referent r) => _referents.Add(r);

    public static bool IsPreposition(ReadOnlySpan<char> w) => Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);

    /// <summary>The first person whose full name ends with, and contains, every piece of a shorter name ("Sudani").</summary>
    public Referent? ByName(IReadOnlyList<string> pieces)
    {
        if (pieces.Count == 0) return null;
        foreach (var r in _referents)
        {
            if (!r.Person || r.Actor is null || r.NamePieces.Length <= pieces.Count) continue;
            if (r.NamePieces[^1] != pieces[^1]) continue;
            if (pieces.All(p => p == "al" || r.NamePieces.Contains(p))) return r;
        }
        return null;
    }

    /// <summary>The latest earlier person with exactly this name whose actor has a country ("U.S. President Donald Trump" for a later "President Donald Trump").</summary>
    public Referent? SameNameWithCountry(IReadOnlyList<string> pieces)
    {
        var name = pieces.ToArray();
        for (int i = _referents.Count - 1; i >= 0; i--)
        {
            var r = _referents[i];
            if (r.Person && r.Actor?.Country is not null && r.NamePieces.AsSpan().SequenceEqual(name)) return r;
        }
        return null;
    }

    /// <summary>An earlier group or place whose name ends with these pieces ("Coalition" after "International Coalition").</summary>
    public Referent? ByGroupName(IReadOnlyList<string> pieces)
    {
        if (pieces.Count == 0) return null;
        var name = pieces.ToArray();
        foreach (var r in _referents)
        {
            if (r.Person || r.Actor is null || r.NamePieces.Length < name.Length) continue;
            if (r.NamePieces.AsSpan(r.NamePieces.Length - name.Length).SequenceEqual(name)) return r;
        }
        return null;
    }

    /// <summary>The latest person holding a title ("prime minister") before this point.</summary>
    public Referent? ByTitle(string titleKey)
    {
        for (int i = _referents.Count - 1; i >= 0; i--)
            if (_referents[i].Person && _referents[i].Actor is not null && _referents[i].TitleKey == titleKey) return _referents[i];
        return null;
    }

    /// <summary>
    /// A subject pronoun's antecedent: the latest person earlier in the same sentence, else the first person of the
    /// previous sentence that is not the object of a preposition ("aide to Sudani, Dr. Hussein Allawi" gives Allawi).
    /// A quoted speaker (<paramref name="speaker"/>, the first token of their mention, or -1) and every mention ending
    /// in their name are skipped: "he" in their own words is someone else.
    /// </summary>
    public Referent? ForPronoun(int token, int sentence, int speaker = -1)
    {
        string? speakerName = null;
        if (speaker >= 0)
            foreach (var r in _referents)
                if (r.Token == speaker && r.NamePieces.Length > 0) speakerName = r.NamePieces[^1];
        bool IsSpeaker(Referent r) => r.Token == speaker || (speakerName is not null && r.NamePieces.Length > 0 && r.NamePieces[^1] == speakerName);
        for (int i = _referents.Count - 1; i >= 0; i--)
        {
            var r = _referents[i];
            if (r.Sentence < sentence) break;
            if (r.Person && r.Token < token && !IsSpeaker(r)) return r;
        }
        foreach (var r in _referents)
            if (r.Sentence == sentence - 1 && r.Person && !r.AfterPreposition && !IsSpeaker(r)) return r;
        return null;
    }
}
