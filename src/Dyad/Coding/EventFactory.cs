using System.Security.Cryptography;
using System.Text;
using Dyad.Documents;

namespace Dyad.Coding;

/// <summary>Turns a candidate into a <see cref="CodedEvent"/>: registry values, actors, mode, speaker, place and provenance.</summary>
internal static class EventFactory
{
    public static CodedEvent Create(Doc doc, SyntaxView v, int sentence, Candidate c, EventMode mode, string? speaker, CodeRegistry codes)
    {
        var s = doc.Sentences[sentence];
        var source = c.Source >= 0 ? EventActor.FromMention(doc.Entities[c.Source]) : null;
        var target = c.Target >= 0 ? EventActor.FromMention(doc.Entities[c.Target]) : null;
        codes.TryGet(c.Code, out var entry);
        var root = c.Code.Length >= 2 ? c.Code[..2] : c.Code;
        var mention = new EventMention(doc.Id, doc.Title, sentence, doc.Text[s.Start..s.End], s.Start, s.End)
        {
            Source = doc.Source,
            Url = doc.Url,
            Published = doc.Published,
        };
        return new CodedEvent
        {
            Id = StableId(doc.Id, sentence, c.Code, source, target),
            Date = doc.Published ?? DateOnly.MinValue,
            DatePrecision = DatePrecision.Publication,
            Code = c.Code,
            Root = entry?.Root ?? root,
            QuadClass = entry?.QuadClass ?? 0,
            Goldstein = entry?.Goldstein ?? 0,
            Plover = entry?.Plover,
            Source = source,
            Target = target,
            Place = PlaceOf(doc, v, s, c.Anchor),
            Mode = mode,
            Mentions = [mention],
            Rule = c.Rule,
            Confidence = Math.Round(c.Confidence * (source?.Code is null || target?.Code is null ? 0.85 : 1.0), 2),
            CodeTable = codes.Version,
            Speaker = speaker,
        };
    }

    /// <summary>A hash of article, sentence, code and actors: the same input gives the same id on every run.</summary>
    public static string StableId(string articleId, int sentence, string code, EventActor? source, EventActor? target)
    {
        var key = $"{articleId}|{sentence}|{code}|{source?.Code ?? source?.Text}|{target?.Code ?? target?.Text}";
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return Convert.ToHexStringLower(hash[..10]);
    }

    // A place named in a locative phrase of the event's own clause ("in Tehran", "at the base").
    private static Place? PlaceOf(Doc doc, SyntaxView v, Sentence s, int anchor)
    {
        foreach (var p in doc.Places)
        {
            if (p.Start < s.Start || p.End > s.End) continue;
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                if (doc[t].Start < p.Start || doc[t].End > p.End) continue;
                if (!v.Dominates(anchor, t)) break;
                int prep = v.CaseOf(t);
                if (prep >= 0 && (v.Is(prep, "in") || v.Is(prep, "at") || v.Is(prep, "near") || v.Is(prep, "inside"))) return p;
                break;
            }
        }
        return null;
    }
}
