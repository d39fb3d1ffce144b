using Dyad.Merging;

namespace Dyad.Tests.Merging;

public sealed class MergePolicyTests
{
    [Theory]
    [InlineData("043", "043", "code 043")]
    [InlineData("040", "043", "codes 040/043 on one branch")]
    [InlineData("042", "043", "")]
    public void CodesAgree_GivesAReasonOnlyForAYes(string a, string b, string reason)
    {
        bool agree = MergePolicy.Default.CodesAgree(a, b, out var why);
        Assert.Equal(reason.Length > 0, agree);
        Assert.Equal(reason, why);
    }

    [Fact]
    public void CodesAgree_ByRoot_NamesTheRoot()
    {
        Assert.True((MergePolicy.Default with { Codes = CodeMatch.Root }).CodesAgree("042", "043", out var why));
        Assert.Equal("root 04", why);
    }
}
