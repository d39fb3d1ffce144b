using Dyad.Documents;

namespace Dyad.Geocoding;

/// <summary>Finds toponyms: gazetteer matches of capitalised token runs, then LOC entities the runs missed when a recogniser ran.</summary>
/// <remarks>Works on tokens and sentences alone, so the geocoder does not depend on the entity recogniser being present.</remarks>
internal sealed class ToponymFinder(Gazetteer gazetteer)
{
    private const int MaxTokens = 6;
    private const long StrongCity = 100_000;

    public List<Toponym> Find(Doc doc)
    {
        var found = new List<Toponym>();
        // A name wholly inside one person mention is not a place ("Chad Smith"), unless the recogniser misread an area or a
        // continent ("Scott County", "sub-Saharan Africa" tagged PER); a name spanning several mentions is checked in Accept
        // ("Ain" + "al-Asad" tagged as two people are one base).
        // Person mentions only, so not Doc.MentionAt (the first mention of any label over a token).
        var person = new int[doc.TokenCount];
        Array.Fill(person, -1);
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var e = doc.Entities[k];
            if (e.Label is "PER" && !IsMisreadArea(doc, e))
                for (int i = e.FirstToken; i < e.FirstToken + e.TokenCount && i < person.Length; i++) person[i] = k;
        }
        // Capitalised runs first: entity spans are often cut short ("Port-au" | "Prince", "South Wales"), while the run
        // holds the whole name; LOC entities the runs did not cover are tried afterwards.
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            int i = sentence.FirstToken, end = sentence.EndToken;
            while (i < end)
            {
                if (!IsCapitalised(doc[i].Span)) { i++; continue; }
                int r = i + 1;
                while (r < end && (IsCapitalised(doc[r].Span) || IsGlued(doc, r, end)
                       || (r + 1 < end && PlaceWords.Connectors.Contains(doc[r].Text) && IsCapitalised(doc[r + 1].Span)))) r++;
                MatchRun(doc, i, r, sentence, person, found);
                i = r;
            }
        }
        var covered = new bool[doc.TokenCount];
        foreach (var t in found) Mark(covered, t.FirstToken, t.TokenCount);
        foreach (var e in doc.Entities)
            if (e.Label is "LOC" or "GPE" && !AnyMarked(covered, e.FirstToken, e.TokenCount) && FromEntity(doc, e) is { } t)
                found.Add(t);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private bool IsMisreadArea(Doc doc, Mention e)
    {
        int end = e.FirstToken + e.TokenCount;
        if (PlaceWords.AreaWords.Contains(doc[end - 1].Text) || end < doc.TokenCount && PlaceWords.AreaWords.Contains(doc[end].Text)) return true;
        // Regions and the hand-listed landmarks are distinctive names: "Ain al-Asad" read as a person is still the base.
        if (NameKey.From(doc.Text.AsSpan(e.Start, e.End - e.Start)) is not { } key) return false;
        var ids = gazetteer.Lookup(key);
        return HasKind(ids, GazetteerKind.Region) || HasKind(ids, GazetteerKind.Landmark);
    }

    /// <summary>A hyphen written without spaces, or a word glued to one, inside a name the tokenizer split ("Port - au - Prince", "Bab el - Oued").</summary>
    private static bool IsGlued(Doc doc, int r, int end)
    {
        if (r + 1 >= end) return false;
        if (doc[r].Span.SequenceEqual("-")) return !doc[r - 1].SpaceAfter && !doc[r].SpaceAfter && char.IsLetter(doc[r + 1].Span[0]);
        return !doc[r].SpaceAfter && doc[r + 1].Span.SequenceEqual("-") && r + 2 < end && !doc[r + 1].SpaceAfter
            && char.IsLetter(doc[r].Span[0]) && char.IsLetter(doc[r + 2].Span[0]);
    }

    private void MatchRun(Doc doc, int runStart, int runEnd, Sentence sentence, int[] person, List<Toponym> found)
    {
        int p = runStart;
        Span<char> buffer = stackalloc char[256];
        while (p < runEnd)
        {
            if (!IsCapitalised(doc[p].Span)) { p++; continue; }
            int q = Math.Min(runEnd, p + MaxTokens);
            for (; q > p; q--)
            {
                if (!IsCapitalised(doc[q - 1].Span)) continue;
                // Fold into a stack buffer and look up without allocating; only a hit becomes a string.
                var text = doc.Text.AsSpan(doc[p].Start, doc[q - 1].End - doc[p].Start);
                if (text.Length > buffer.Length) continue;
                int length = NameKey.Fold(text, buffer);
                if (length <= 0) continue;
                var ids = gazetteer.Lookup(buffer[..length]);
                if (ids.IsEmpty) continue;
                var key = new string(buffer[..length]);
                if (person[p] >= 0 && person[p] == person[q - 1]) break;
                if (Accept(doc, p, q, runStart, runEnd, sentence, key, ids))
                    found.Add(Make(doc, p, q, key, ids, fromEntity: false));
                break;
            }
            p = q > p ? q : p + 1;
        }
    }

    private bool Accept(Doc doc, int p, int q, int runStart, int runEnd, Sentence sentence, string key, ReadOnlySpan<int> ids)
    {
        if (q - p == 1 && PlaceWords.NotPlaces.Contains(key)) return false;
        if (q - p == 1 && CapitalisedBySentence(doc, p, sentence)) return false;
        if (gazetteer.DemonymCountry(key) >= 0 && !HasKind(ids, GazetteerKind.Country)) return false;
        if (p > sentence.FirstToken && PlaceWords.PersonCues.Contains(doc[p - 1].Span.TrimEnd('.').ToString())) return false;
        // All-capital two-letter tokens are only taken for the country codes the index keeps (US, UK).
        if (key.Length <= 2 && !HasKind(ids, GazetteerKind.Country)) return false;
        // A town known here only by an alternate spelling ("Hamas" for Hamm) needs a locative word before it.
        if (q - p == 1 && !IsStrongByOwnName(ids, key) && !(p > sentence.FirstToken && IsLocativeWord(doc[p - 1].Span))) return false;
        if (q < runEnd && PlaceWords.FeatureWords.Contains(doc[q].Text)) return false;
        // "and" splits a run into names of their own ("Pandi and Bulacan", "Iraq and Syria").
        for (int k = p - 1; k > runStart; k--) if (IsListWord(doc[k].Span)) { runStart = k + 1; break; }
        for (int k = q; k < runEnd; k++) if (IsListWord(doc[k].Span)) { runEnd = k; break; }
        // Words before the name inside the run must be directions ("Southern Lebanon"); otherwise the run names something
        // else ("Danube Delta", "Davinio Catbagan").
        // else ("Danube Delta", "Davinio Catbagan"), unless the name is a country or first-order area under its own name
        // ("Public Health Agency of Canada", "Queensland Health").
        bool afterDirections = true;
        for (int k = runStart; k < p; k++)
            if (!PlaceWords.Directions.Contains(doc[k].Text)) afterDirections = false;
        if (!afterDirections && (PlaceWords.FeatureWords.Contains(key) || !IsWideByOwnName(ids, key))) return false;
        if (q == runEnd) return true;
        // A name opening a longer run counts when an area or institution word follows ("Texas Department of Health");
        // otherwise the run is a longer name the gazetteer lacks ("Ain al-Asad" is not the French department of Ain).
        return PlaceWords.InstitutionWords.Contains(doc[q].Text) && IsStrong(ids) || PlaceWords.AreaWords.Contains(doc[q].Text)
            || IsWideByOwnName(ids, key) && HasKind(ids, GazetteerKind.Country);
    }

    /// <summary>
    /// A word that opens its sentence and that the tagger read as no name or adjective ("Well, …", "Over 50 years", "Can you …",
    /// "Had it happened …", "Came fourth"): its capital comes from the sentence, not from a name, unless the recogniser says LOC.
    /// </summary>
    /// <remarks>Without tags (the plain splitter of the ablation) nothing is dropped; adjectives stay for demonyms ("Saudi officials").</remarks>
    private static bool CapitalisedBySentence(Doc doc, int p, Sentence sentence)
    {
        for (int k = sentence.FirstToken; k < p; k++) if (doc[k].Upos != Upos.PUNCT) return false;
        if (doc[p].Upos is Upos.None or Upos.PROPN or Upos.ADJ or Upos.X) return false;
        // Any place mention over the word, not the first mention there (Doc.MentionAt): a role or person mention may come first.
        foreach (var e in doc.Entities)
            if (e.Label is "LOC" or "GPE" && e.Covers(p)) return false;
        return true;
    }

    /// <summary>A LOC entity the capitalised runs missed ("gaza city"): its whole name, or the name after direction words.</summary>
    /// <remarks>Sub-spans are not tried: "Republic" in a cut-short "Republic of Congo" or "Island" in "Prince Edward Island" name something else.</remarks>
    private Toponym? FromEntity(Doc doc, Mention e)
    {
        int p = e.FirstToken, q = e.FirstToken + e.TokenCount;
        while (q - p > 1 && PlaceWords.AreaWords.Contains(doc[q - 1].Text)) q--;
        for (; p < q; p++)
        {
            var key = NameKey.From(doc.Text.AsSpan(doc[p].Start, doc[q - 1].End - doc[p].Start));
            if (key is not null && !PlaceWords.NotPlaces.Contains(key) && !PlaceWords.FeatureWords.Contains(key)
                && gazetteer.DemonymCountry(key) < 0 && gazetteer.Lookup(key) is { IsEmpty: false } ids)
                return Make(doc, p, q, key, ids, fromEntity: true);
            if (!PlaceWords.Directions.Contains(doc[p].Text)) return null;
        }
        return null;
    }

    private Toponym Make(Doc doc, int p, int q, string key, ReadOnlySpan<int> ids, bool fromEntity)
    {
        bool areaCue = q < doc.TokenCount && PlaceWords.AreaWords.Contains(doc[q].Text)
            || p >= 2 && doc[p - 1].Span.Equals("of", StringComparison.Ordinal) && PlaceWords.AreaWords.Contains(doc[p - 2].Text);
        return new Toponym(p, q - p, doc[p].Start, doc[q - 1].End, key, ids.ToArray(), fromEntity, areaCue, ContextAfter(doc, q));
    }

    /// <summary>The entries named after a comma ("Paris, Texas", "Pandi, Bulacan"): the area that should hold the place.</summary>
    private int[] ContextAfter(Doc doc, int q)
    {
        if (q + 1 >= doc.TokenCount || !doc[q].Span.SequenceEqual(",") || !IsCapitalised(doc[q + 1].Span)) return [];
        int sentenceEnd = doc.Sentences.Count > 0 ? doc.Sentences[Math.Max(0, doc.SentenceOf(q))].EndToken : doc.TokenCount;
        for (int r = Math.Min(sentenceEnd, q + 1 + 4); r > q + 1; r--)
            if (NameKey.From(doc.Text.AsSpan(doc[q + 1].Start, doc[r - 1].End - doc[q + 1].Start)) is { } key
                && gazetteer.Lookup(key) is { IsEmpty: false } ids)
                return ids.ToArray();
        return [];
    }

    private bool IsStrong(ReadOnlySpan<int> ids)
    {
        foreach (var id in ids)
        {
            var e = gazetteer[id];
            if (e.Kind is GazetteerKind.Country or GazetteerKind.Region or GazetteerKind.Admin1 || e.Population >= StrongCity) return true;
        }
        return false;
    }

    private bool IsStrongByOwnName(ReadOnlySpan<int> ids, string key)
    {
        foreach (var id in ids)
        {
            var e = gazetteer[id];
            if (e.Kind != GazetteerKind.City || e.Population >= 1_000_000 || NameKey.From(e.Name) == key) return true;
        }
        return false;
    }

    private static bool IsListWord(ReadOnlySpan<char> w) => w.SequenceEqual("and") || w.SequenceEqual("or") || w.SequenceEqual("&");

    private static bool IsLocativeWord(ReadOnlySpan<char> w) =>
        w.Equals("in", StringComparison.OrdinalIgnoreCase) || w.Equals("at", StringComparison.OrdinalIgnoreCase)
        || w.Equals("near", StringComparison.OrdinalIgnoreCase) || w.Equals("from", StringComparison.OrdinalIgnoreCase);

    private bool IsWideByOwnName(ReadOnlySpan<int> ids, string key)
    {
        foreach (var id in ids)
        {
            var e = gazetteer[id];
            if (e.Kind is GazetteerKind.Country or GazetteerKind.Admin1 or GazetteerKind.Region
                && (NameKey.From(e.Name) == key || e.Kind == GazetteerKind.Country)) return true;
        }
        return false;
    }

    private bool HasKind(ReadOnlySpan<int> ids, GazetteerKind kind)
    {
        foreach (var id in ids) if (gazetteer.Kinds[id] == kind) return true;
        return false;
    }

    /// <summary>Starts with a capital letter, or has one after a hyphen ("al-Asad").</summary>
    internal static bool IsCapitalised(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty) return false;
        if (char.IsUpper(token[0])) return true;
        int dash = token.IndexOf('-');
        return dash >= 0 && dash + 1 < token.Length && char.IsUpper(token[dash + 1]);
    }

    private static bool AnyMarked(bool[] marks, int first, int count)
    {
        for (int i = first; i < first + count && i < marks.Length; i++) if (marks[i]) return true;
        return false;
    }

    private static void Mark(bool[] taken, int first, int count)
    {
        for (int i = first; i < first + count && i < taken.Length; i++) taken[i] = true;
    }
}
