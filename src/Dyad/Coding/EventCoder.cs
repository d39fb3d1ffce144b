using Dyad.Documents;
using Dyad.Processing;

namespace Dyad.Coding;

/// <summary>The event coding stage: codes each sentence's verbs and event nouns into CAMEO events with mode and provenance.</summary>
/// <remarks>Dictionaries are compiled once and shared; <see cref="Process"/> is safe to call on different documents in parallel.</remarks>
public sealed class EventCoder : IStage
{
    private readonly VerbDictionary _verbs;
    private readonly NominalDictionary _nouns;
    private readonly CodeRegistry _codes;
    private readonly CoderOptions _options;

    public EventCoder(VerbDictionary verbs, NominalDictionary nouns, CodeRegistry codes, CoderOptions? options = null)
    {
        _verbs = verbs;
        _nouns = nouns;
        _codes = codes;
        _options = options ?? CoderOptions.Default;
    }

    /// <summary>The coder with the shipped CAMEO verb dictionary, nominal dictionary and code table.</summary>
    public static EventCoder LoadDefault(CoderOptions? options = null) =>
        new(VerbDictionary.LoadDefault(), NominalDictionary.LoadDefault(), CodeRegistry.LoadDefault(), options);

    public string Name => "coder";
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Pos | Layers.Lemmas | Layers.Dependencies | Layers.Entities | Layers.Actors;
    public Layers Assigns => Layers.Events;

    public void Process(Doc doc)
    {
        if (doc.TokenCount == 0 || doc.Sentences.Count == 0) return;
        using var view = new SyntaxView(doc);
        var args = new ClauseArguments(view);
        using var verbs = new VerbCoder(_verbs, view, args, _options.CodeReportingVerbs);
        var nouns = new NominalCoder(_nouns, view, args);
        var found = new List<Candidate>();
        var merged = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int si = 0; si < doc.Sentences.Count; si++)
        {
            var s = doc.Sentences[si];
            found.Clear();
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                var upos = view.Upos(t);
                if (upos == Upos.VERB && !ConsideringParticiple.Is(view, t, s)) verbs.Code(t, found);
                else if (upos is Upos.NOUN or Upos.PROPN) nouns.Code(t, found);
            }
            if (found.Count == 0) continue;
            string? according = SpeakerAnalysis.AccordingTo(view, s);
            for (int i = 0; i < found.Count; i++)
            {
                var c = found[i];
                if (!Keep(doc, c) || IsDuplicate(found, i) || IsReportedTwice(view, found, c)) continue;
                var mode = ModeDetector.Of(view, c.Anchor);
                var speaker = SpeakerAnalysis.SpeakerOf(view, c.Anchor, args) ?? according;
                var ev = EventFactory.Create(doc, view, si, c, mode, speaker, _codes);
                Add(doc, ev, merged);
                // "Finland will give Tanzania a grant": the announced act is future, the announcement (033) happened.
                if (_options.CodeAnnouncements && mode == EventMode.Future && c.Source >= 0 && IntentCodes.For(c.Code) is { } intent && !Announced(found, c, intent))
                {
                    var announcement = c with { Code = intent, Rule = c.Rule + " (announced)", Confidence = c.Confidence * 0.9 };
                    Add(doc, EventFactory.Create(doc, view, si, announcement, EventMode.Asserted, speaker, _codes), merged);
                }
                // "refused to meet", "will not accept": the act is negated, the refusal (12x) happened.
                else if (_options.CodeAnnouncements && mode == EventMode.Negated && c.Source >= 0 && IntentCodes.Refusal(c.Code) is { } refusal
                    && ModeDetector.IsRefusal(view, c.Anchor) && !Announced(found, c, refusal))
                {
                    var refused = c with { Code = refusal, Rule = c.Rule + " (refused)", Confidence = c.Confidence * 0.9 };
                    Add(doc, EventFactory.Create(doc, view, si, refused, EventMode.Asserted, speaker, _codes), merged);
                }
            }
        }
    }

    private bool Keep(Doc doc, Candidate c)
    {
        if (_options.RequireDyad && (c.Source < 0 || c.Target < 0)) return false;
        if (c.Source < 0 && c.Target < 0) return false;
        if (_options.RequireKnownCode && !_codes.Contains(c.Code)) return false;
        if (_options.RequireCodedActor
            && (c.Source < 0 || doc.Entities[c.Source].Actor?.Code is null)
            && (c.Target < 0 || doc.Entities[c.Target].Actor?.Code is null))
            return false;
        // An actor acting on itself is a parse artefact, not an event ("Iraq … Iraq's").
        if (c.Source >= 0 && c.Target >= 0 && doc.Entities[c.Source].Actor?.Code is { } a && a == doc.Entities[c.Target].Actor?.Code
            && doc.Entities[c.Source].Text == doc.Entities[c.Target].Text)
            return false;
        return true;
    }

    // The sentence already codes the announcement itself ("pledged to …" as 03x, "threatened to …" as 13x).
    private static bool Announced(List<Candidate> found, Candidate c, string intent)
    {
        foreach (var f in found)
            if (f.Source == c.Source && f.Code.Length >= 2 && string.CompareOrdinal(f.Code, 0, intent, 0, 2) == 0) return true;
        return false;
    }

    // The same code between the same actors in one sentence is one event; the first (verb before noun, more specific) wins.
    private static bool IsDuplicate(List<Candidate> found, int i)
    {
        var c = found[i];
        for (int j = 0; j < i; j++)
            if (found[j].Code == c.Code && found[j].Source == c.Source && found[j].Target == c.Target) return true;
        return false;
    }

    // "reports said security forces released suspects": the speech verb's dictionary pattern (say * RELEASE, 0841 on the
    // forces) and the reported verb itself (the forces 084) read one act twice; the reported verb's reading, with its own
    // subject as source, is the event, and the speech verb only reports it.
    private static bool IsReportedTwice(SyntaxView view, List<Candidate> found, Candidate c)
    {
        if (c.Target < 0 || c.Code.Length < 2 || view.Lemma(c.Anchor) is not { } lemma || !VerbCoder.SpeechVerbs.Contains(lemma)) return false;
        foreach (var f in found)
            if (f.Anchor != c.Anchor && f.Source == c.Target && f.Code.Length >= 2 && string.CompareOrdinal(f.Code, 0, c.Code, 0, 2) == 0)
                return true;
        return false;
    }

    private void Add(Doc doc, CodedEvent ev, Dictionary<string, int> merged)
    {
        if (!_options.MergeWithinArticle)
        {
            doc.Events.Add(ev);
            return;
        }
        var key = $"{ev.Code}|{ev.Source?.Code ?? ev.Source?.Text}|{ev.Target?.Code ?? ev.Target?.Text}|{ev.Mode}";
        if (merged.TryGetValue(key, out var at))
        {
            var first = doc.Events[at];
            if (first.Mentions.Any(m => m.Sentence == ev.Mentions[0].Sentence)) return;
            doc.Events[at] = first with
            {
                Mentions = [.. first.Mentions, ev.Mentions[0]],
                MergeReasons = [.. first.MergeReasons, $"same code, actors and mode in sentence {ev.Mentions[0].Sentence}"],
                Confidence = Math.Max(first.Confidence, ev.Confidence),
            };
            return;
        }
        merged[key] = doc.Events.Count;
        doc.Events.Add(ev);
    }
}
