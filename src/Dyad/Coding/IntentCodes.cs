namespace Dyad.Coding;

/// <summary>CAMEO's "express intent", "threaten" and "reject" codes for an announced or refused act: "Finland will give Tanzania a grant" is 0331.</summary>
/// <remarks>CAMEO codes the announcement of a future cooperative act as 03 (express intent to cooperate, with the
/// act's kind in the sub-code) and of a future coercive or violent one as 13 (threaten). The announced act itself
/// stays a `future` event; the announcement is what happened, so it is asserted.</remarks>
internal static class IntentCodes
{
    /// <summary>The 12x code for refusing to do <paramref name="code"/> ("refused to meet" is 125), or null when the act has none.</summary>
    public static string? Refusal(string code)
    {
        if (code.Length < 3) return null;
        return code[..2] switch
        {
            "03" or "05" => "120",
            "04" => "125",
            "06" => "121",
            "07" => "122",
            "08" => "124",
            _ => null,
        };
    }

    /// <summary>The 03x or 13x code announcing <paramref name="code"/>, or null when CAMEO has none.</summary>
    public static string? For(string code)
    {
        if (code.Length < 3) return null;
        return code switch
        {
            "071" => "0331",
            "072" => "0332",
            "073" => "0333",
            "074" => "0334",
            "081" => "0351",
            "082" => "0352",
            "084" or "0841" or "0842" => "0353",
            "085" => "0354",
            "086" => "0355",
            "087" or "0871" or "0872" or "0873" or "0874" => "0356",
            _ => code[..2] switch
            {
                "04" => "036",
                "05" => "032",
                "06" => "031",
                "07" => "033",
                "08" => "035",
                "14" => "133",
                "16" => "131",
                "17" => "137",
                "15" or "18" or "19" or "20" => "138",
                _ => null,
            },
        };
    }
}
