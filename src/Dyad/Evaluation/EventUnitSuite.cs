using System.Xml.Linq;
using Dyad.Coding;
using Dyad.Documents;
using Dyad.Formats;
using Dyad.Processing;

namespace Dyad.Evaluation;

/// <summary>One record of the PETRARCH engine test suite: its parse, what must be coded, and what was.</summary>
public sealed record EventUnitRecord(string Id, string Category, string Text, bool Implemented, IReadOnlyList<string> Expected, bool NoEvents)
{
    public IReadOnlyList<string> Coded { get; init; } = [];
    public bool HasExpected => Expected.Count > 0;
    public bool Exact => Expected.Order().SequenceEqual(Coded.Distinct().Order());

    /// <summary>Why a record failed: nothing coded, something missing, something extra, or both.</summary>
    public string Failure =>
        Exact ? "ok"
        : Coded.Count == 0 ? "nothing coded"
        : Expected.All(Coded.Contains) ? "extra event"
        : Coded.Any(Expected.Contains) ? "missing event"
        : Expected.Any(e => Coded.Any(c => SameActors(e, c))) ? "wrong code"
        : "wrong actors";

    private static bool SameActors(string a, string b)
    {
        var x = a.Split(' ');
        var y = b.Split(' ');
        return x[0] == y[0] && x[2] == y[2];
    }
}

/// <summary>Runs the PETRARCH engine unit-test suite (UniversalPetrarch's UD-parsed copy) with its own toy dictionaries.</summary>
/// <remarks>A record counts as correct only when the coded SOURCE CODE TARGET set equals the expected set exactly.</remarks>
public static class EventUnitSuite
{
    public const string RecordsFile = "petrarch/universalpetrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml";

    /// <summary>Codes every record; <paramref name="reparse"/>, when given, replaces the file's parse with Dyad's own.</summary>
    public static List<EventUnitRecord> Run(string sharedData, Action<Doc>? reparse = null)
    {
        var verbs = VerbDictionary.Load(Path.Combine(sharedData, "petrarch", "universalpetrarch", "PETR.Validate.verbs.2.0.txt"));
        var actors = EventSuiteActors.Load(
            Path.Combine(sharedData, "petrarch", "universalpetrarch", "PETR.Validate.actors.txt"),
            Path.Combine(sharedData, "petrarch", "PETR.Validate.agents.txt"));
        var discards = File.ReadAllLines(Path.Combine(sharedData, "petrarch", "PETR.Validate.discards.txt"))
            .Select(l => l.Split('#')[0].Split(';')[0].Trim()).Where(l => l.Length > 0).ToList();
        var codes = CodeRegistry.Load(Path.Combine(ProjectPaths.Data, CodeRegistry.FileName));
        var options = new CoderOptions { RequireDyad = true, RequireKnownCode = false, MergeWithinArticle = false, CodeAnnouncements = false };
        var coder = new EventCoder(verbs, NominalDictionary.Empty, codes, options);

        var results = new List<EventUnitRecord>();
        var xml = XDocument.Load(Path.Combine(sharedData, RecordsFile));
        foreach (var s in xml.Descendants("Sentence"))
        {
            var id = (string?)s.Attribute("id") ?? "";
            var text = string.Join(' ', ((string?)s.Element("Text") ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var codings = s.Elements("EventCoding").ToList();
            var expected = codings.Where(c => c.Attribute("eventcode") is not null)
                .Select(c => $"{(string?)c.Attribute("sourcecode")} {(string?)c.Attribute("eventcode")} {(string?)c.Attribute("targetcode")}").ToList();
            var record = new EventUnitRecord(id, Category(id), text, (string?)s.Attribute("sentence") != "false", expected,
                codings.Any(c => c.Attribute("noevents") is not null));
            var parse = (string?)s.Element("Parse");
            if (parse is null) { results.Add(record); continue; }
            var sentences = ConlluReader.Read(new StringReader(parse.Trim() + "\n")).ToList();
            var doc = ConlluDocs.Build(id, sentences);
            if (reparse is not null) reparse(doc);
            else CopyParse(doc, sentences);
            if (discards.Any(d => !d.StartsWith('+') && (" " + text.ToUpperInvariant() + " ").Contains(" " + d.ToUpperInvariant() + " ", StringComparison.Ordinal)))
            {
                results.Add(record);
                continue;
            }
            int date = int.TryParse((string?)s.Attribute("date"), out var dv) ? dv : 0;
            foreach (var sent in doc.Sentences) actors.Resolve(doc, sent, date);
            coder.Process(doc);
            results.Add(record with
            {
                Coded = doc.Events.Select(e => $"{e.Source?.Code ?? "---"} {e.Code} {e.Target?.Code ?? "---"}").ToList(),
            });
        }
        return results;
    }

    private static void CopyParse(Doc doc, List<ConlluSentence> sentences)
    {
        ConlluDocs.CopyGoldParse(doc, sentences);
        doc.Layers |= Layers.Entities | Layers.Actors;
    }

    private static string Category(string id)
    {
        int cut = id.IndexOfAny(['_', '-']);
        return cut > 0 ? id[..cut] : id;
    }
}
