using System.CommandLine;
using Dyad.Cli;

var root = new RootCommand("Dyad: political event data from raw news text.");
foreach (var verb in Verbs.All())
    root.Subcommands.Add(verb);
return await root.Parse(args).InvokeAsync();
