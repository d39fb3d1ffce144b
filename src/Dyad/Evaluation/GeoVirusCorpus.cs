using System.Globalization;
using System.Xml.Linq;

namespace Dyad.Evaluation;

/// <summary>One gold toponym: its surface span in the article text and the point the annotators gave it.</summary>
public sealed record GeoGold(string Name, string Surface, int Start, int End, double Lat, double Lon);

/// <summary>One GeoVirus article with its gold toponyms; <see cref="Index"/> is its 0-based position in the file.</summary>
public sealed record GeoArticle(int Index, string Url, string Text, IReadOnlyList<GeoGold> Gold)
{
    /// <summary>Even-numbered articles are the dev half (tuning); odd-numbered ones are held out.</summary>
    public bool IsDev => Index % 2 == 0;
}

/// <summary>Reads GeoVirus (Gritta et al. 2018): texts from GeoVirus.xml, toponyms from geovirus_gold.txt.</summary>
/// <remarks>
/// The gold file's offsets are one past the XML text's (they count from 1); the reader shifts them and keeps only
/// toponyms whose surface string is found at the shifted span, so a damaged line cannot pair text with the wrong place.
/// </remarks>
public static class GeoVirusCorpus
{
    public static IReadOnlyList<GeoArticle> Load(string folder)
    {
        var xmlPath = Path.Combine(folder, "GeoVirus.xml");
        var goldPath = Path.Combine(folder, "geovirus_gold.txt");
        if (!File.Exists(xmlPath) || !File.Exists(goldPath))
            throw new FileNotFoundException($"GeoVirus.xml and geovirus_gold.txt are expected in {folder}");
        var articles = XDocument.Load(xmlPath).Root?.Elements("article").ToList()
            ?? throw new InvalidDataException("GeoVirus.xml has no <articles> root");
        var goldLines = File.ReadAllLines(goldPath);
        var result = new List<GeoArticle>(articles.Count);
        for (int i = 0; i < articles.Count; i++)
        {
            var text = (string?)articles[i].Element("text") ?? "";
            var gold = i < goldLines.Length ? ParseGold(goldLines[i], text) : [];
            result.Add(new GeoArticle(i, (string?)articles[i].Element("source") ?? "", text, gold));
        }
        return result;
    }

    private static List<GeoGold> ParseGold(string line, string text)
    {
        var gold = new List<GeoGold>();
        foreach (var item in line.Split("||", StringSplitOptions.RemoveEmptyEntries))
        {
            var f = item.Split(",,");
            if (f.Length != 6) continue;
            if (!int.TryParse(f[4], CultureInfo.InvariantCulture, out var s) || !int.TryParse(f[5], CultureInfo.InvariantCulture, out var e)) continue;
            s--; e--;
            if (s < 0 || e > text.Length || s >= e || !text.AsSpan(s, e - s).SequenceEqual(f[1])) continue;
            gold.Add(new GeoGold(f[0], f[1], s, e,
                double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture)));
        }
        return gold;
    }
}
