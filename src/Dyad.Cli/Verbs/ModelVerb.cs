using System.CommandLine;
using System.Text;
using Dyad.Entities;
using Dyad.Learning;
using Dyad.Parsing;
using Dyad.Tagging;

namespace Dyad.Cli;

internal static partial class Verbs
{
    /// <summary>`dyad model`: operations on trained model files (today: rewriting one in the compact encoding).</summary>
    public static Command Model()
    {
        var command = new Command("model", "Operations on trained model files.");
        command.Subcommands.Add(ModelCompact());
        return command;
    }

    private static Command ModelCompact()
    {
        var input = new Argument<FileInfo>("in") { Description = "a tagger, parser or entity model file" };
        var output = new Argument<FileInfo>("out") { Description = "where to write the compact file (may be the input)" };
        var keyBits = new Option<int>("--key-bits") { Description = $"low bits of each feature hash to keep ({PerceptronModel.MinKeyBits} to 64); features whose cut hashes collide are merged", DefaultValueFactory = _ => 40 };
        var shift = new Option<int>("--weight-shift") { Description = "round every weight to a multiple of 2^N (lossy: decisions may change; 0, the default, keeps the weights exactly)" };
        var command = new Command("compact", "Rewrite a model file with its feature keys cut to --key-bits and Rice-coded and its weights in separate streams: "
            + "a smaller file that loads in every build since session 10 and decides as before when no keys collide (reported).") { input, output, keyBits, shift };
        command.SetAction(parse =>
        {
            var cli = CliContext.From(parse);
            try
            {
                var from = parse.GetValue(input)!;
                var to = parse.GetValue(output)!;
                int bits = parse.GetValue(keyBits);
                int weightShift = parse.GetValue(shift);
                if (!from.Exists) throw new FileNotFoundException($"no such file: {from.FullName}");
                if (bits < PerceptronModel.MinKeyBits || bits > 64) throw new ArgumentException($"--key-bits must be {PerceptronModel.MinKeyBits} to 64");
                long before = from.Length;
                var log = cli.Error;
                PerceptronModel Compact(PerceptronModel m)
                {
                    var compact = m.Compacted(bits, out var report, weightShift);
                    log.WriteLine($"  {m.ClassCount} classes, {m.FeatureCount:N0} features → {compact.FeatureCount:N0}: " +
                        $"{report.Merged} merged by collision, {report.Dropped} cut to zero and dropped, {report.Saturated} weights clamped, {report.Zeroed} rounded to zero");
                    return compact;
                }
                string kind = ModelKind(from.FullName);
                var written = to.FullName + ".compact";
                switch (kind)
                {
                    case ParserModel.Kind: ParserModel.Load(from.FullName).WithWeights(Compact).Save(written); break;
                    case TaggerModel.Kind: TaggerModel.Load(from.FullName).WithWeights(Compact).Save(written); break;
                    case "ner": NerModel.Load(from.FullName).WithWeights(Compact).Save(written); break;
                    default: throw new InvalidDataException($"{from.FullName} holds a '{kind}' model, which has no perceptron weights to compact");
                }
                long after = new FileInfo(written).Length;
                if (after < before)
                {
                    File.Move(written, to.FullName, overwrite: true);
                    cli.Out.WriteLine($"{kind}: {before:N0} → {after:N0} bytes ({100.0 * after / before:F1} %), keys cut to {bits} bits{(weightShift > 0 ? $", weights rounded to multiples of {1 << weightShift}" : "")}, wrote {to.FullName}");
                    // A manifest beside the output that lists the file (models/manifest.json) keeps pinning what is on disk.
                    var manifest = Path.Combine(Path.GetDirectoryName(to.FullName)!, "manifest.json");
                    if (Dyad.Training.ModelManifest.Repin(manifest, to.FullName, $"dyad model compact --key-bits {bits}{(weightShift > 0 ? $" --weight-shift {weightShift}" : "")}"))
                        cli.Out.WriteLine($"updated the sha256 and size of {to.Name} in {manifest}");
                    return 0;
                }
                // The entity model's keys are 28-bit already and Brotli packs its interleaved entries better than the
                // separate streams: there the compact encoding is larger, so the original file stands.
                File.Delete(written);
                if (!string.Equals(from.FullName, to.FullName, StringComparison.Ordinal)) from.CopyTo(to.FullName, overwrite: true);
                cli.Out.WriteLine($"{kind}: the compact encoding would be {after:N0} bytes, not smaller than {before:N0}: kept the original encoding in {to.FullName}");
                return 0;
            }
            catch (Exception e) when (e is IOException or ArgumentException or InvalidDataException or UnauthorizedAccessException)
            {
                cli.Error.WriteLine($"dyad model compact: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    // The kind a model container names in its header; an entity model is the one Brotli file among them.
    private static string ModelKind(string path)
    {
        using var r = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        var magic = r.ReadBytes(8);
        return magic.AsSpan().SequenceEqual("DYADMODL"u8) ? r.ReadString() : "ner";
    }
}
