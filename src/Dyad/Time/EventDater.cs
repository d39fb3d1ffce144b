using Dyad.Documents;
using Dyad.Processing;

namespace Dyad.Time;

/// <summary>The stage that dates each coded event from the temporal expressions in its sentence, else the publication date.</summary>
/// <remarks>Runs after the event coder. With no publication date only absolute dates ("5 August 2024") can be resolved.</remarks>
public sealed class EventDater : IStage
{
    public string Name => "event-dater";
    public Layers Requires => Layers.Sentences | Layers.Events;
    public Layers Assigns => Layers.Dates;

    public void Process(Doc doc)
    {
        for (int i = 0; i < doc.Events.Count; i++)
            doc.Events[i] = Date(doc, doc.Events[i]);
    }

    /// <summary>The event with its date and precision set from the sentence that reports it.</summary>
    public static CodedEvent Date(Doc doc, CodedEvent e)
    {
        var mention = e.Mentions.FirstOrDefault(m => m.ArticleId == doc.Id);
        int sentence = mention is null ? -1 : mention.Sentence;
        int anchor = e.Source?.Start ?? e.Target?.Start ?? -1;
        var found = (uint)sentence < (uint)doc.Sentences.Count ? SentenceDate(doc, sentence, anchor, ClauseOf(doc, sentence, anchor)) : null;
        if (found is { } t) return e with { Date = t.Date, DatePrecision = t.Precision };
        return doc.Published is { } published ? e with { Date = published, DatePrecision = DatePrecision.Publication } : e;
    }

    /// <summary>The predicate the event's first actor attaches to when the sentence is parsed, else -1 (any expression may date it).</summary>
    private static int ClauseOf(Doc doc, int sentence, int anchor)
    {
        var s = doc.Sentences[sentence];
        if (!EventClause.IsParsed(doc, s)) return -1;
        int token = EventClause.TokenAt(doc, s, anchor);
        return token < 0 ? -1 : EventClause.PredicateOf(doc, token);
    }

    /// <summary>The resolved date of a sentence: its expression nearest <paramref name="anchor"/> (a character offset), or its first.</summary>
    /// <param name="predicate">with a parse, the event's predicate token: expressions hanging under a verb or noun nested inside it are skipped</param>
    public static TemporalExpression? SentenceDate(Doc doc, int sentence, int anchor = -1, int predicate = -1)
    {
        var s = doc.Sentences[sentence];
        var candidates = DateResolver.Find(doc.Text, s.Start, s.End, doc.Published ?? new DateOnly(2000, 1, 1));
        // Without a publication date a relative expression has nothing to count from.
        if (doc.Published is null) candidates.RemoveAll(c => c.Rule is not ("iso-date" or "explicit-date" or "month-year" or "year"));
        if (predicate >= 0)
            candidates.RemoveAll(c => EventClause.TokenAt(doc, s, c.Start) is var t && t >= 0
                && (EventClause.IsNestedUnder(doc, t, predicate) || EventClause.FollowsNestedEvent(doc, t, predicate)));
        if (candidates.Count == 0) return null;
        if (doc.Published is { } published && EventClause.IsParsed(doc, s))
            for (int i = 0; i < candidates.Count; i++)
                if (FutureClause.Directionless(candidates[i]) && EventClause.TokenAt(doc, s, candidates[i].Start) is var first && first >= 0
                    && EventClause.TokenAt(doc, s, candidates[i].End - 1) is var last && last >= first && FutureClause.IsFuture(doc, first, last))
                    candidates[i] = FutureClause.Forward(candidates[i], published);
        if (anchor < 0) return candidates[0];
        return candidates.MinBy(c => Math.Abs(c.Start - anchor));
    }
}
