using Dyad.Documents;
using Dyad.Evaluation;
using Dyad.Geocoding;
using Dyad.Processing;
using Dyad.TestSupport;

namespace Dyad.Tests.Geocoding;

public sealed class GeocoderTests
{
    // The shipped gazetteer (data/gazetteer.bin); a missing file fails these tests with the command that builds it.
    private static readonly Lazy<Pipeline> Pipe = new(() => Pipeline.Create(new GeoTextSplitter(), new Geocoder(Gazetteer.Default)));
    // The product's pipeline (trained tokenizer … entity recogniser, actor resolver, geocoder): what `dyad annotate` gives.
    private static readonly Lazy<Pipeline> Product = new(() => NewsPipeline.LoadDefault().Pipeline);

    public static TheoryData<string, string> Spec()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "Dyad.Tests", "Geocoding", "places.spec")))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('!')) data.Add(line[1..].Trim(), "");
            else
            {
                var parts = line.Split("=>", 2, StringSplitOptions.TrimEntries);
                data.Add(parts[0], parts[1]);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Spec))]
    public void Process_SpecLine_ResolvesPlace(string sentence, string expected) => Check(Pipe.Value, sentence, expected);

    [Theory]
    [MemberData(nameof(Spec))]
    public void Process_SpecLineThroughProductPipeline_ResolvesPlace(string sentence, string expected) => Check(Product.Value, sentence, expected);

    private static void Check(Pipeline pipeline, string sentence, string expected)
    {
        var doc = new Doc("spec", sentence);
        pipeline.Process(doc);
        if (expected.Length == 0)
        {
            Assert.Empty(doc.Places);
            return;
        }
        var (surface, rest) = (expected.Split('@')[0].Trim(), expected.Split('@')[1].Split(',', StringSplitOptions.TrimEntries));
        var place = Assert.Single(doc.Places, p => p.Text == surface);
        Assert.Equal(rest[0] == "-" ? null : rest[0], place.Country);
        Assert.Equal(rest[1], place.Precision.ToString().ToLowerInvariant());
        if (rest.Length > 2) Assert.Equal(rest[2], place.Admin1);
    }

    [Fact]
    public void Process_LocEntity_IsGeocodedEvenWhenLowerCase()
    {
        var doc = new Doc("d", "Aid reached gaza city overnight.");
        new GeoTextSplitter().Process(doc);
        doc.Entities.Add(new Mention(2, 2, 12, 21, "LOC", "gaza city"));
        new Geocoder(Gazetteer.Default).Process(doc);
        var place = Assert.Single(doc.Places);
        Assert.Equal("PS", place.Country);
    }

    [Fact]
    public void Process_PersonEntity_IsNotAPlace()
    {
        var doc = new Doc("d", "Chad Smith met reporters in Cairo.");
        new GeoTextSplitter().Process(doc);
        doc.Entities.Add(new Mention(0, 2, 0, 10, "PER", "Chad Smith"));
        new Geocoder(Gazetteer.Default).Process(doc);
        var place = Assert.Single(doc.Places);
        Assert.Equal("Cairo", place.Text);
    }

    [Fact]
    public void Process_ActorCountry_BreaksATie()
    {
        var doc = new Doc("d", "Officials met in Hyderabad.");
        new GeoTextSplitter().Process(doc);
        doc.Entities.Add(new Mention(0, 1, 0, 9, "ORG", "Officials") { Actor = new Actor("PAKGOV", "PAK", "GOV", "Pakistan") });
        new Geocoder(Gazetteer.Default).Process(doc);
        Assert.Equal("PK", Assert.Single(doc.Places).Country);
    }

    [SharedDataFact("geovirus/GeoVirus.xml")]
    public void Score_GeoVirusDevSlice_StaysAboveFloor()
    {
        var articles = GeoVirusCorpus.Load(ProjectPaths.RequireShared("geovirus")).Where(a => a.IsDev).Take(40).ToList();
        var dev = new GeoEvaluator(Pipe.Value).Score(articles)[0];
        Assert.True(dev.Recall >= 0.80, $"recall {dev.Recall:P1}");
        Assert.True(dev.AccuracyOfRecalled >= 0.85, $"accuracy {dev.AccuracyOfRecalled:P1}");
    }

    [SharedDataFact("geovirus/GeoVirus.xml")]
    public void Score_GeoVirusDevSliceThroughProductPipeline_StaysAboveFloor()
    {
        var articles = GeoVirusCorpus.Load(ProjectPaths.RequireShared("geovirus")).Where(a => a.IsDev).Take(40).ToList();
        var dev = new GeoEvaluator(Product.Value).Score(articles)[0];
        Assert.True(dev.Recall >= 0.85, $"recall {dev.Recall:P1}");
        Assert.True(dev.AccuracyOfRecalled >= 0.88, $"accuracy {dev.AccuracyOfRecalled:P1}");
    }
}
