using Dyad.Formats;

namespace Dyad.Tests.Evaluation;

/// <summary>Tiny hand-made CoNLL-U documents for the scorer tests.</summary>
internal static class UdFixtures
{
    public const string TwoParagraphs = """
        # newdoc id = d1
        # newpar id = p1
        # sent_id = 1
        # text = Google's new.
        1-2	Google's	_	_	_	_	_	_	_	_
        1	Google	Google	PROPN	NNP	_	3	nmod:poss	_	_
        2	's	's	PART	POS	_	1	case	_	_
        3	new	new	ADJ	JJ	_	0	root	_	SpaceAfter=No
        4	.	.	PUNCT	.	_	3	punct	_	_

        # sent_id = 2
        # text = It works
        1	It	it	PRON	PRP	_	2	nsubj	_	_
        2	works	work	VERB	VBZ	_	0	root	_	_

        # newpar id = p2
        # sent_id = 3
        # text = Yes!
        1	Yes	yes	INTJ	UH	_	0	root	_	SpaceAfter=No
        2	!	!	PUNCT	.	_	1	punct	_	_


        """;

    public static List<ConlluSentence> Read(string conllu) => ConlluReader.Read(new StringReader(conllu.Replace("\r", ""))).ToList();
}
