namespace Dyad.Formats;

/// <summary>Splits one line of RFC 4180 CSV (quoted cells, doubled quotes) into its cells.</summary>
/// <remarks>For the data files Dyad reads (GDELT, ICEWS and CAMEO tables), which have no newlines inside cells.</remarks>
public static class CsvLine
{
    public static List<string> Split(string line)
    {
        var cells = new List<string>();
        var sb = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else sb.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { cells.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(ch);
        }
        cells.Add(sb.ToString());
        return cells;
    }
}
