using Dyad.Coding;
using Dyad.Documents;
using Dyad.Processing;

namespace Dyad.Quotes;

/// <summary>Finds direct quotations (straight or curly quotes, across sentences) and indirect ones ("said that …",
/// "according to …"), each attributed to its speaker mention and actor.</summary>
/// <remarks>Stateless; safe to call on different documents in parallel.</remarks>
public sealed class QuoteFinder : IStage
{
    // Fewer words than this between quote marks is a name or a scare quote ("uncertainty"), not a quotation.
    private const int MinWords = 4;

    public string Name => "quotes";
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Pos | Layers.Lemmas | Layers.Dependencies | Layers.Entities;
    public Layers Assigns => Layers.Quotes;

    public void Process(Doc doc)
    {
        if (doc.TokenCount == 0) return;
        using var view = new SyntaxView(doc);
        var args = new ClauseArguments(view);
        var direct = new List<(int Start, int End)>();
        foreach (var (start, end) in QuoteSpans(doc.Text))
            if (WordCount(doc.Text, start, end) >= MinWords && HasVerb(doc, start, end)) direct.Add((start, end));

        Quote? previous = null;
        foreach (var (start, end) in direct)
        {
            var speaker = SpeakerNear(doc, view, args, start, end);
            // A quotation with no verb of saying continues the previous speaker's quotation.
            if (speaker is null && previous?.Speaker is not null && SentenceGap(doc, previous.End, start) <= 1)
                speaker = (previous.Speaker, previous.SpeakerStart ?? -1, previous.SpeakerEnd ?? -1, previous.SpeakerActor);
            var q = new Quote(doc.Text[(start + 1)..(end - 1)], start, end, speaker?.Name, speaker?.Start, speaker?.End)
            {
                Direct = true,
                SpeakerActor = speaker?.Actor,
            };
            doc.Quotes.Add(q);
            previous = q;
        }
        foreach (var q in IndirectQuotes(doc, view, args, direct)) doc.Quotes.Add(q);
        doc.Quotes.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>Character ranges [open, close+1) of paired quote marks: “…” or "…".</summary>
    internal static IEnumerable<(int Start, int End)> QuoteSpans(string text)
    {
        int open = -1;
        char want = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (open < 0)
            {
                if (c == '\u201C') { open = i; want = '\u201D'; }
                else if (c == '"') { open = i; want = '"'; }
            }
            else if (c == want)
            {
                yield return (open, i + 1);
                open = -1;
            }
            // An unclosed quotation ends at a paragraph break, except where the next paragraph reopens it.
            else if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
                open = -1;
        }
    }

    private static IEnumerable<Quote> IndirectQuotes(Doc doc, SyntaxView v, ClauseArguments args, List<(int Start, int End)> direct)
    {
        for (int p = 0; p < doc.TokenCount; p++)
        {
            if (v.Upos(p) != Upos.VERB || v.Lemma(p) is not { } lemma || !VerbCoder.SpeechVerbs.Contains(lemma)) continue;
            int clause = v.Child(p, Rel.Ccomp);
            if (clause < 0) continue;
            var (first, last) = Extent(v, clause);
            int start = doc[first].Start, end = doc[last].End;
            if (direct.Any(d => d.Start <= start && d.End >= end)) continue;
            var speaker = Speaker(doc, v, args.Subject(p, out _), start);
            yield return new Quote(doc.Text[start..end], start, end, speaker?.Name, speaker?.Start, speaker?.End)
            { Direct = false, SpeakerActor = speaker?.Actor };
        }
        for (int si = 0; si < doc.Sentences.Count; si++)
        {
            var s = doc.Sentences[si];
            for (int t = s.FirstToken; t + 2 < s.EndToken; t++)
            {
                if (!doc[t].Span.Equals("according", StringComparison.OrdinalIgnoreCase) || !v.Is(t + 1, "to")) continue;
                int m = v.MentionAt(t + 2);
                if (m < 0) break;
                var e = doc.Entities[m];
                int end = doc[t].Start;
                while (end > s.Start && (char.IsWhiteSpace(doc.Text[end - 1]) || doc.Text[end - 1] == ',')) end--;
                if (end > s.Start)
                    yield return new Quote(doc.Text[s.Start..end], s.Start, end, DisplayName(e), e.Start, e.End) { Direct = false, SpeakerActor = e.Actor?.Code };
                break;
            }
        }
    }

