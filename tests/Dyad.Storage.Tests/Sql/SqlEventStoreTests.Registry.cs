using Dyad.Documents;
using static Dyad.Storage.Tests.StoreSamples;

namespace Dyad.Storage.Tests.Sql;

public sealed partial class SqlEventStoreTests
{
    /// <summary>A Doc with one sentence and one resolved PER mention covering the whole text.</summary>
    private static ProcessedArticle WithPerson(Article a, string mentionText, Actor actor)
    {
        var doc = Doc.FromArticle(a);
        doc.AddToken(0, a.Text.Length);
        doc.Sentences.Add(new Sentence(0, 1, 0, a.Text.Length));
        int start = a.Text.IndexOf(mentionText, StringComparison.Ordinal);
        doc.Entities.Add(new Mention(0, 1, start, start + mentionText.Length, "PER", mentionText) { Actor = actor, Evidence = "title" });
        return new ProcessedArticle(a, doc, []);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task Registry_NewTitleInLaterArticle_UpdatesRoleWithDates(string engine)
    {
        var store = await _stores.OpenAsync(engine);
        var pm = new Actor("IRQGOV", "IRQ", "GOV", "Mohammed Shia al-Sudani");
        var a = Article("r1", "Iraqi Prime Minister Mohammed Shia al-Sudani spoke.", published: new DateOnly(2024, 8, 6));
        var b = Article("r2", "Sudani said more.", published: new DateOnly(2024, 9, 1));
        var c = Article("r3", "Former prime minister Mohammed Shia al-Sudani left.", published: new DateOnly(2026, 1, 2));
        await store.SaveBatchAsync([WithPerson(a, "Iraqi Prime Minister Mohammed Shia al-Sudani", pm)]);
        await store.SaveBatchAsync([WithPerson(b, "Sudani", pm)]);
        await store.SaveBatchAsync([WithPerson(c, "Former prime minister Mohammed Shia al-Sudani", pm with { Code = "IRQELI" })]);

        var found = Assert.Single(await store.QueryActorsAsync(new ActorQuery { Name = "sudani" }));
        var actor = await store.GetActorAsync(found.Id);
        Assert.NotNull(actor);
        Assert.Equal(("Former prime minister", "IRQELI"), (actor.Role, actor.Code));
        Assert.Equal((new DateOnly(2024, 8, 6), new DateOnly(2026, 1, 2), 3L), (actor.FirstSeen, actor.LastSeen, actor.Mentions));
        Assert.Equal(new ActorSource("r1", 0), actor.TaughtBy);
        Assert.Contains("Sudani", actor.Aliases);
        Assert.Equal(2, actor.Roles.Count);
        Assert.Equal(("Iraqi Prime Minister", new DateOnly(2024, 8, 6), (DateOnly?)new DateOnly(2026, 1, 2)),
            (actor.Roles[0].Role, actor.Roles[0].Since, actor.Roles[0].Until));
        Assert.Equal(("Former prime minister", (DateOnly?)null, "r3"), (actor.Roles[1].Role, actor.Roles[1].Until, actor.Roles[1].TaughtBy.ArticleId));
        var entity = Assert.Single((await store.GetArticleAsync("r2"))!.Entities);
        Assert.Equal(actor.Id, entity.RegistryActorId);
    }

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task Registry_OlderArticleIngestedLate_DoesNotReplaceCurrentRole(string engine)
    {
        var store = await _stores.OpenAsync(engine);
        var who = new Actor("USAGOV", "USA", "GOV", "Antony Blinken");
        await store.SaveBatchAsync([WithPerson(Article("n1", "US Secretary of State Antony Blinken flew.", published: new DateOnly(2024, 8, 6)),
            "US Secretary of State Antony Blinken", who)]);
        await store.SaveBatchAsync([WithPerson(Article("o1", "Deputy Secretary of State Antony Blinken flew.", published: new DateOnly(2016, 1, 1)),
            "Deputy Secretary of State Antony Blinken", who)]);

        var actor = Assert.Single(await store.QueryActorsAsync(new ActorQuery { Code = "USA" }));
        Assert.Equal("US Secretary of State", actor.Role);
        Assert.Equal(new DateOnly(2016, 1, 1), actor.FirstSeen);
    }
}
