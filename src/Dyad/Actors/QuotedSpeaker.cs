using Dyad.Documents;

namespace Dyad.Actors;

/// <summary>The speaker of the direct quotation a pronoun stands in, when the text names them just before the quote.</summary>
/// <remarks>
/// A speaker calls themselves "I", so a third-person "he" or "she" inside their own words is someone else: in `Stan
/// remarked to The Brooklyn Paper, "We'll keep it around until he's irrelevant"` the nearest earlier person, Stan, is
/// the one person "he" cannot be. The quote finder runs after the resolver and needs the parse, so this reads the
/// surface: an open quotation mark before the pronoun, and a speech verb before the mark with a person right before
/// it ("Stan remarked") or right after it ("said Stan").
/// </remarks>
internal static class QuotedSpeaker
{
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "tell", "remark", "comment", "add", "state", "explain", "write", "note", "tweet", "reply", "insist",
        "argue", "claim", "announce", "recall", "warn", "ask", "continue", "conclude", "declare", "respond",
    };

    /// <summary>A speech verb by its lemma, or by its form when no lemma is set ("remarked", "says", "said").</summary>
    private static bool IsSpeechVerb(string? lemma, string form)
    {
        if (lemma is not null) return SpeechVerbs.Contains(lemma);
        if (SpeechVerbs.Contains(form) || form is "said" or "says" or "told" or "tells" or "wrote" or "writes") return true;
        if (form.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return SpeechVerbs.Contains(form[..^2]) || SpeechVerbs.Contains(form[..^1]);
        return form.EndsWith('s') && SpeechVerbs.Contains(form[..^1]);
    }

    /// <summary>The first token of the speaker's mention, or -1 when the pronoun is not inside a quotation with a named speaker.</summary>
    public static int Of(Doc doc, int pronoun, IReadOnlyList<Mention> earlier)
    {
        // A quotation may run over several sentences ("We'll keep it around until he's irrelevant. I hope he's there"):
        // the marks are read from two sentences back, which starts outside any quotation in all but long quoted passages.
        int sentence = doc.SentenceOf(pronoun);
        int from = sentence < 0 ? 0 : doc.Sentences[Math.Max(0, sentence - 2)].FirstToken;
        int open = -1;
        for (int t = from; t < pronoun; t++)
        {
            var w = doc[t].Span;
            if (w is "“") open = t;
            else if (w is "”") open = -1;
            else if (w is "\"") open = open < 0 ? t : -1;
        }
        if (open < 0) return -1;
        for (int v = open - 1; v >= from && v >= open - 12; v--)
        {
            if (doc[v].Span is "“" or "”" or "\"") return -1;
            if (!IsSpeechVerb(doc[v].Lemma, doc[v].Text)) continue;
            foreach (var m in earlier)
                if (m.Label is "PER" or RoleMentionFinder.Pronoun && (m.FirstToken + m.TokenCount == v || m.FirstToken == v + 1))
                    return m.FirstToken;
            return -1;
        }
        return -1;
    }
}
