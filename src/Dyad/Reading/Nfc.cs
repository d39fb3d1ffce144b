using System.Text;

namespace Dyad.Reading;

/// <summary>Unicode NFC composition for the scripts news text uses, working under invariant globalization.</summary>
/// <remarks>
/// With InvariantGlobalization=true, <see cref="string.Normalize()"/> returns non-ASCII text unchanged (measured on
/// .NET 10: "e\u0301".Normalize() keeps both chars), and the product must not depend on ICU being installed. So
/// this composes a base letter with a following combining mark from a table of the canonical pairs for Latin,
/// Greek and Cyrillic (generated with Python's unicodedata: every precomposed char in U+00C0–024F, 0386–03CE,
/// 0400–04FF, 1E00–1FFF whose canonical decomposition is base + mark and which recomposes under NFC), plus
/// Hangul syllables by formula. Marks out of canonical order are left as they are.
/// </remarks>
internal static class Nfc
{
    public static string Compose(string text)
    {
        var first = IndexOfComposable(text);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (sb.Length > 0 && TryCompose(sb[^1], c, out var composed)) sb[^1] = composed;
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static int IndexOfComposable(string text)
    {
        var span = text.AsSpan();
        var mark = span.IndexOfAnyInRange('\u0300', '\u0345');
        var jamo = span.IndexOfAnyInRange('\u1161', '\u11C2');
        return mark < 0 ? jamo : jamo < 0 ? mark : Math.Min(mark, jamo);
    }

    private static bool TryCompose(char first, char second, out char composed)
    {
        // Hangul: Unicode 15, section 3.12 (L + V -> LV, LV + T -> LVT).
        const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7, VCount = 21, TCount = 28;
        if (first is >= '\u1100' and <= '\u1112' && second is >= '\u1161' and <= '\u1175')
        {
            composed = (char)(SBase + ((first - LBase) * VCount + (second - VBase)) * TCount);
            return true;
        }
        if (first is >= '\uAC00' and <= '\uD7A3' && (first - SBase) % TCount == 0 && second is > '\u11A7' and <= '\u11C2')
        {
            composed = (char)(first + (second - TBase));
            return true;
        }
        if (Pairs.TryGetValue(first << 16 | second, out composed)) return true;
        // Marks out of canonical order ("ô" + dot below): reorder by combining class, then compose both.
        if (Decomposed.TryGetValue(first, out var parts) && CombiningClass(second) < CombiningClass(parts.Mark)
            && Pairs.TryGetValue(parts.Base << 16 | second, out var inner) && Pairs.TryGetValue(inner << 16 | parts.Mark, out composed))
            return true;
        composed = '\0';
        return false;
    }

    /// <summary>Unicode canonical combining class for the marks in the table (202 attached below, 216 horn, 220 below, 240 iota, 230 above).</summary>
    private static int CombiningClass(char mark) => mark switch
    {
        '\u0327' or '\u0328' => 202,
        '\u031B' => 216,
        >= '\u0323' and <= '\u0333' => 220,
        '\u0345' => 240,
        _ => 230,
    };

    private static Dictionary<char, (char Base, char Mark)> BuildDecomposed()
    {
        var decomposed = new Dictionary<char, (char, char)>(800);
        foreach (var (mark, list) in Table)
            for (var i = 0; i + 1 < list.Length; i += 2)
                decomposed[list[i + 1]] = (list[i], mark);
        return decomposed;
    }

    private static Dictionary<int, char> BuildPairs()
    {
        var pairs = new Dictionary<int, char>(800);
        foreach (var (mark, list) in Table)
            for (var i = 0; i + 1 < list.Length; i += 2)
                pairs[list[i] << 16 | mark] = list[i + 1];
        return pairs;
    }

    // For each combining mark: base, composed, base, composed, ...
    private static readonly Dictionary<char, string> Table = new()
    {
        ['\u0300'] = "AÀEÈIÌOÒUÙaàeèiìoòuùÜǛüǜNǸnǹĒḔēḕŌṐōṑWẀwẁÂẦâầĂẰăằÊỀêềÔỒôồƠỜơờƯỪưừYỲyỳЕЀИЍеѐиѝἀἂἁἃἈἊἉἋἐἒἑἓἘἚἙἛἠἢἡἣἨἪἩἫἰἲἱἳἸἺἹἻὀὂὁὃὈὊὉὋὐὒὑὓὙὛὠὢὡὣὨὪὩὫαὰεὲηὴιὶοὸυὺωὼΑᾺΕῈΗῊ᾿῍ϊῒΙῚ῾῝ϋῢΥῪ¨῭ΟῸΩῺ",
        ['\u0301'] = "AÁEÉIÍOÓUÚYÝaáeéiíoóuúyýCĆcćLĹlĺNŃnńRŔrŕSŚsśZŹzźÜǗüǘGǴgǵÅǺåǻÆǼæǽØǾøǿÇḈçḉĒḖēḗÏḮïḯKḰkḱMḾmḿÕṌõṍŌṒōṓPṔpṕŨṸũṹWẂwẃÂẤâấĂẮăắÊẾêếÔỐôốƠỚơớƯỨưứΑΆΕΈΗΉΙΊΟΌΥΎΩΏϊΐαάεέηήιίϋΰοόυύωώГЃКЌгѓкќἀἄἁἅἈἌἉἍἐἔἑἕἘἜἙἝἠἤἡἥἨἬἩἭἰἴἱἵἸἼἹἽὀὄὁὅὈὌὉὍὐὔὑὕὙὝὠὤὡὥὨὬὩὭ᾿῎῾῞",
        ['\u0302'] = "AÂEÊIÎOÔUÛaâeêiîoôuûCĈcĉGĜgĝHĤhĥJĴjĵSŜsŝWŴwŵYŶyŷZẐzẑẠẬạậẸỆẹệỌỘọộ",
        ['\u0303'] = "AÃNÑOÕaãnñoõIĨiĩUŨuũVṼvṽÂẪâẫĂẴăẵEẼeẽÊỄêễÔỖôỗƠỠơỡƯỮưữYỸyỹ",
        ['\u0304'] = "AĀaāEĒeēIĪiīOŌoōUŪuūÜǕüǖÄǞäǟȦǠȧǡÆǢæǣǪǬǫǭÖȪöȫÕȬõȭȮȰȯȱYȲyȳGḠgḡḶḸḷḹṚṜṛṝИӢиӣУӮуӯαᾱΑᾹιῑΙῙυῡΥῩ",
        ['\u0306'] = "AĂaăEĔeĕGĞgğIĬiĭOŎoŏUŬuŭȨḜȩḝẠẶạặУЎИЙийуўЖӁжӂАӐаӑЕӖеӗαᾰΑᾸιῐΙῘυῠΥῨ",
        ['\u0307'] = "CĊcċEĖeėGĠgġIİZŻzżAȦaȧOȮoȯBḂbḃDḊdḋFḞfḟHḢhḣMṀmṁNṄnṅPṖpṗRṘrṙSṠsṡŚṤśṥŠṦšṧṢṨṣṩTṪtṫWẆwẇXẊxẋYẎyẏſẛ",
        ['\u0308'] = "AÄEËIÏOÖUÜaäeëiïoöuüyÿYŸHḦhḧÕṎõṏŪṺūṻWẄwẅXẌxẍtẗΙΪΥΫιϊυϋЕЁІЇеёіїАӒаӓӘӚәӛЖӜжӝЗӞзӟИӤиӥОӦоӧӨӪөӫЭӬэӭУӰуӱЧӴчӵЫӸыӹ",
        ['\u0309'] = "AẢaảÂẨâẩĂẲăẳEẺeẻÊỂêểIỈiỉOỎoỏÔỔôổƠỞơởUỦuủƯỬưửYỶyỷ",
        ['\u030A'] = "AÅaåUŮuůwẘyẙ",
        ['\u030B'] = "OŐoőUŰuűУӲуӳ",
        ['\u030C'] = "CČcčDĎdďEĚeěLĽlľNŇnňRŘrřSŠsšTŤtťZŽzžAǍaǎIǏiǐOǑoǒUǓuǔÜǙüǚGǦgǧKǨkǩƷǮʒǯjǰHȞhȟ",
        ['\u030F'] = "AȀaȁEȄeȅIȈiȉOȌoȍRȐrȑUȔuȕѴѶѵѷ",
        ['\u0311'] = "AȂaȃEȆeȇIȊiȋOȎoȏRȒrȓUȖuȗ",
        ['\u0313'] = "αἀΑἈεἐΕἘηἠΗἨιἰΙἸοὀΟὈυὐωὠΩὨρῤ",
        ['\u0314'] = "αἁΑἉεἑΕἙηἡΗἩιἱΙἹοὁΟὉυὑΥὙωὡΩὩρῥΡῬ",
        ['\u031B'] = "OƠoơUƯuư",
        ['\u0323'] = "BḄbḅDḌdḍHḤhḥKḲkḳLḶlḷMṂmṃNṆnṇRṚrṛSṢsṣTṬtṭVṾvṿWẈwẉZẒzẓAẠaạEẸeẹIỊiịOỌoọƠỢơợUỤuụƯỰưựYỴyỵ",
        ['\u0324'] = "UṲuṳ",
        ['\u0325'] = "AḀaḁ",
        ['\u0326'] = "SȘsșTȚtț",
        ['\u0327'] = "CÇcçGĢgģKĶkķLĻlļNŅnņRŖrŗSŞsşTŢtţEȨeȩDḐdḑHḨhḩ",
        ['\u0328'] = "AĄaąEĘeęIĮiįUŲuųOǪoǫ",
        ['\u032D'] = "DḒdḓEḘeḙLḼlḽNṊnṋTṰtṱUṶuṷ",
        ['\u032E'] = "HḪhḫ",
        ['\u0330'] = "EḚeḛIḬiḭUṴuṵ",
        ['\u0331'] = "BḆbḇDḎdḏKḴkḵLḺlḻNṈnṉRṞrṟTṮtṯZẔzẕhẖ",
        ['\u0342'] = "ἀἆἁἇἈἎἉἏἠἦἡἧἨἮἩἯἰἶἱἷἸἾἹἿὐὖὑὗὙὟὠὦὡὧὨὮὩὯαᾶ¨῁ηῆ᾿῏ιῖϊῗ῾῟υῦϋῧωῶ",
        ['\u0345'] = "ἀᾀἁᾁἂᾂἃᾃἄᾄἅᾅἆᾆἇᾇἈᾈἉᾉἊᾊἋᾋἌᾌἍᾍἎᾎἏᾏἠᾐἡᾑἢᾒἣᾓἤᾔἥᾕἦᾖἧᾗἨᾘἩᾙἪᾚἫᾛἬᾜἭᾝἮᾞἯᾟὠᾠὡᾡὢᾢὣᾣὤᾤὥᾥὦᾦὧᾧὨᾨὩᾩὪᾪὫᾫὬᾬὭᾭὮᾮὯᾯὰᾲαᾳάᾴᾶᾷΑᾼὴῂηῃήῄῆῇΗῌὼῲωῳώῴῶῷΩῼ",
    };

    // Declared after Table: static initializers run in text order.
    private static readonly Dictionary<int, char> Pairs = BuildPairs();
    private static readonly Dictionary<char, (char Base, char Mark)> Decomposed = BuildDecomposed();
}