    private static (string Name, int Start, int End, string? Actor)? SpeakerNear(Doc doc, SyntaxView v, ClauseArguments args, int start, int end)
    {
        int firstSentence = doc.SentenceOf(TokenAt(doc, start)), lastSentence = doc.SentenceOf(TokenAt(doc, end - 1));
        if (firstSentence < 0 || lastSentence < 0) return null;
        // The verb of saying sits outside the quotation, in the sentence it opens or closes.
        foreach (var si in new[] { lastSentence, firstSentence }.Distinct())
        {
            var s = doc.Sentences[si];
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                if (doc[t].Start >= start && doc[t].End <= end) continue;
                if (v.Upos(t) != Upos.VERB || v.Lemma(t) is not { } lemma || !VerbCoder.SpeechVerbs.Contains(lemma)) continue;
                var sp = Speaker(doc, v, args.Subject(t, out _), start);
                if (sp is not null) return sp;
            }
        }
        return null;
    }

    /// <summary>The mention naming a speaker; a pronoun resolves to the nearest earlier person or organisation.</summary>
    private static (string Name, int Start, int End, string? Actor)? Speaker(Doc doc, SyntaxView v, int head, int before)
    {
        if (head < 0) return null;
        int m = v.MentionAt(head);
        if (m < 0)
            for (int c = v.FirstChild(head); c >= 0 && m < 0; c = v.NextSibling(c))
                if (v.RelOf(c) is Rel.Appos or Rel.Compound or Rel.NmodPoss or Rel.Nmod) m = v.MentionAt(c);
        if (m < 0 && v.Upos(head) == Upos.PRON)
        {
            bool person = !v.Is(head, "it");
            int limit = Math.Min(before, doc[head].Start);
            for (int k = doc.Entities.Count - 1; k >= 0 && m < 0; k--)
            {
                var e = doc.Entities[k];
                if (e.End <= limit && (e.Label == "PER") == person && e.Label is "PER" or "ORG") m = k;
            }
        }
        if (m < 0) return null;
        var men = doc.Entities[m];
        return (DisplayName(men), men.Start, men.End, men.Actor?.Code);
    }

    private static string DisplayName(Mention m) => m.Actor?.Name ?? m.Text;

    private static (int First, int Last) Extent(SyntaxView v, int root)
    {
        int first = root, last = root;
        var stack = new Stack<int>();
        stack.Push(root);
        // Bounded, so that a malformed parse with a cycle cannot loop forever.
        for (int guard = 0; stack.Count > 0 && guard < 1024; guard++)
        {
            int t = stack.Pop();
            first = Math.Min(first, t);
            last = Math.Max(last, t);
            for (int c = v.FirstChild(t); c >= 0; c = v.NextSibling(c))
                if (v.RelOf(c) != Rel.Punct || c < last) stack.Push(c);
        }
        return (first, last);
    }

    private static int TokenAt(Doc doc, int offset)
    {
        int lo = 0, hi = doc.TokenCount - 1, best = 0;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (doc[mid].Start <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return best;
    }

    private static int SentenceGap(Doc doc, int endPrev, int start) =>
        doc.SentenceOf(TokenAt(doc, start)) - doc.SentenceOf(TokenAt(doc, Math.Max(0, endPrev - 1)));

    // A quotation says something; a quoted name ("Islamic Resistance in Iraq") has no verb.
    private static bool HasVerb(Doc doc, int start, int end)
    {
        for (int t = TokenAt(doc, start); t < doc.TokenCount && doc[t].Start < end; t++)
            if (doc[t].Upos is Upos.VERB or Upos.AUX) return true;
        return false;
    }

    private static int WordCount(string text, int start, int end)
    {
        int words = 0;
        bool inWord = false;
        for (int i = start + 1; i < end - 1; i++)
        {
            bool letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }
}
