using System.Globalization;

namespace Dyad.Coding;

/// <summary>Builds the shipped code table from the GDELT, ICEWS and PLOVER files in ../shared/data.</summary>
internal static class CodeTableBuilder
{
    public const string Version = "dyad-cameo-2024.1";

    /// <summary>Writes data/cameo-codes.tsv; rerun whenever the source tables change.</summary>
    public static void Write(string sharedData, TextWriter w)
    {
        var gdelt = ReadGdelt(Path.Combine(sharedData, "cameo", "cameo_event_codes_goldstein.tsv"));
        var icews = ReadIcews(Path.Combine(sharedData, "cameo", "icews_cameo_codes.csv"));
        var plover = ReadPlover(Path.Combine(sharedData, "plover", "CAMEO2PLOVER-2021.txt"));
        var quadByRoot = gdelt.Values.GroupBy(g => g.Root).ToDictionary(g => g.Key, g => g.First().Quad);
        var all = gdelt.Keys.Union(icews.Keys).Union(plover.Keys).Where(c => c.All(char.IsAsciiDigit))
            .OrderBy(c => c.PadRight(4, ' '), StringComparer.Ordinal);

        w.WriteLine($"# version = {Version}");
        w.WriteLine("# CAMEO event codes. Sources: GDELT lookups (name, QuadClass, Goldstein; open with attribution),");
        w.WriteLine("# ICEWS/CAMEO codebook via andybega/icews (Goldstein beside GDELT's; MIT), PLOVER CAMEO2PLOVER-2021 (CC BY-SA 4.0).");
        w.WriteLine("code\tname\troot\tquad_class\tgoldstein_gdelt\tgoldstein_icews\tplover\tplover_mode");
        foreach (var code in all)
        {
            gdelt.TryGetValue(code, out var g);
            icews.TryGetValue(code, out var i);
            plover.TryGetValue(code, out var p);
            var root = code[..2];
            var name = g.Name ?? i.Name ?? p.Name ?? "";
            var quad = g.Name is not null ? g.Quad : quadByRoot.GetValueOrDefault(root);
            var goldstein = g.Name is not null ? g.Goldstein : i.Goldstein ?? 0;
            w.WriteLine(string.Join('\t', code, name, root, quad.ToString(CultureInfo.InvariantCulture),
                goldstein.ToString("0.0#", CultureInfo.InvariantCulture),
                i.Goldstein?.ToString("0.0#", CultureInfo.InvariantCulture) ?? "", p.Event ?? "", p.Mode ?? ""));
        }
    }

    private static Dictionary<string, (string? Name, string Root, int Quad, double Goldstein)> ReadGdelt(string path)
    {
        var d = new Dictionary<string, (string?, string, int, double)>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var c = line.Split('\t');
            if (c.Length < 8) continue;
            d[c[0]] = (c[7].Trim(), c[2], int.Parse(c[4], CultureInfo.InvariantCulture), double.Parse(c[6], CultureInfo.InvariantCulture));
        }
        return d;
    }

    private static Dictionary<string, (string? Name, double? Goldstein)> ReadIcews(string path)
    {
        var d = new Dictionary<string, (string?, double?)>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var c = Dyad.Formats.CsvLine.Split(line);
            if (c.Count < 5) continue;
            d[c[3]] = (c[2].Trim(), double.TryParse(c[4], CultureInfo.InvariantCulture, out var v) ? v : null);
        }
        return d;
    }

    private static Dictionary<string, (string? Event, string? Mode, string? Name)> ReadPlover(string path)
    {
        var d = new Dictionary<string, (string?, string?, string?)>();
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.StartsWith('#')) continue;
            int colon = raw.IndexOf(':');
            if (colon <= 0) continue;
            var hash = raw.IndexOf('#');
            var name = hash > 0 ? raw[(hash + 1)..].Trim() : null;
            var body = (hash > 0 ? raw[(colon + 1)..hash] : raw[(colon + 1)..]).Split(',');
            var ev = body[0].Trim();
            var mode = body.Length > 1 ? body[1].Trim() : "";
            d[raw[..colon].Trim()] = (ev.Length == 0 ? null : ev, mode.Length == 0 ? null : mode, name);
        }
        return d;
    }

}
