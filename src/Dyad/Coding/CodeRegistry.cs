using System.Globalization;

namespace Dyad.Coding;

/// <summary>One CAMEO code's row in the versioned code table.</summary>
/// <remarks><see cref="Goldstein"/> is GDELT's value; <see cref="GoldsteinIcews"/> is ICEWS's, null where ICEWS has none.</remarks>
public sealed record CodeEntry(
    string Code, string Name, string Root, int QuadClass, double Goldstein, double? GoldsteinIcews,
    string? Plover, string? PloverMode);

/// <summary>The versioned CAMEO code table: name, root, QuadClass, Goldstein and PLOVER type of every code.</summary>
/// <remarks>Immutable after loading and safe to share across threads.</remarks>
public sealed class CodeRegistry
{
    public const string FileName = "cameo-codes.tsv";
    private readonly Dictionary<string, CodeEntry> _codes;

    private CodeRegistry(string version, Dictionary<string, CodeEntry> codes)
    {
        Version = version;
        _codes = codes;
    }

    /// <summary>The table's version, such as "dyad-cameo-2024.1"; every coded event records it.</summary>
    public string Version { get; }

    public int Count => _codes.Count;
    public IEnumerable<CodeEntry> Entries => _codes.Values;

    public bool TryGet(string code, out CodeEntry entry) => _codes.TryGetValue(code, out entry!);

    public bool Contains(string code) => _codes.ContainsKey(code);

    /// <summary>Loads the table shipped in data/ beside the assembly.</summary>
    public static CodeRegistry LoadDefault() => Load(Path.Combine(Processing.ProjectPaths.Data, FileName));

    public static CodeRegistry Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"the CAMEO code table is missing: {path}", path);
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <summary>Reads the TSV: a "# version = …" line, a header, then one row per code.</summary>
    public static CodeRegistry Read(TextReader reader)
    {
        string? version = null;
        var codes = new Dictionary<string, CodeEntry>(StringComparer.Ordinal);
        string? line;
        int lineNo = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0) continue;
            if (line[0] == '#')
            {
                const string key = "# version = ";
                if (line.StartsWith(key, StringComparison.Ordinal)) version = line[key.Length..].Trim();
                continue;
            }
            var c = line.Split('\t');
            if (c[0] == "code") continue;
            if (c.Length < 8) throw new FormatException($"code table line {lineNo}: expected 8 columns");
            codes[c[0]] = new CodeEntry(c[0], c[1], c[2], int.Parse(c[3], CultureInfo.InvariantCulture),
                double.Parse(c[4], CultureInfo.InvariantCulture),
                c[5].Length == 0 ? null : double.Parse(c[5], CultureInfo.InvariantCulture),
                c[6].Length == 0 ? null : c[6], c[7].Length == 0 ? null : c[7]);
        }
        return new CodeRegistry(version ?? throw new FormatException("code table has no '# version = …' line"), codes);
    }
}
