using System.CommandLine;
using Dyad.Documents;
using Dyad.Entities;
using Dyad.Parsing;
using Dyad.Training;

namespace Dyad.Cli;

// Opt-in lexical classes for the parser (session 9): without either option the trainer writes the bytes it always wrote.
internal static partial class Verbs
{
    private static readonly Option<string?> ParserWordNetOption = new("--wordnet")
    {
        Description = "parser: read WordNet 3.0 from this folder (e.g. /usr/share/wordnet) and give the features the supersenses of nouns and verbs "
            + "(noun.person, verb.motion …); the table is stored in parser.bin",
    };
    private static readonly Option<bool> AmbiguityClassesOption = new("--ambiguity")
    {
        Description = "parser: give the features each word's tag-ambiguity class (the tags it takes in train, as the tagger builds them); stored in parser.bin",
    };

    /// <summary>The classes the options ask for (null: none), the WordNet tables read once and shared by every ensemble member.</summary>
    private static ParserClasses? ParserClassesFrom(string? wordnet, bool ambiguity, IReadOnlyList<TreebankSentence> train)
    {
        if (wordnet is null && !ambiguity) return null;
        CheckWordNet(wordnet);
        var classes = new ParserClasses(wordnet is null ? null : WordNetReader.Read(wordnet), wordnet is null ? null : VerbSenses.Read(wordnet),
            ambiguity ? AmbiguityClasses.Build(train) : null);
        TrainLog($"parser classes: {(classes.HasSenses ? $"{classes.Nouns!.Count:N0} WordNet nouns, {classes.Verbs!.Count:N0} verb forms" : "no supersenses")}; "
            + $"{(classes.HasAmbiguity ? $"{classes.Ambiguity!.Count:N0} words with ambiguity classes" : "no ambiguity classes")}");
        return classes;
    }

    /// <summary>Refuses a --wordnet folder without the WordNet files before any training data is read.</summary>
    internal static void CheckWordNet(string? wordnet)
    {
        if (wordnet is null) return;
        if (!File.Exists(Path.Combine(wordnet, "data.noun")) || !File.Exists(Path.Combine(wordnet, "data.verb")))
            throw new ArgumentException($"--wordnet: '{wordnet}' holds no WordNet 3.0 database (data.noun, data.verb, index.*); on Debian `apt-get install wordnet-base` puts it in /usr/share/wordnet");
    }

    /// <summary>The options as they appear in the recorded command, and in the names of kept ensemble members.</summary>
    private static string ParserClassFlags(string? wordnet, bool ambiguity) => $"{(wordnet is null ? "" : $" --wordnet {wordnet}")}{(ambiguity ? " --ambiguity" : "")}";

    private static string ParserClassSuffix(string? wordnet, bool ambiguity) => $"{(wordnet is null ? "" : "-wordnet")}{(ambiguity ? "-ambiguity" : "")}";
}
