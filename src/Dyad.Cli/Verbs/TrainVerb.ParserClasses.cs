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

    private static readonly Option<string?> ParserClustersOption = new("--clusters")
    {
        Description = "parser: read word clusters from this file (written by `dyad train clusters`) and give the features each word's coarse and fine "
            + "class (Koo et al. 2008); the table is stored in parser.bin",
    };

    /// <summary>The lexical class options of `dyad train parser`.</summary>
    internal sealed record ParserClassOptions(string? WordNet, bool Ambiguity, string? Clusters)
    {
        public bool Any => WordNet is not null || Ambiguity || Clusters is not null;

        /// <summary>The options as they appear in the recorded command.</summary>
        public string Flags => $"{(WordNet is null ? "" : $" --wordnet {WordNet}")}{(Ambiguity ? " --ambiguity" : "")}{(Clusters is null ? "" : $" --clusters {Clusters}")}";

        /// <summary>The options as they appear in the names of kept ensemble members.</summary>
        public string Suffix => $"{(WordNet is null ? "" : "-wordnet")}{(Ambiguity ? "-ambiguity" : "")}{(Clusters is null ? "" : "-clusters")}";
    }

    /// <summary>The classes the options ask for (null: none), the WordNet and cluster tables read once and shared by every ensemble member.</summary>
    private static ParserClasses? ParserClassesFrom(ParserClassOptions options, IReadOnlyList<TreebankSentence> train)
    {
        if (!options.Any) return null;
        CheckParserClasses(options);
        var wordnet = options.WordNet;
        var classes = new ParserClasses(wordnet is null ? null : WordNetReader.Read(wordnet), wordnet is null ? null : VerbSenses.Read(wordnet),
            options.Ambiguity ? AmbiguityClasses.Build(train) : null, options.Clusters is null ? null : WordClusters.ReadText(options.Clusters));
        TrainLog($"parser classes: {(classes.HasSenses ? $"{classes.Nouns!.Count:N0} WordNet nouns, {classes.Verbs!.Count:N0} verb forms" : "no supersenses")}; "
            + $"{(classes.HasAmbiguity ? $"{classes.Ambiguity!.Count:N0} words with ambiguity classes" : "no ambiguity classes")}; "
            + $"{(classes.HasClusters ? $"{classes.Clusters!.Count:N0} clustered words ({string.Join('/', classes.Clusters.Sizes)} classes)" : "no clusters")}");
        return classes;
    }

    /// <summary>Refuses a missing WordNet folder or cluster file before any training data is read.</summary>
    internal static void CheckParserClasses(ParserClassOptions options)
    {
        CheckWordNet(options.WordNet);
        if (options.Clusters is not null && !File.Exists(options.Clusters))
            throw new ArgumentException($"--clusters: no file '{options.Clusters}' (write one with `dyad train clusters --text … --out FILE`)");
    }

    /// <summary>Refuses a --wordnet folder without the WordNet files before any training data is read.</summary>
    internal static void CheckWordNet(string? wordnet)
    {
        if (wordnet is null) return;
        if (!File.Exists(Path.Combine(wordnet, "data.noun")) || !File.Exists(Path.Combine(wordnet, "data.verb")))
            throw new ArgumentException($"--wordnet: '{wordnet}' holds no WordNet 3.0 database (data.noun, data.verb, index.*); on Debian `apt-get install wordnet-base` puts it in /usr/share/wordnet");
    }
}
