using System.Net;
using Dyad.Web.Tests.Support;

namespace Dyad.Web.Tests.Endpoints;

public sealed class ActorEndpointsTests(SeededServer fixture) : IClassFixture<SeededServer>
{
    private TestServer S => fixture.Server;

    [Fact]
    public async Task Actors_SearchByNameAndCode_FindsRegistryActor()
    {
        var byName = (await S.GetJsonAsync("api/actors?q=Blinken")).GetProperty("items");
        var blinken = Assert.Single(byName.EnumerateArray());
        Assert.Equal("USAGOV", blinken.GetProperty("code").GetString());
        var byCode = (await S.GetJsonAsync("api/actors?code=IRQ")).GetProperty("items");
        Assert.Contains(byCode.EnumerateArray(), a => a.GetProperty("name").GetString() == "Mohammed Shia al-Sudani");
    }

    [Fact]
    public async Task Actor_ById_HasAliasesAndRoles()
    {
        var id = (await S.GetJsonAsync("api/actors?q=Sudani")).GetProperty("items")[0].GetProperty("id").GetInt64();
        var actor = await S.GetJsonAsync($"api/actors/{id}");
        Assert.Contains(actor.GetProperty("aliases").EnumerateArray(), a => a.GetString() == "Sudani");
        Assert.True(actor.GetProperty("roles").GetArrayLength() >= 1);
        Assert.Equal("IRQGOV", actor.GetProperty("roles")[0].GetProperty("code").GetString());
        Assert.True(actor.GetProperty("mentions").GetInt64() > 1);
    }

    [Fact]
    public async Task Actor_BadOrUnknownId_IsProblem()
    {
        using var bad = await S.Client.GetAsync("api/actors/USAGOV");
        await S.BadRequestAsync(bad, "id");
        using var missing = await S.Client.GetAsync("api/actors/999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var badCode = await S.Client.GetAsync("api/actors?code=U%25");
        await S.BadRequestAsync(badCode, "code");
    }
}
