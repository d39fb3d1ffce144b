using Dyad.Formats;
using Dyad.Training;

namespace Dyad.Tests.Parsing;

/// <summary>A hand-made CoNLL-U treebank of short news-like sentences, small enough to train on in milliseconds.</summary>
internal static class TinyTreebank
{
    public const string Conllu = """
# text = The army attacked the rebels.
1	The	the	DET	DT	_	2	det	_	_
2	army	army	NOUN	NN	_	3	nsubj	_	_
3	attacked	attack	VERB	VBD	_	0	root	_	_
4	the	the	DET	DT	_	5	det	_	_
5	rebels	rebel	NOUN	NNS	_	3	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	3	punct	_	_

# text = Police arrested two protesters in Paris.
1	Police	police	NOUN	NNS	_	2	nsubj	_	_
2	arrested	arrest	VERB	VBD	_	0	root	_	_
3	two	two	NUM	CD	_	4	nummod	_	_
4	protesters	protester	NOUN	NNS	_	2	obj	_	_
5	in	in	ADP	IN	_	6	case	_	_
6	Paris	Paris	PROPN	NNP	_	2	obl	_	SpaceAfter=No
7	.	.	PUNCT	.	_	2	punct	_	_

# text = Iran said it will meet the envoy.
1	Iran	Iran	PROPN	NNP	_	2	nsubj	_	_
2	said	say	VERB	VBD	_	0	root	_	_
3	it	it	PRON	PRP	_	5	nsubj	_	_
4	will	will	AUX	MD	_	5	aux	_	_
5	meet	meet	VERB	VB	_	2	ccomp	_	_
6	the	the	DET	DT	_	7	det	_	_
7	envoy	envoy	NOUN	NN	_	5	obj	_	SpaceAfter=No
8	.	.	PUNCT	.	_	2	punct	_	_

# text = The minister visited Baghdad on Monday.
1	The	the	DET	DT	_	2	det	_	_
2	minister	minister	NOUN	NN	_	3	nsubj	_	_
3	visited	visit	VERB	VBD	_	0	root	_	_
4	Baghdad	Baghdad	PROPN	NNP	_	3	obj	_	_
5	on	on	ADP	IN	_	6	case	_	_
6	Monday	Monday	PROPN	NNP	_	3	obl	_	SpaceAfter=No
7	.	.	PUNCT	.	_	3	punct	_	_

# text = Rebels fired rockets at the city.
1	Rebels	rebel	NOUN	NNS	_	2	nsubj	_	_
2	fired	fire	VERB	VBD	_	0	root	_	_
3	rockets	rocket	NOUN	NNS	_	2	obj	_	_
4	at	at	ADP	IN	_	6	case	_	_
5	the	the	DET	DT	_	6	det	_	_
6	city	city	NOUN	NN	_	2	obl	_	SpaceAfter=No
7	.	.	PUNCT	.	_	2	punct	_	_

# text = The talks ended without a deal.
1	The	the	DET	DT	_	2	det	_	_
2	talks	talk	NOUN	NNS	_	3	nsubj	_	_
3	ended	end	VERB	VBD	_	0	root	_	_
4	without	without	ADP	IN	_	6	case	_	_
5	a	a	DET	DT	_	6	det	_	_
6	deal	deal	NOUN	NN	_	3	obl	_	SpaceAfter=No
7	.	.	PUNCT	.	_	3	punct	_	_

""";

    public static List<TreebankSentence> Sentences() =>
        [.. ConlluReader.Read(new StringReader(Conllu)).Select(TreebankSentence.From)];

    public static List<ConlluSentence> Conll() => [.. ConlluReader.Read(new StringReader(Conllu))];
}
