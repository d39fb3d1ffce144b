using System.Globalization;
using System.Text.Json;
using Dyad.Coding;
using Dyad.Documents;

namespace Dyad.Evaluation;

/// <summary>One development record: a sentence and the event label a person gave it.</summary>
public sealed record EventDevRecord(string Id, string Text, string Gold);

/// <summary>Recall and precision of event labels on a development set.</summary>
/// <remarks>Recall: records whose gold label is among the coded events' labels. Precision: coded events whose label
/// is the record's gold label. Only asserted events count.</remarks>
public sealed record EventDevScore(string Name, int Records, int Recalled, int Predicted, int Correct)
{
    public double Recall => Records == 0 ? 0 : (double)Recalled / Records;
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-8} records {Records}  recall {100 * Recall:0.0} % ({Recalled})  precision {100 * Precision:0.0} % ({Correct}/{Predicted})");
}

/// <summary>The coder's development sets: the PLOVER gold records and the ICEWS codebook examples.</summary>
public static class EventDevSets
{
    public const string PloverFile = "plover/PLOVER_GSR_CAMEO.json";
    public const string IcewsFile = "cameo/icews_cameo_codes.csv";

    // PLOVER 0.5b1 names in the gold file, renamed or merged by PLOVER 0.8 (the code table's names).
    private static readonly Dictionary<string, string> PloverRenames = new()
    {
        ["DEMAND"] = "REQUEST", ["DISAPPROVE"] = "ACCUSE", ["INVESTIGATE"] = "ACCUSE", ["FIGHT"] = "ASSAULT",
    };

    /// <summary>The 322 PLOVER gold records, labelled with PLOVER 0.8 event types.</summary>
    public static List<EventDevRecord> Plover(string sharedData)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(sharedData, PloverFile)));
        var list = new List<EventDevRecord>();
        foreach (var r in json.RootElement.EnumerateArray())
        {
            var ev = r.GetProperty("event").GetString() ?? "";
            if (ev == "DOCUMENT" || !r.TryGetProperty("text", out var text)) continue;
            list.Add(new EventDevRecord(r.GetProperty("id").GetString() ?? "", text.GetString() ?? "", PloverRenames.GetValueOrDefault(ev, ev)));
        }
        return list;
    }

    /// <summary>The ICEWS codebook's example sentences, labelled with the root of their CAMEO code.</summary>
    public static List<EventDevRecord> Icews(string sharedData)
    {
        var list = new List<EventDevRecord>();
        foreach (var line in File.ReadLines(Path.Combine(sharedData, IcewsFile)).Skip(1))
        {
            var c = Dyad.Formats.CsvLine.Split(line);
            if (c.Count < 10 || c[9] is "" or "NA") continue;
            list.Add(new EventDevRecord("icews-" + c[3], c[9].Trim(), c[3][..2]));
        }
        return list;
    }

    /// <summary>Annotates each record's text, codes it, and compares labels (<paramref name="labelOf"/> maps an event to a label).</summary>
    public static EventDevScore Score(string name, IReadOnlyList<EventDevRecord> records, Func<EventDevRecord, Doc> annotate,
        EventCoder coder, Func<CodedEvent, string?> labelOf, Action<EventDevRecord, IReadOnlyList<string>>? report = null)
    {
        int recalled = 0, predicted = 0, correct = 0;
        foreach (var r in records)
        {
            var doc = annotate(r);
            coder.Process(doc);
            var labels = doc.Events.Where(e => e.Mode == EventMode.Asserted).Select(labelOf).OfType<string>().ToList();
            if (labels.Contains(r.Gold)) recalled++;
            predicted += labels.Count;
            correct += labels.Count(l => l == r.Gold);
            report?.Invoke(r, labels);
        }
        return new EventDevScore(name, records.Count, recalled, predicted, correct);
    }

}
