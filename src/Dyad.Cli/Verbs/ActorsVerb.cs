using System.CommandLine;
using Dyad.Actors;
using Dyad.Processing;

namespace Dyad.Cli;

internal static partial class Verbs
{
    /// <summary>`dyad actors`: compiles the actor dictionary and lists its entries with the code each has on a date.</summary>
    public static Command Actors()
    {
        var command = new Command("actors", "The actor dictionary: compile it from ../shared/data, or list its entries.");
        command.Subcommands.Add(ActorsCompile());
        command.Subcommands.Add(ActorsList());
        return command;
    }

    private static Command ActorsCompile()
    {
        var output = new Option<FileInfo?>("--out") { Description = "where to write the compiled dictionary (default data/actors.bin)" };
        var command = new Command("compile", "Compile the PETRARCH2/Phoenix dictionaries and data/actors.extra.txt into data/actors.bin.") { output };
        command.SetAction(parse => ActorsGuarded(() =>
        {
            var shared = ProjectPaths.RequireShared("petrarch");
            var extra = Path.Combine("data", "actors.extra.txt");
            if (!File.Exists(extra)) extra = Path.Combine(ProjectPaths.Data, "actors.extra.txt");
            var (dict, summary) = ActorDictionaryCompiler.Compile(Path.GetDirectoryName(shared)!, extra);
            var path = parse.GetValue(output)?.FullName ?? Path.Combine("data", "actors.bin");
            dict.Save(path);
            Console.WriteLine($"{summary.Entries} actors ({summary.Names} names), {summary.Agents} agent phrases; " +
                $"skipped {summary.MalformedRoles} malformed date roles and {summary.EntriesWithoutRoles} entries without codes");
            Console.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes)");
            return 0;
        }));
        return command;
    }

    private static Command ActorsList()
    {
        var name = new Option<string?>("--name") { Description = "only entries whose name or a synonym contains this text" };
        var code = new Option<string?>("--code") { Description = "only entries with a role code starting with this" };
        var date = new Option<string?>("--date") { Description = "show the code each entry has on this date (YYYY-MM-DD)" };
        var user = new Option<FileInfo?>("--actors") { Description = "a user actor file read on top (default ./dyad.actors.txt when present)" };
        var limit = new Option<int>("--limit") { Description = "at most this many entries", DefaultValueFactory = _ => 100 };
        var command = new Command("list", "List dictionary entries: name, kind, roles with their dates, and the code on --date.") { name, code, date, user, limit };
        command.SetAction(parse => ActorsGuarded(() =>
        {
            var dict = ActorDictionary.LoadDefault(parse.GetValue(user)?.FullName);
            DateOnly? on = parse.GetValue(date) is { } d
                ? DateOnly.TryParseExact(d, "yyyy-MM-dd", out var v) ? v : throw new ArgumentException($"--date '{d}' is not YYYY-MM-DD")
                : null;
            var nameFilter = parse.GetValue(name);
            var codeFilter = parse.GetValue(code);
            int shown = 0;
            foreach (var e in dict.Entries)
            {
                if (nameFilter is not null && !e.Synonyms.Prepend(e.Name).Any(s => s.Contains(nameFilter, StringComparison.OrdinalIgnoreCase))) continue;
                if (codeFilter is not null && !e.Roles.Any(r => r.Code?.StartsWith(codeFilter, StringComparison.OrdinalIgnoreCase) == true)) continue;
                var current = on is null ? "" : $"\t{e.RoleAt(on)?.Code ?? "-"}";
                Console.WriteLine($"{e.Name}\t{e.Kind}\t{string.Join("; ", e.Roles)}{current}");
                if (++shown >= parse.GetValue(limit)) break;
            }
            return 0;
        }));
        return command;
    }

    private static int ActorsGuarded(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidDataException or UnauthorizedAccessException or FormatException)
        {
            Console.Error.WriteLine($"dyad actors: {e.Message}");
            return 1;
        }
    }
}
