using Dyad.Formats;
using Dyad.Learning;
using Dyad.Tagging;
using Dyad.Tests.Parsing;
using Dyad.Training;

namespace Dyad.Tests.Tagging;

public sealed class TaggerNamesTests
{
    private static TaggerNames Sample() => TaggerNames.From(
    [
        (["noida"], (byte)2),
        (["taco", "bell"], (byte)16),
        (["new", "york", "city"], (byte)2),
        (["paris"], (byte)2),
        (["paris"], (byte)32),
    ]);

    [Fact]
    public void From_OneWordNames_MergesTheKindsOfTheLowerForm()
    {
        var names = Sample();
        Assert.Equal(2, names.Word(FeatureHash.Lower("Noida")));
        Assert.Equal(34, names.Word(FeatureHash.Lower("PARIS")));
        Assert.Equal(0, names.Word(FeatureHash.Lower("bell")));
    }

    [Fact]
    public void From_LongerNames_MarkTheirFirstAndLastPairs()
    {
        var names = Sample();
        Assert.Equal(16 | (16 << 8), names.Pair(FeatureHash.Lower("taco"), FeatureHash.Lower("Bell")));
        Assert.Equal(2, names.Pair(FeatureHash.Lower("new"), FeatureHash.Lower("york")));
        Assert.Equal(2 << 8, names.Pair(FeatureHash.Lower("york"), FeatureHash.Lower("city")));
        Assert.Equal(0, names.Pair(FeatureHash.Lower("bell"), FeatureHash.Lower("taco")));
    }

    [Fact]
    public void Write_ThenRead_KeepsEveryEntry()
    {
        var names = Sample();
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) names.Write(w);
        stream.Position = 0;
        var read = TaggerNames.Read(new BinaryReader(stream));
        Assert.Equal((names.WordCount, names.PairCount), (read.WordCount, read.PairCount));
        Assert.Equal(34, read.Word(FeatureHash.Lower("paris")));
        Assert.Equal(16 | (16 << 8), read.Pair(FeatureHash.Lower("taco"), FeatureHash.Lower("bell")));
    }

    [Fact]
    public void Extract_WordInTheGazetteer_AddsNameFeaturesOnlyWithTheList()
    {
        var features = new TaggerFeatures();
        var t = SentenceText.Of(["buses", "to", "noida", "run"]);
        Span<ulong> f = stackalloc ulong[TaggerFeatures.MaxFeatures];
        features.Prepare(t.Text, t.Starts, t.Lengths, []);
        int without = features.Extract(2, 0, 0, f);
        features.Prepare(t.Text, t.Starts, t.Lengths, [], Sample());
        Assert.Equal(without + 4, features.Extract(2, 0, 0, f));
        Assert.Equal(without + 1, features.Extract(1, 0, 0, f));
        Assert.Equal(without, features.Extract(0, 0, 0, f));
    }

    [Fact]
    public void Save_ThenLoad_KeepsTheNamesAndTagsTheSame()
    {
        var tiny = TinyTreebank.Sentences();
        var model = new TaggerTrainer { MaxEpochs = 8, Patience = 8, DictionaryMinCount = 1000, Names = Sample() }.Train(tiny, tiny);
        Assert.NotNull(model.Names);
        Assert.Equal(model.Names!.WordCount, PosTaggerTests.SaveLoadAndCompare(model).Names!.WordCount);
    }
}
