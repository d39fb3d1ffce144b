using Dyad.Actors;
using Dyad.Documents;
using Dyad.TestSupport;

namespace Dyad.Tests.Actors;

public sealed class ActorResolverTests
{
    internal static readonly Lazy<ActorResolver> Resolver = new(() =>
        new ActorResolver(ActorDictionary.Load(Path.Combine(RepoPaths.Root, "data", "actors.bin"))));

    public static TheoryData<string, string> Specs()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "Dyad.Tests", "Actors", "Specs"), "*.txt").Order(StringComparer.Ordinal))
            foreach (var spec in ActorSpec.Load(file))
                data.Add(Path.GetFileName(file), spec.Title);
        return data;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Resolve_SpecFile_GivesExpectedCodes(string file, string title)
    {
        var spec = ActorSpec.Load(Path.Combine(RepoPaths.Root, "tests", "Dyad.Tests", "Actors", "Specs", file)).Single(s => s.Title == title);
        var doc = spec.BuildDoc();
        Resolver.Value.Process(doc);
        var failures = new List<string>();
        int at = 0;
        foreach (var (text, code, name) in spec.Expected)
        {
            int found = doc.Entities.FindIndex(at, e => e.Text == text);
            // "text => -": the words make no mention at all.
            if (code == "-") { if (found >= 0) failures.Add($"'{text}' is a {doc.Entities[found].Label} mention, expected none"); continue; }
            if (found < 0) { failures.Add($"no mention '{text}' after #{at}"); continue; }
            var m = doc.Entities[found];
            if (m.Actor?.Code != code) failures.Add($"'{text}' => {m.Actor?.Code ?? "null"} ({m.Evidence}), expected {code ?? "null"}");
            else if (name is not null && m.Actor?.Name != name) failures.Add($"'{text}' => {m.Actor?.Name}, expected the actor named {name}");
            at = found + 1;
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Prepend(Dump(doc))));
    }

    [Fact]
    public void ResolvedActors_SeedArticle_ListsSudaniOnceWithAliasesAndRole()
    {
        var spec = ActorSpec.Load(Path.Combine(RepoPaths.Root, "tests", "Dyad.Tests", "Actors", "Specs", "seed.txt")).First();
        var doc = spec.BuildDoc();
        Resolver.Value.Process(doc);
        var actors = ResolvedActors.From(doc);
        var sudani = Assert.Single(actors, a => a.Name == "Mohammed Shia al-Sudani");
        Assert.Equal("IRQGOV", sudani.Code);
        Assert.Equal("Prime Minister", sudani.Role);
        Assert.Contains("Sudani", sudani.Aliases);
        Assert.Contains("the PM", sudani.Aliases);
        Assert.Equal(0, sudani.FirstSentence);
        Assert.Contains(actors, a => a.Name == "Antony Blinken" && a.Code == "USAGOV");
        Assert.DoesNotContain(actors, a => a.Name == "Baghdad");
    }

    [Fact]
    public void Process_NoEntities_AddsOnlyRolesAndPronouns()
    {
        var doc = new ActorSpec("plain", null, "The weather was fine and the market opened.", []).BuildDoc();
        Resolver.Value.Process(doc);
        Assert.Empty(doc.Entities);
    }

    [Fact]
    public void Process_BareOffice_IsNoRoleButAHoldersOfficeIs()
    {
        var doc = new ActorSpec("office", null, "Politicians take an oath but once in office pursue their agenda. He ran for a lower office. The sheriff's office said no.", []).BuildDoc();
        Resolver.Value.Process(doc);
        Assert.DoesNotContain(doc.Entities, e => e.Text == "office" && e.FirstToken < 15);
        Assert.Contains(doc.Entities, e => e.Text.Contains("office", StringComparison.Ordinal) && e.Actor is not null);
    }

    private static string Dump(Doc doc) =>
        string.Join("\n", doc.Entities.Select(e => $"  {e.Label} '{e.Text}' => {e.Actor?.Code ?? "null"} [{e.Evidence}]")) + "\n";
}
