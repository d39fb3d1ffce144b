using Dyad.TestSupport;

namespace Dyad.Tests.Tokenization;

/// <summary>Reads the readable spec files beside these tests: blank-line-separated cases, '#' comments.</summary>
internal static class SpecFile
{
    public static IEnumerable<(int Line, string[] Lines)> Cases(string name)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "Dyad.Tests", "Tokenization", name);
        var block = new List<string>();
        int start = 0, lineNo = 0;
        foreach (var line in File.ReadLines(path).Append(""))
        {
            lineNo++;
            if (line.StartsWith('#')) continue;
            if (line.Length == 0)
            {
                if (block.Count > 0) yield return (start, block.ToArray());
                block.Clear();
                continue;
            }
            if (block.Count == 0) start = lineNo;
            block.Add(line);
        }
    }
}
