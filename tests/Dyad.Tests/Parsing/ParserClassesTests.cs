using Dyad.Documents;
using Dyad.Entities;
using Dyad.Learning;
using Dyad.Parsing;
using Dyad.Training;

namespace Dyad.Tests.Parsing;

/// <summary>The parser's lexical classes on a hand-made WordNet of a few 3.0 lines (CI has no WordNet): supersenses, inflections, storage.</summary>
public sealed class ParserClassesTests
{
    // Noun files: 14 noun.group, 15 noun.location, 18 noun.person, 28 noun.time. Verb files: 33 verb.competition, 38 verb.motion.
    private const string DataNoun = """
          1 This software and database is being provided to you, the LICENSEE, by  
        08191230 14 n 01 army 0 000 | a permanent organization of the military land forces  
        08615149 15 n 01 park 0 000 | a large area of land preserved in its natural state  
        10320863 18 n 01 minister 0 000 | a person authorized to conduct religious worship  
        15164570 28 n 01 Monday 0 000 | the second day of the week  

        """;

    private const string IndexNoun = """
        army n 1 0 1 0 08191230  
        minister n 1 0 1 0 10320863  
        monday n 1 0 1 0 15164570  
        park n 1 0 1 0 08615149  

        """;

    private const string DataVerb = """
        01119169 33 v 01 attack 0 000 | launch an attack or assault on  
        01904930 38 v 01 walk 0 000 | use one's feet to advance  
        01926311 38 v 01 run 0 000 | move fast by using one's feet  
        01860795 38 v 01 stop 0 000 | come to a halt  

        """;

    private const string IndexVerb = """
        attack v 1 0 1 0 01119169  
        run v 1 0 1 0 01926311  
        stop v 1 0 1 0 01860795  
        walk v 1 0 1 0 01904930  

        """;

