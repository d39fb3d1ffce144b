using Dyad.Cli;

return await DyadApp.RunAsync(args);
