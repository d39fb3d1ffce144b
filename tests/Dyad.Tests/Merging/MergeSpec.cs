using System.Globalization;
using Dyad.Documents;

namespace Dyad.Tests.Merging;

/// <summary>Reads merges.spec: cases of event mentions and the events they should become.</summary>
internal sealed record MergeSpec(List<CodedEvent> Mentions, Dictionary<string, string> CopyOf, List<(List<string> Mentions, int Articles, int Sources)> Expected)
{
    public static Dictionary<string, MergeSpec> Load(string path)
    {
        var cases = new Dictionary<string, MergeSpec>();
        MergeSpec? current = null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith("case ", StringComparison.Ordinal))
                cases[line[5..]] = current = new MergeSpec([], new(StringComparer.Ordinal), []);
            else if (current is null) throw new InvalidDataException($"merges.spec: line before the first case: {line}");
            else if (line.StartsWith("copy ", StringComparison.Ordinal))
            {
                var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                current.CopyOf[f[1]] = f[3];
            }
            else if (line.StartsWith("expect ", StringComparison.Ordinal))
            {
                var parts = line[7..].Split('|', StringSplitOptions.TrimEntries);
                var counts = parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                current.Expected.Add(([.. parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)],
                    int.Parse(counts[1], CultureInfo.InvariantCulture), int.Parse(counts[3], CultureInfo.InvariantCulture)));
            }
            else
            {
                var halves = line.Split('@', StringSplitOptions.TrimEntries);
                var f = halves[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                current.Mentions.Add(Event(f[0], f[1], f[2], f[3], f[4], halves[1]));
            }
        }
        return cases;
    }

    public static CodedEvent Event(string mention, string date, string source, string code, string target, string place)
    {
        var (article, sentence) = (mention.Split('#')[0], int.Parse(mention.Split('#')[1], CultureInfo.InvariantCulture));
        return new CodedEvent
        {
            Id = mention, Date = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), Code = code, Root = code[..2],
            Rule = "spec", Source = Actor(source), Target = target == "-" ? null : Actor(target), Place = Place(place),
            Mentions = [new EventMention(article, null, sentence, $"sentence {sentence} of {article}", 0, 1) { Source = $"site-{article}" }],
        };
    }

    private static EventActor Actor(string code) => new(code, 0, 1, code, code, code[..3], code.Length > 3 ? code[3..] : null);

    private static Place? Place(string spec)
    {
        if (spec == "-") return null;
        if (spec.StartsWith("country ", StringComparison.Ordinal))
            return new Place(spec[8..], -1, -1, spec[8..], spec[8..], null, 0, 0, null, PlacePrecision.Country);
        var f = spec.Split(',');
        double lat = double.Parse(f[0], CultureInfo.InvariantCulture), lon = double.Parse(f[1], CultureInfo.InvariantCulture);
        return new Place(spec, 0, 1, spec, "IQ", "Anbar", lat, lon, null, PlacePrecision.Admin1);
    }
}
