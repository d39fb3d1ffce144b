using System.CommandLine;
using System.Diagnostics;
using Dyad.Geocoding;
using Dyad.Processing;

namespace Dyad.Cli;

internal static partial class Verbs
{
    /// <summary>`dyad train gazetteer`: compiles GeoNames and the country lists into data/gazetteer.bin.</summary>
    public static Command TrainGazetteer()
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "the training data folder (default: ../shared/data)" };
        var tables = new Option<DirectoryInfo?>("--tables") { Description = "folder with fips10-4.tsv and regions.tsv (default: the repository's data/)" };
        var output = new Option<FileInfo?>("--out") { Description = "where to write the gazetteer (default: data/gazetteer.bin in the repository)" };
        var noPoints = new Option<bool>("--no-country-points")
        {
            Description = "ignore data/country-points.tsv (points read from the GeoVirus dev half) and keep every country at its Factbook centroid",
        };
        var command = new Command("gazetteer", "compile the gazetteer from GeoNames cities500, admin names and the country lists") { data, tables, output, noPoints };
        command.SetAction(parse =>
        {
            try
            {
                var shared = parse.GetValue(data)?.FullName ?? ProjectPaths.RequireShared(".");
                var repoData = FindRepoData();
                var tableDir = parse.GetValue(tables)?.FullName ?? repoData ?? ProjectPaths.Data;
                var outPath = parse.GetValue(output)?.FullName ?? Path.Combine(repoData ?? ProjectPaths.Data, Gazetteer.FileName);
                var clock = Stopwatch.StartNew();
                var gazetteer = GazetteerCompiler.Compile(shared, tableDir, countryPoints: !parse.GetValue(noPoints));
                gazetteer.Save(outPath);
                Console.WriteLine($"wrote {outPath}: {gazetteer.Count:N0} entries, {gazetteer.Countries.Count} countries, " +
                    $"{new FileInfo(outPath).Length / 1048576.0:0.00} MB in {clock.Elapsed.TotalSeconds:0.0} s");
                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
            {
                Console.Error.WriteLine($"dyad train gazetteer: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>The repository's data/ folder when running from inside a clone, so the compiled file lands where it is committed.</summary>
    private static string? FindRepoData()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dyad.slnx"))) return Path.Combine(dir.FullName, "data");
        return null;
    }
}
