namespace Dyad.Cli;

/// <summary>Bad input from the user (a missing file, a bad option value): printed as one line, exit code 2.</summary>
internal sealed class CliInputException(string message) : Exception(message);
