using Dyad.Actors;
using Dyad.Documents;

namespace Dyad.Tests.Actors;

public sealed class ArticleCountryTests
{
    private static Mention Role(string text) => new(0, 1, 0, text.Length, RoleMentionFinder.Role, text);

    [Fact]
    public void RoleKey_ArticleAndCase_AreOneRole() =>
        Assert.Equal(ArticleCountry.RoleKey(Role("security forces")), ArticleCountry.RoleKey(Role("The Security forces")));

    [Fact]
    public void RoleKey_WordEndingInThe_KeepsItsLetters() =>
        Assert.Equal("lathe workers", ArticleCountry.RoleKey(Role("the lathe workers")));

    [Fact]
    public void RoleKey_Person_IsKeyedByLabelAndText() =>
        Assert.Equal("PER:Rishi Sunak", ArticleCountry.RoleKey(new Mention(0, 2, 0, 11, "PER", "Rishi Sunak")));
}
