using System.Collections.Frozen;

namespace Dyad.Formats;

/// <summary>A built-in ISO 3166 alpha-2 → FIPS 10-4 country crosswalk for GDELT's geo fields (GDELT uses FIPS, not ISO).</summary>
/// <remarks>
/// Only the codes that differ are listed; every other ISO code is its own FIPS code. The gazetteer's full crosswalk
/// replaces this when it is loaded (GdeltEventWriter takes any Func&lt;string, string?&gt;).
/// </remarks>
public static class FipsCountries
{
    // Pairs ISO:FIPS. Source: the FIPS 10-4 and ISO 3166-1 country lists (CIA World Factbook appendix D).
    private const string Differing =
        "AD:AN AG:AC AI:AV AQ:AY AS:AQ AT:AU AU:AS AW:AA AZ:AJ BA:BK BD:BG BF:UV BG:BU BH:BA BI:BY BJ:BN BL:TB BM:BD BN:BX " +
        "BO:BL BS:BF BW:BC BY:BO BZ:BH CC:CK CD:CG CF:CT CG:CF CH:SZ CI:IV CK:CW CL:CI CN:CH CR:CS CW:UC CX:KT CZ:EZ " +
        "DE:GM DK:DA DM:DO DO:DR DZ:AG EE:EN EH:WI ES:SP GA:GB GB:UK GD:GJ GE:GG GF:FG GG:GK GM:GA GN:GV GQ:EK GS:SX GU:GQ " +
        "GW:PU HN:HO HT:HA IE:EI IL:IS IQ:IZ IS:IC JP:JA KH:CB KI:KR KM:CN KN:SC KP:KN KR:KS KW:KU KY:CJ LB:LE LC:ST LI:LS " +
        "LK:CE LR:LI LS:LT LT:LH LV:LG MA:MO MC:MN ME:MJ MF:RN MG:MA MH:RM MM:BM MN:MG MO:MC MP:CQ MQ:MB MS:MH MU:MP MW:MI " +
        "NA:WA NE:NG NG:NI NI:NU NU:NE OM:MU PA:PM PF:FP PG:PP PH:RP PM:SB PN:PC PR:RQ PS:WE PT:PO PW:PS PY:PA RS:RI RU:RS " +
        "SB:BP SC:SE SD:SU SE:SW SG:SN SJ:SV SK:LO SN:SG SR:NS SS:OD ST:TP SV:ES SX:NN SZ:WZ TC:TK TD:CD TF:FS TG:TO TJ:TI " +
        "TK:TL TL:TT TM:TX TN:TS TO:TN TR:TU TT:TD UA:UP VA:VT VG:VI VI:VQ VN:VM VU:NH YE:YM YT:MF ZA:SF ZM:ZA ZW:ZI XK:KV";

    private static readonly FrozenDictionary<string, string> Map = Differing.Split(' ')
        .ToFrozenDictionary(p => p[..2], p => p[3..], StringComparer.OrdinalIgnoreCase);

    /// <summary>The FIPS 10-4 code of an ISO alpha-2 country, or null for a value that is not two letters.</summary>
    public static string? FromIso2(string iso2)
    {
        if (iso2 is not { Length: 2 } || !char.IsAsciiLetter(iso2[0]) || !char.IsAsciiLetter(iso2[1])) return null;
        return Map.TryGetValue(iso2, out var fips) ? fips : iso2.ToUpperInvariant();
    }
}
