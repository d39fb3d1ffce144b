using Dyad.Documents;
using Dyad.Geocoding;
using Dyad.Processing;

namespace Dyad.Evaluation;

/// <summary>Scores a geocoding pipeline on GeoVirus: a gold toponym is recalled when a predicted place overlaps its span, accurate when within 161 km.</summary>
/// <remarks>
/// `dyad evaluate geo` passes the product's own pipeline (trained tokenizer, sentence splitter, tagger, parser, entity
/// recogniser, actor resolver, geocoder, coder), so the figure is what `dyad annotate` and `dyad code` produce; the
/// plain-splitter pipeline (<see cref="GeoTextSplitter"/> + geocoder, no NER) is only an ablation.
/// </remarks>
public sealed class GeoEvaluator(Pipeline pipeline)
{
    /// <summary>One gold toponym's outcome, for error listings.</summary>
    public sealed record Outcome(GeoArticle Article, GeoGold Gold, Place? Predicted, double ErrorKm);

    public List<Outcome> Outcomes { get; } = [];

    /// <summary>Scores the dev (even) and held-out (odd) halves and the whole set.</summary>
    public IReadOnlyList<GeoScore> Score(IReadOnlyList<GeoArticle> articles)
    {
        var docs = pipeline.ProcessMany(articles.Select(a => new Doc($"geovirus-{a.Index}", a.Text))).ToList();
        var perArticle = new List<(GeoArticle A, Doc D)>();
        for (int i = 0; i < articles.Count; i++) perArticle.Add((articles[i], docs[i]));
        return
        [
            Tally("dev", perArticle.Where(x => x.A.IsDev)),
            Tally("held-out", perArticle.Where(x => !x.A.IsDev)),
            Tally("all", perArticle),
        ];
    }

    private GeoScore Tally(string split, IEnumerable<(GeoArticle A, Doc D)> items)
    {
        int articles = 0, gold = 0, recalled = 0, accurate = 0, predicted = 0, predictedOnGold = 0;
        var errors = new List<double>();
        foreach (var (a, d) in items)
        {
            articles++;
            predicted += d.Places.Count;
            predictedOnGold += d.Places.Count(p => a.Gold.Any(g => Overlaps(p.Start, p.End, g.Start, g.End)));
            foreach (var g in a.Gold)
            {
                gold++;
                var p = d.Places.FirstOrDefault(p => Overlaps(p.Start, p.End, g.Start, g.End));
                double km = p is null ? double.NaN : GeoDistance.Km(g.Lat, g.Lon, p.Lat, p.Lon);
                if (split == "all") Outcomes.Add(new Outcome(a, g, p, km));
                if (p is null) continue;
                recalled++;
                errors.Add(km);
                if (km <= GeoScore.AccuracyKm) accurate++;
            }
        }
        errors.Sort();
        return new GeoScore(split, articles, gold, recalled, accurate, predicted, predictedOnGold,
            errors.Count == 0 ? 0 : errors[errors.Count / 2], errors.Count == 0 ? 0 : errors.Average());
    }

    private static bool Overlaps(int s1, int e1, int s2, int e2) => s1 < e2 && s2 < e1;
}
