using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using static Dyad.Storage.Tests.StoreSamples;

namespace Dyad.Storage.Tests.Sql;

public sealed partial class SqlEventStoreTests
{
    // Written by Dyad.Storage.NearDuplicates before the finder moved into the engine (Dyad.Merging.MinHash): existing
    // databases hold these, so a new copy of the story must produce the same text and band keys to be linked to them.
    private const string FixedStory = "Iraqi authorities released the suspects on Monday after questioning them about the attack on the base in Anbar province, officials said, adding that an investigation continues.";
    private const string FixedSignature = "14b5c1e68f08adff 00ba70dbc1851817 0c1b08187d6d7d02 06a8209e26bb1b55 0f745d84696c165a 01ec2694c55e5db1 051f5f4007b30631 222ef5cbaf31ae30 119ee3bbfdee61db 004370b8d7c545f6 05d6741a029816e3 05fd967ae25c1aa9 0d65ce25c80bc2ab 03bf27a0ebca63be 048bf420a7bca434 0aa666f8ec66816a 08d3e257fdac6aaa 03073f23a1c21adf 08275c1f10c09ab5 0fce3623bcc744f6 117dce97cb2d1d96 03c2686ae4f3beff 0741f0b49788ac45 07e49430e2bdee27 02a8cb9c9ee75ed3 0252a6ea66e4faa5 013f1f0abc9252a6 07e869588bd46605 0409be462051c0aa 109142393822b1f2 0e0dfd537bfcc4c3 0517f9e1868819f0";
    private static readonly long[] FixedBandKeys = [7601207846803497898,-4704452999057725328,-8611127738607217694,2116486699685564837,6808814963453978849,7844306246504178067,-3132902843084753174,8744765477950381237];

    [Theory, InlineData("sqlite"), PostgresData]
    public async Task SaveBatch_Article_PersistsTheSignatureTextAndBandKeysOfEarlierVersions(string engine)
    {
        var db = _stores.NewDb(engine);
        var store = await _stores.OpenDbAsync(db);
        var a = Article("f1", FixedStory);
        await store.SaveBatchAsync([Processed(a, Event(a, "0841", "IRQGOV", "IRQ", place: Baghdad))]);

        await using DbConnection c = engine == "sqlite" ? new SqliteConnection($"Data Source={db}") : new NpgsqlConnection(db);
        await c.OpenAsync();
        await using var sig = c.CreateCommand();
        sig.CommandText = "SELECT minhash FROM articles WHERE id = 'f1'";
        Assert.Equal(FixedSignature, (string?)await sig.ExecuteScalarAsync());
        await using var bands = c.CreateCommand();
        bands.CommandText = "SELECT hash FROM article_bands WHERE article_id = 'f1' ORDER BY band";
        var keys = new List<long>();
        await using (var r = await bands.ExecuteReaderAsync())
            while (await r.ReadAsync()) keys.Add(r.GetInt64(0));
        Assert.Equal(FixedBandKeys, keys);
    }
}
