using Dyad.Quotes;
using Dyad.Tests.Coding;

namespace Dyad.Tests.Quotes;

public sealed class QuoteFinderTests
{
    [Fact]
    public void Process_CurlyQuoteWithPronoun_AttributesToEarlierPerson()
    {
        var doc = new ParsedSentenceBuilder()
            .Sentence(
                "1 Hussein Hussein PROPN NNP 3 nsubj @IRQGOV/PER",
                "2 Allawi Allawi PROPN NNP 1 flat +",
                "3 spoke speak VERB VBD 0 root",
                "4 . . PUNCT . 3 punct")
            .Sentence(
                "1 \u201C \u201C PUNCT `` 3 punct",
                "2 Iraq Iraq PROPN NNP 3 nsubj @IRQ",
                "3 believes believe VERB VBZ 0 root",
                "4 a a DET DT 5 det",
                "5 ceasefire ceasefire NOUN NN 7 nsubj",
                "6 is be AUX VBZ 7 cop",
                "7 key key ADJ JJ 3 ccomp",
                "8 , , PUNCT , 3 punct",
                "9 \u201D \u201D PUNCT '' 3 punct",
                "10 he he PRON PRP 11 nsubj",
                "11 added add VERB VBD 3 parataxis",
                "12 . . PUNCT . 3 punct")
            .Build();
        new QuoteFinder().Process(doc);
        var q = Assert.Single(doc.Quotes, q => q.Direct);
        Assert.StartsWith(" Iraq believes", q.Text);
        Assert.Equal("Hussein Allawi", q.Speaker);
        Assert.Equal("IRQGOV", q.SpeakerActor);
    }

    [Fact]
    public void Process_StraightQuoteAcrossSentences_IsOneQuote()
    {
        var doc = new ParsedSentenceBuilder()
            .Sentence(
                "1 Blinken Blinken PROPN NNP 2 nsubj @USAGOV/PER",
                "2 said say VERB VBD 0 root",
                "3 \" \" PUNCT `` 5 punct",
                "4 Iran Iran PROPN NNP 5 nsubj @IRN",
                "5 must must AUX MD 2 ccomp",
                "6 stop stop VERB VB 5 xcomp",
                "7 . . PUNCT . 2 punct")
            .Sentence(
                "1 It it PRON PRP 2 nsubj",
                "2 must must AUX MD 0 root",
                "3 stop stop VERB VB 2 xcomp",
                "4 now now ADV RB 3 advmod",
                "5 . . PUNCT . 2 punct",
                "6 \" \" PUNCT '' 2 punct")
            .Build();
        new QuoteFinder().Process(doc);
        var q = Assert.Single(doc.Quotes, q => q.Direct);
        Assert.Contains("Iran must stop", q.Text);
        Assert.Contains("It must stop now", q.Text);
        Assert.Equal("Blinken", q.Speaker);
    }

    [Fact]
    public void Process_SaidThatAndAccordingTo_AreIndirectQuotes()
    {
        var doc = new ParsedSentenceBuilder()
            .Sentence(
                "1 Blinken Blinken PROPN NNP 2 nsubj @USAGOV/PER",
                "2 said say VERB VBD 0 root",
                "3 Iran Iran PROPN NNP 4 nsubj @IRN",
                "4 attacked attack VERB VBD 2 ccomp",
                "5 Israel Israel PROPN NNP 4 obj @ISR",
                "6 . . PUNCT . 2 punct")
            .Sentence(
                "1 Blinken Blinken PROPN NNP 2 nsubj @USAGOV/PER",
                "2 delayed delay VERB VBD 0 root",
                "3 the the DET DT 4 det",
                "4 trip trip NOUN NN 2 obj",
                "5 , , PUNCT , 8 punct",
                "6 according accord VERB VBG 8 case",
                "7 to to ADP IN 6 fixed",
                "8 Axios Axios PROPN NNP 2 obl @-",
                "9 . . PUNCT . 2 punct")
            .Build();
        new QuoteFinder().Process(doc);
        Assert.All(doc.Quotes, q => Assert.False(q.Direct));
        Assert.Contains(doc.Quotes, q => q.Text == "Iran attacked Israel" && q.Speaker == "Blinken");
        Assert.Contains(doc.Quotes, q => q.Text == "Blinken delayed the trip" && q.Speaker == "Axios");
    }

    [Fact]
    public void Process_ScareQuote_IsNotAQuotation()
    {
        var doc = new ParsedSentenceBuilder().Sentence(
            "1 He he PRON PRP 2 nsubj",
            "2 cited cite VERB VBD 0 root",
            "3 \u201C \u201C PUNCT `` 4 punct",
            "4 uncertainty uncertainty NOUN NN 2 obj",
            "5 \u201D \u201D PUNCT '' 4 punct").Build();
        new QuoteFinder().Process(doc);
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void QuoteSpans_UnclosedQuote_EndsAtParagraph()
    {
        const string text = "\"open never\n\nclosed \"a b c\" end";
        var spans = QuoteFinder.QuoteSpans(text).ToArray();
        Assert.Equal([(text.IndexOf("\"a", StringComparison.Ordinal), text.IndexOf("\" end", StringComparison.Ordinal) + 1)], spans);
    }
}
