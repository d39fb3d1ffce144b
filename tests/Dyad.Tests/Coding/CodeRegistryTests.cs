using Dyad.Coding;
using Dyad.TestSupport;

namespace Dyad.Tests.Coding;

public sealed class CodeRegistryTests
{
    private static readonly string TablePath = Path.Combine(RepoPaths.Root, "data", CodeRegistry.FileName);

    [Fact]
    public void Load_ShippedTable_HasVersionAndEveryRoot()
    {
        var reg = CodeRegistry.Load(TablePath);
        Assert.Equal("dyad-cameo-2024.1", reg.Version);
        for (int root = 1; root <= 20; root++)
            Assert.True(reg.Contains(root.ToString("00")), $"root {root:00} missing");
        Assert.True(reg.Count >= 300);
    }

    [Fact]
    public void Load_ShippedTable_KeepsGdeltAndIcewsValuesApart()
    {
        var reg = CodeRegistry.Load(TablePath);
        Assert.True(reg.TryGet("041", out var call));
        Assert.Equal("04", call.Root);
        Assert.Equal(1, call.QuadClass);
        Assert.Equal("CONSULT", call.Plover);
        Assert.True(reg.TryGet("141", out var demo));
        Assert.Equal(3, demo.QuadClass); // GDELT groups protest with verbal conflict.
        Assert.True(reg.TryGet("016", out var deny));
        Assert.NotEqual(deny.Goldstein, deny.GoldsteinIcews);
        Assert.True(reg.TryGet("190", out var force));
        Assert.Equal(4, force.QuadClass);
        Assert.Equal(-10.0, force.Goldstein);
    }

    [Fact]
    public void Read_MissingVersion_Throws()
    {
        var ex = Assert.Throws<FormatException>(() => CodeRegistry.Read(new StringReader("code\tname\n010\tx\t01\t1\t0\t\t\t\n")));
        Assert.Contains("version", ex.Message);
    }

    /// <summary>The committed table is exactly what the builder makes from ../shared/data (set DYAD_REGENERATE=1 to rewrite it).</summary>
    [SharedDataFact("cameo/cameo_event_codes_goldstein.tsv")]
    public void Builder_FromSharedData_MatchesCommittedTable()
    {
        var sw = new StringWriter { NewLine = "\n" };
        CodeTableBuilder.Write(Dyad.Processing.ProjectPaths.SharedData!, sw);
        if (Environment.GetEnvironmentVariable("DYAD_REGENERATE") == "1") File.WriteAllText(TablePath, sw.ToString());
        Assert.Equal(sw.ToString(), File.ReadAllText(TablePath));
    }
}
