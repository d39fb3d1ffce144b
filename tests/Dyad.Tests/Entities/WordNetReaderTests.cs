using Dyad.Entities;
using Dyad.Learning;

namespace Dyad.Tests.Entities;

/// <summary>The WordNet reader on a hand-made database of a few WordNet 3.0 lines (CI has no WordNet): supersenses, instances, plurals, storage.</summary>
public sealed class WordNetReaderTests
{
    // Lexicographer files: 06 noun.artifact, 13 noun.food, 15 noun.location, 18 noun.person, 20 noun.plant.
    private const string DataNoun = """
          1 This software and database is being provided to you, the LICENSEE, by  
        02776631 06 n 01 bakery 0 000 | a workplace where baked goods are produced  
        07873807 13 n 01 pizza 0 001 @ 07873198 n 0000 | Italian open pie  
        08932568 15 n 04 Paris 0 City_of_Light 0 French_capital 0 capital_of_France 0 001 @i 08524735 n 0000 | the capital of France  
        12469372 20 n 01 paris 1 001 @ 12468900 n 0000 | herb genus  
        10285313 18 n 02 child 0 kid 0 000 | a young person  
        11109340 18 n 01 Lobby 0 001 @i 10285313 n 0000 | a made-up person for this test  

        """;

    private const string IndexNoun = """
          1 This software and database is being provided to you, the LICENSEE, by  
        bakery n 1 0 1 0 02776631  
        child n 1 1 @ 1 0 10285313  
        city_of_light n 1 1 @i 1 0 08932568  
        lobby n 1 1 @i 1 0 11109340  
        paris n 2 2 @ @i 2 1 08932568 12469372  
        pizza n 1 1 @ 1 1 07873807  

        """;

    private static WordNetClasses Read()
    {
        var dir = Directory.CreateTempSubdirectory("wordnet").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "data.noun"), DataNoun);
            File.WriteAllText(Path.Combine(dir, "index.noun"), IndexNoun);
            File.WriteAllText(Path.Combine(dir, "index.adj"), "dental a 1 1 \\ 1 0 02890030  \n");
            File.WriteAllText(Path.Combine(dir, "index.verb"), "bake v 1 1 @ 1 0 01664172  \n");
            File.WriteAllText(Path.Combine(dir, "index.adv"), "");
            File.WriteAllText(Path.Combine(dir, "noun.exc"), "children child\n");
            return WordNetReader.Read(dir);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    private static ulong Of(WordNetClasses wn, string lower) => wn.Of(FeatureHash.Text(lower), lower);

    [Fact]
    public void Read_Paris_FirstSenseIsALocationInstanceAndAPlantToo()
    {
        var c = Of(Read(), "paris");
        Assert.Equal(15 - 2, WordNetClasses.First(c));
        Assert.Equal(3, WordNetClasses.Instance(c));
        Assert.NotEqual(0UL, WordNetClasses.Senses(c) & (1UL << (20 - 3)));
        // The genus is written in lower case, so Paris is not a name only.
        Assert.Equal(0UL, c >> WordNetClasses.ProperOnly & 1);
    }

    [Fact]
    public void Read_CommonAndProperOnlyNouns_AreTold()
    {
        var wn = Read();
        var pizza = Of(wn, "pizza");
        Assert.Equal(13 - 2, WordNetClasses.First(pizza));
        Assert.Equal(0, WordNetClasses.Instance(pizza));
        Assert.Equal(1UL, pizza >> WordNetClasses.Common & 1);
        var lobby = Of(wn, "lobby");
        Assert.Equal(1, WordNetClasses.Instance(lobby));
        Assert.Equal(1UL, lobby >> WordNetClasses.ProperOnly & 1);
    }

    [Fact]
    public void Of_PluralsAndExceptions_TakeTheSingularsClass()
    {
        var wn = Read();
        Assert.Equal(Of(wn, "pizza"), Of(wn, "pizzas"));
        Assert.Equal(Of(wn, "bakery"), Of(wn, "bakeries"));
        Assert.Equal(Of(wn, "child"), Of(wn, "children"));
        Assert.NotEqual(0UL, Of(wn, "child"));
    }

    [Fact]
    public void Read_OtherPartsOfSpeechAndUnknownWords()
    {
        var wn = Read();
        var dental = Of(wn, "dental");
        Assert.Equal(0, WordNetClasses.First(dental));
        Assert.Equal(2, WordNetClasses.Pos(dental));
        Assert.Equal(4, WordNetClasses.Pos(Of(wn, "bake")));
        Assert.Equal(1, WordNetClasses.Pos(Of(wn, "pizza")));
        Assert.Equal(0UL, Of(wn, "hobby"));
        Assert.Equal(0UL, Of(wn, "city_of_light")); // several words: the gazetteer's business
    }

    [Fact]
    public void Write_ThenRead_KeepsEveryClass()
    {
        var wn = Read();
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) wn.Write(w);
        stream.Position = 0;
        var back = WordNetClasses.Read(new BinaryReader(stream));
        Assert.Equal(wn.Count, back.Count);
        foreach (var word in new[] { "paris", "pizza", "bakery", "child", "children", "lobby", "dental", "bake" })
            Assert.Equal(Of(wn, word), Of(back, word));
    }

    /// <summary>The same folder for other tests (a model trained with WordNet classes).</summary>
    internal static WordNetClasses Fixture() => Read();
}
