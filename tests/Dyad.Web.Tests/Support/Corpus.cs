using Dyad.Documents;

namespace Dyad.Web.Tests.Support;

/// <summary>Deterministic synthetic articles: each sentence names two actors, one verb of <see cref="KeywordCoder"/> and a place.</summary>
internal static class Corpus
{
    private static readonly string[] Templates =
    [
        "{0} met with {1} in {2}.", "{0} praised {1} in {2}.", "{0} sent aid to {1} in {2}.",
        "{0} accused {1} in {2}.", "{0} threatened {1} in {2}.", "{0} attacked {1} in {2}.",
    ];

    /// <summary><paramref name="count"/> articles of <paramref name="sentences"/> sentences, dated across 2024.</summary>
    public static IEnumerable<Article> Articles(int count, int sentences = 2, int seed = 0)
    {
        for (var i = 0; i < count; i++)
        {
            var lines = new List<string>();
            for (var s = 0; s < sentences; s++)
            {
                var k = i * 7 + s * 3 + seed;
                var a = KeywordCoder.Actors[k % KeywordCoder.Actors.Length].Text;
                var b = KeywordCoder.Actors[(k + 1 + s) % KeywordCoder.Actors.Length].Text;
                var place = KeywordCoder.Places[(k / 2) % KeywordCoder.Places.Length].Name;
                lines.Add(string.Format(Templates[(i + s * 5) % Templates.Length], a, b, place) + $" Report {i}-{s} followed.");
            }
            var published = new DateOnly(2024, 1, 1).AddDays((i * 13 + seed) % 366);
            yield return new Article($"art-{seed}-{i}", $"Article {i}", published, $"https://news.example/{seed}/{i}", $"source{i % 5}",
                string.Join("\n\n", lines), []);
        }
    }
}
