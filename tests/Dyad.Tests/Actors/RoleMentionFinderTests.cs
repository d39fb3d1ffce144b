using Dyad.TestSupport;

namespace Dyad.Tests.Actors;

public sealed class RoleMentionFinderTests
{
    [Fact]
    public void Find_RoleWordInsideAMissedName_MakesNoMention()
    {
        var spec = ActorSpec.Load(Path.Combine(RepoPaths.Root, "tests", "Dyad.Tests", "Actors", "Specs", "role-in-name.txt")).Single();
        var doc = spec.BuildDoc();
        ActorResolverTests.Resolver.Value.Process(doc);
        // Only the sentence-initial "Intelligence" of "Intelligence officials" is a role, not the one in the system's name.
        var role = Assert.Single(doc.Entities, e => e.Text == "Intelligence");
        Assert.Equal(doc.Sentences[1].FirstToken, role.FirstToken);
    }
}
