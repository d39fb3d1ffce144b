using Dyad.Documents;

namespace Dyad.Time;

/// <summary>A date expression found in text and the date it resolves to against the publication date.</summary>
/// <remarks><see cref="Date"/> is the first day of the month or year when <see cref="Precision"/> is Month or Year.</remarks>
public readonly record struct TemporalExpression(int Start, int End, string Text, DateOnly Date, DatePrecision Precision, string Rule);
