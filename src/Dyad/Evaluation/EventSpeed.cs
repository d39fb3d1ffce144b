using System.Diagnostics;
using Dyad.Coding;
using Dyad.Documents;
using Dyad.Formats;
using Dyad.Processing;

namespace Dyad.Evaluation;

/// <summary>Measures the coder alone (no tagging or parsing) on gold-parsed CoNLL-U text.</summary>
/// <remarks>Every proper-noun run becomes an actor mention so that matched verbs go all the way to events.</remarks>
public static class EventSpeed
{
    public readonly record struct Result(int Docs, long Tokens, int Events, double Seconds)
    {
        public double TokensPerSecond => Tokens / Seconds;
    }

    public static List<Doc> LoadParsed(string conlluPath)
    {
        var docs = new List<Doc>();
        foreach (var (doc, sentences) in ConlluDocs.ToDocs(ConlluReader.ReadFile(conlluPath), maxSentences: 40))
        {
            ConlluDocs.CopyGoldParse(doc, sentences);
            for (int t = 0; t < doc.TokenCount; t++)
            {
                if (doc[t].Upos != Upos.PROPN) continue;
                int start = t;
                while (t + 1 < doc.TokenCount && doc[t + 1].Upos == Upos.PROPN) t++;
                var span = doc.Slice(start, t - start + 1);
                doc.Entities.Add(new Mention(start, t - start + 1, span.StartChar, span.EndChar, "ORG", span.Text) { Actor = new Actor("XXX", "XXX", null, null) });
            }
            doc.Layers |= Layers.Entities | Layers.Actors;
            docs.Add(doc);
        }
        return docs;
    }

    /// <summary>Codes every document <paramref name="rounds"/> times on one thread and reports the best round.</summary>
    public static Result Measure(EventCoder coder, List<Doc> docs, int rounds = 5)
    {
        long tokens = docs.Sum(d => (long)d.TokenCount);
        double best = double.MaxValue;
        int events = 0;
        for (int r = 0; r < rounds; r++)
        {
            foreach (var d in docs) d.Events.Clear();
            var sw = Stopwatch.StartNew();
            foreach (var d in docs) coder.Process(d);
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
            events = docs.Sum(d => d.Events.Count);
        }
        return new Result(docs.Count, tokens, events, best);
    }
}
