using Dyad.Documents;
using Dyad.Geocoding;
using Dyad.Processing;
using Dyad.TestSupport;
using Dyad.Time;
using Dyad.Tokenization;

namespace Dyad.Tests.Time;

public sealed class SeedEventTests
{
    // The product's stages up to the geocoder: dates and places depend on the parse, not on the coder.
    private static readonly Lazy<Pipeline> Parsed = new(() => Pipeline.Create(
    [
        new Tokenizer(), SentenceSplitter.LoadDefault(), .. Stages.Names.Select(n => Stages.Create(n)), new Geocoder(Gazetteer.Default),
    ]));

    public static TheoryData<string, string, string, string> Spec()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "Dyad.Tests", "Time", "seed-events.spec")))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var (left, expected) = (line.Split("=>")[0], line.Split("=>")[1].Trim());
            var f = left.Split('|', StringSplitOptions.TrimEntries);
            data.Add(f[0], f[1], f[2], expected);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Spec))]
    public void DateAndLocate_SeedSentence_GiveItsDateAndPlace(string sentence, string source, string target, string expected)
    {
        var doc = new Doc("seed", sentence, new DateOnly(2024, 8, 6));
        Parsed.Value.Process(doc);
        var e = new CodedEvent
        {
            Date = doc.Published!.Value, Code = "190", Root = "19", Rule = "test", Source = Actor(doc, source), Target = Actor(doc, target),
            Mentions = [new EventMention(doc.Id, null, 0, sentence, 0, sentence.Length)],
        };
        var located = new EventLocator(Gazetteer.Default).Locate(doc, EventDater.Date(doc, e));

        var (when, where) = (expected.Split('@')[0].Split(',', StringSplitOptions.TrimEntries), expected.Split('@')[1].Split(',', StringSplitOptions.TrimEntries));
        Assert.Equal(DateOnly.Parse(when[0], System.Globalization.CultureInfo.InvariantCulture), located.Date);
        Assert.Equal(when[1], located.DatePrecision.ToString().ToLowerInvariant());
        Assert.Equal(where[0], located.Place?.Name);
        Assert.Equal(where[1], located.Place?.Precision.ToString().ToLowerInvariant());
    }

    private static EventActor? Actor(Doc doc, string spec)
    {
        if (spec == "-") return null;
        var (text, code) = (spec.Split('=')[0].Trim(), spec.Split('=')[1].Trim());
        int start = doc.Text.IndexOf(text, StringComparison.Ordinal);
        return new EventActor(text, start, start + text.Length, text, code, code[..3], code.Length > 3 ? code[3..] : null);
    }
}
