using Dyad.Documents;
using Dyad.Formats;

namespace Dyad.Cli;

/// <summary>The readable `--format table` view of coded events: one block per event, with the sentence and the rule.</summary>
internal static class EventTable
{
    public static void Write(TextWriter w, IReadOnlyList<CodedEvent> events)
    {
        foreach (var e in events)
        {
            var place = e.Place is null ? "-" : $"{e.Place.Name} ({EventJson.PrecisionName(e.Place.Precision)})";
            w.WriteLine($"{e.Date:yyyy-MM-dd}  {Actor(e.Source),-24} {e.Code} {Actor(e.Target),-24} @ {place}  [{EventJson.ModeName(e.Mode)}, q{e.QuadClass}, {e.Goldstein:+0.0;-0.0;0}]");
            foreach (var m in e.Mentions)
                w.WriteLine($"    \"{Shorten(m.Text, 160)}\"");
            w.WriteLine($"    rule: {e.Rule}; confidence {e.Confidence:0.00}; {e.Mentions.Count} mention(s)");
            foreach (var why in e.MergeReasons) w.WriteLine($"    merged: {why}");
        }
        w.WriteLine($"{events.Count} event(s)");
    }

    private static string Actor(EventActor? a) => a is null ? "-" : $"{a.Code ?? "?"} ({Shorten(a.Name ?? a.Text, 18)})";

    private static string Shorten(string s, int max)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= max ? s : s[..(max - 1)] + "…";
    }
}
