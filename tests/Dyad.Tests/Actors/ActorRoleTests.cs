using Dyad.Actors;

namespace Dyad.Tests.Actors;

public sealed class ActorRoleTests
{
    [Theory]
    [InlineData("IRQGOV 20060520-20140908", "IRQGOV", "2006-05-20", "2014-09-08")]
    [InlineData("IRQELI 680101-000101", "IRQELI", "1968-01-01", "2000-01-01")]
    [InlineData("IRQGOV >20140908", "IRQGOV", "2014-09-08", null)]
    [InlineData("IRQ <20030320", "IRQ", null, "2003-03-20")]
    [InlineData("~GOV", "GOV", null, null)]
    public void TryParse_PetrarchRoles_ReadsCodeAndDates(string text, string code, string? from, string? to)
    {
        Assert.True(ActorRole.TryParse(text, out var role));
        Assert.Equal(code, role.Code);
        Assert.Equal(from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), role.From);
        Assert.Equal(to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), role.To);
    }

    [Theory]
    [InlineData("IRQOCC 1920030320-20060520")]
    [InlineData("KORGOVBUS 2004017-20061201")]
    public void TryParse_MalformedDates_Fails(string text) => Assert.False(ActorRole.TryParse(text, out _));

    [Fact]
    public void TryParse_Dashes_IsKnownButUncoded()
    {
        Assert.True(ActorRole.TryParse("---", out var role));
        Assert.Null(role.Code);
    }

    [Fact]
    public void RoleAt_FirstCoveringRoleWins()
    {
        var entry = new ActorEntry("NURI AL MALIKI", [], [
            new ActorRole("IRQELI", new DateOnly(1968, 1, 1), new DateOnly(2000, 1, 1)),
            new ActorRole("IRQGOV", new DateOnly(2006, 5, 20), new DateOnly(2014, 9, 8)),
            new ActorRole("IRQELI", null, null)], ActorKind.Person);
        Assert.Equal("IRQGOV", entry.RoleAt(new DateOnly(2010, 1, 1))?.Code);
        Assert.Equal("IRQELI", entry.RoleAt(new DateOnly(2014, 9, 8))?.Code);
        Assert.Equal("IRQELI", entry.RoleAt(null)?.Code);
    }
}