    private static ParserClasses ReadFixture(bool ambiguity = false)
    {
        var dir = Directory.CreateTempSubdirectory("wordnet-parser").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "data.noun"), DataNoun);
            File.WriteAllText(Path.Combine(dir, "index.noun"), IndexNoun);
            File.WriteAllText(Path.Combine(dir, "data.verb"), DataVerb);
            File.WriteAllText(Path.Combine(dir, "index.verb"), IndexVerb);
            File.WriteAllText(Path.Combine(dir, "index.adj"), "");
            File.WriteAllText(Path.Combine(dir, "index.adv"), "");
            File.WriteAllText(Path.Combine(dir, "verb.exc"), "ran run\n");
            return new ParserClasses(WordNetReader.Read(dir), VerbSenses.Read(dir), ambiguity ? AmbiguityClasses.Build(TinyTreebank.Sentences()) : null);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    private const ulong Tag = 12345;

    private static ulong Sense(ParserClasses c, string form, Upos upos) => c.Sense(form, FeatureHash.Lower(form), upos, Tag);

    [Theory]
    [InlineData("Park", Upos.NOUN, 15)]
    [InlineData("parks", Upos.NOUN, 15)]
    [InlineData("Monday", Upos.PROPN, 28)]
    [InlineData("ministers", Upos.NOUN, 18)]
    [InlineData("walked", Upos.VERB, 38)]
    [InlineData("walking", Upos.VERB, 38)]
    [InlineData("stopped", Upos.VERB, 38)]
    [InlineData("ran", Upos.VERB, 38)]
    [InlineData("attacks", Upos.VERB, 33)]
    public void Sense_ListedWord_IsItsFirstSensesFile(string form, Upos upos, int lexFile) =>
        Assert.Equal(ParserClasses.SenseAtom(lexFile), Sense(ReadFixture(), form, upos));

    [Theory]
    [InlineData("attack", Upos.NOUN)] // listed as a verb only
    [InlineData("park", Upos.ADJ)] // only nouns and verbs are looked up
    [InlineData("zorbing", Upos.VERB)]
    public void Sense_UnlistedForTheTag_BacksOffToTheTag(string form, Upos upos) => Assert.Equal(Tag, Sense(ReadFixture(), form, upos));

    [Fact]
    public void Build_Ambiguity_ClassesOnlyWordsSeenThreeTimes()
    {
        var amb = AmbiguityClasses.Build(TinyTreebank.Sentences());
        // "the" and "." occur in most of the tiny sentences; "rebels" once.
        Assert.True(amb.ContainsKey(FeatureHash.Lower("the")));
        Assert.False(amb.ContainsKey(FeatureHash.Lower("rebels")));
        Assert.NotEqual(amb[FeatureHash.Lower("the")], amb[FeatureHash.Lower(".")]);
    }

    private static ParserModel Train(ParserClasses? classes)
    {
        var tiny = TinyTreebank.Sentences();
        var trainer = new ParserTrainer { MaxEpochs = 5, Patience = 5, PunctuationAside = true, PunctuationEpochs = 2, Classes = classes };
        return trainer.Train(tiny, tiny);
    }

    private static (int Version, ParserModel Loaded) SaveAndLoad(ParserModel model)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dyad-parser-classes-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            using (var r = ModelFile.Load(path, ParserModel.Kind, 3, ParserModel.Version, out int version))
                return (version, ParserModel.Load(path));
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData(3, 251, 1)]
    [InlineData(15, 251, 13)]
    [InlineData(28, 251, 26)]
    [InlineData(29, 250, 29)]
    [InlineData(38, 250, 38)]
    public void SenseAtom_KeepsTheEncodingTheShippedParserWasTrainedWith(int lexFile, int template, int value) =>
        // The shipped parser holds weights keyed by these hashes: another encoding of the same classes silently costs
        // it 0.35 dev LAS (docs/notes/syntax.md, session 10), so the encoding is pinned here.
        Assert.Equal(FeatureHash.Of(template, (ulong)value), ParserClasses.SenseAtom(lexFile));

    [Fact]
    public void Save_WithClasses_RoundTripsTheTablesAndTheTrees()
    {
        var model = Train(ReadFixture(ambiguity: true));
        var (version, loaded) = SaveAndLoad(model);
        Assert.Equal(ParserModel.Version, version);
        Assert.NotNull(loaded.Classes);
        Assert.True(ParserClasses.SameKinds(model.Classes, loaded.Classes));
        Assert.Equal(ParserClasses.SenseAtom(15), Sense(loaded.Classes!, "parks", Upos.NOUN));
        Assert.Equal(ParserClasses.SenseAtom(38), Sense(loaded.Classes!, "ran", Upos.VERB));
        Assert.Equal(model.Classes!.AmbiguityOf(FeatureHash.Lower("the")), loaded.Classes!.AmbiguityOf(FeatureHash.Lower("the")));
        var tiny = TinyTreebank.Sentences();
        var features = new ParserFeatures();
        var state = new ParserState();
        foreach (var s in tiny)
            Assert.Equal(ParserTrainer.Parse(model, s, features, state).Heads, ParserTrainer.Parse(loaded, s, features, state).Heads);
    }

    [Fact]
    public void Save_WithoutClasses_KeepsVersionFiveAndItsBytes()
    {
        var model = Train(null);
        var (version, loaded) = SaveAndLoad(model);
        Assert.Equal(5, version);
        Assert.Null(loaded.Classes);
        // A model trained with classes has other features: its weights differ, so the flag changes the file and only then.
        Assert.NotEqual(model.Transitions.FeatureCount, Train(ReadFixture()).Transitions.FeatureCount);
    }

    [Fact]
    public void Average_MembersWithAndWithoutClasses_IsRefused()
    {
        var with = Train(ReadFixture());
        Assert.Throws<ArgumentException>(() => ParserModel.Average([with, Train(null)]));
        Assert.NotNull(ParserModel.Average([with, with]).Classes);
    }
}
