using Dyad.Documents;

namespace Dyad.Formats;

/// <summary>One event as the exports see it: the event, its numeric id (GDELT's GLOBALEVENTID), and when it and each mention were added.</summary>
/// <remarks>Outside a store (e.g. `dyad code`), the id is the event's position in the output and the times are the run's.</remarks>
public readonly record struct ExportRecord(CodedEvent Event, long Id, DateTime Added, IReadOnlyList<DateTime>? MentionsAdded = null)
{
    public DateTime MentionAdded(int i) => MentionsAdded is { } m && i < m.Count ? m[i] : Added;
}

/// <summary>The value type of an export column, as the codebook and Parquet name it.</summary>
public enum ExportType : byte { String, Integer, Double, Date }

/// <summary>One column of the flat event table (CSV, Parquet): its name, type, meaning, and how to read it from an event.</summary>
public sealed record ExportColumn(string Name, ExportType Type, string Meaning, Func<ExportRecord, object?> Get);
