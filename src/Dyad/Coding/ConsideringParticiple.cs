using Dyad.Documents;

namespace Dyad.Coding;

/// <summary>Recognises "given" and "granted" used as prepositions ("considering"), which name no act of giving.</summary>
/// <remarks>
/// "Iraq, given its location near both Iran and Israel, could be affected" and "given that …" weigh a fact; they are
/// not GRANT events. The reading is a participle with no auxiliary of its own that opens its phrase (sentence start or
/// after a comma) and goes straight on to a noun phrase or "that". The parser often hangs the preceding noun on it as
/// a subject, so that link is not evidence; a by-agent ("Iraq, given aid by Washington, …") keeps the passive reading.
/// </remarks>
internal static class ConsideringParticiple
{
    public static bool Is(SyntaxView v, int t, Sentence s)
    {
        var form = v.Doc[t].Span;
        if (!form.Equals("given", StringComparison.OrdinalIgnoreCase) && !form.Equals("granted", StringComparison.OrdinalIgnoreCase))
            return false;
        if (t > s.FirstToken && !v.Doc[t - 1].Span.SequenceEqual(",")) return false;
        if (t + 1 >= s.EndToken || !OpensNounPhraseOrThat(v, t + 1)) return false;
        for (int c = v.FirstChild(t); c >= 0; c = v.NextSibling(c))
            if (v.RelOf(c) is Rel.Aux or Rel.AuxPass or Rel.OblAgent) return false;
        return true;
    }

    private static bool OpensNounPhraseOrThat(SyntaxView v, int i) =>
        v.Is(i, "that") || v.Upos(i) is Upos.DET or Upos.PRON or Upos.NOUN or Upos.PROPN or Upos.ADJ or Upos.NUM;
}
