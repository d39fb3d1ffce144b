namespace Dyad.Coding;

/// <summary>The dependency relations the coder distinguishes, from UD v2 labels and their UD v1 spellings.</summary>
internal enum Rel : byte
{
    Other, Root, Nsubj, NsubjPass, Csubj, Obj, Iobj, Obl, OblAgent, Nmod, NmodPoss, Case, Mark, Advmod, Neg,
    Aux, AuxPass, Cop, Xcomp, Ccomp, Advcl, Acl, AclRelcl, Conj, Cc, Compound, CompoundPrt, Amod, Appos, Flat,
    Det, Punct, Parataxis, Nummod,
}

/// <summary>Maps a DEPREL string to <see cref="Rel"/> without allocating.</summary>
internal static class RelNames
{
    public static Rel FromDepRel(string? d) => d switch
    {
        null => Rel.Other,
        "root" => Rel.Root,
        "nsubj" or "nsubj:outer" or "expl" => Rel.Nsubj,
        "nsubj:pass" or "nsubjpass" => Rel.NsubjPass,
        "csubj" or "csubj:pass" or "csubjpass" => Rel.Csubj,
        "obj" or "dobj" => Rel.Obj,
        "iobj" => Rel.Iobj,
        "obl" or "obl:npmod" or "obl:tmod" or "nmod:tmod" or "nmod:npmod" => Rel.Obl,
        "obl:agent" or "nmod:agent" => Rel.OblAgent,
        "nmod" or "nmod:unmarked" => Rel.Nmod,
        "nmod:poss" or "poss" => Rel.NmodPoss,
        "case" => Rel.Case,
        "mark" => Rel.Mark,
        "advmod" => Rel.Advmod,
        "neg" => Rel.Neg,
        "aux" => Rel.Aux,
        "aux:pass" or "auxpass" => Rel.AuxPass,
        "cop" => Rel.Cop,
        "xcomp" => Rel.Xcomp,
        "ccomp" => Rel.Ccomp,
        "advcl" or "advcl:relcl" => Rel.Advcl,
        "acl" => Rel.Acl,
        "acl:relcl" => Rel.AclRelcl,
        "conj" => Rel.Conj,
        "cc" or "cc:preconj" => Rel.Cc,
        "compound" or "flat" or "flat:name" or "name" or "mwe" or "fixed" or "goeswith" => Rel.Compound,
        "compound:prt" or "prt" => Rel.CompoundPrt,
        "amod" => Rel.Amod,
        "appos" => Rel.Appos,
        "det" or "det:predet" or "predet" => Rel.Det,
        "punct" => Rel.Punct,
        "parataxis" => Rel.Parataxis,
        "nummod" => Rel.Nummod,
        _ => Rel.Other,
    };
}
