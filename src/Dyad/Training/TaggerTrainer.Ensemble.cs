using Dyad.Learning;
using Dyad.Tagging;

namespace Dyad.Training;

public sealed partial class TaggerTrainer
{
    /// <summary>Seeds trained and averaged into one model (1: the plain tagger).</summary>
    /// <remarks>Members take seeds <see cref="Seed"/>, Seed + 1, …, each trained as the plain tagger is; their first-pass
    /// weights are averaged, and their second-pass weights, so the model scores as the mean of the members' scores at one
    /// model's lookup cost. The tag dictionary and ambiguity classes come from train alone, the same for every seed.</remarks>
    public int Ensemble { get; init; } = 1;

    /// <summary>The first-pass epoch each ensemble member kept (one entry for the plain tagger).</summary>
    public IReadOnlyList<int> MemberEpochs { get; private set; } = [];

    /// <summary>A member of an ensemble returns its second pass unconditionally and ungated: the ensemble decides both on
    /// the averaged model, whose scores have a different spread from any member's.</summary>
    private bool KeepSecondPass { get; init; }

    private TaggerModel TrainEnsemble(IReadOnlyList<TreebankSentence> train, IReadOnlyList<TreebankSentence> dev)
    {
        var members = new List<TaggerModel>();
        var epochs = new List<int>();
        for (int k = 0; k < Ensemble; k++)
        {
            int seed = Seed + k;
            string prefix = $"member {k + 1}/{Ensemble} (seed {seed}): ";
            var member = Derived(seed, MaxEpochs, Patience, RefineFolds, keepSecondPass: true, line => Log(prefix + line));
            var model = member.Train(train, dev);
            if (members.Count > 0 && !model.Xpos.SequenceEqual(members[0].Xpos))
                throw new InvalidOperationException("ensemble members disagree on the tag classes");
            members.Add(model);
            epochs.Add(member.BestEpoch);
        }
        MemberEpochs = epochs;
        BestEpoch = epochs[0];
        var head = members[0];
        var onePass = new TaggerModel(PerceptronModel.Average([.. members.Select(m => m.Weights)]), head.Xpos, head.Upos, head.TagDictionary, head.Ambiguity, null, names: Names);
        var firstScore = Evaluate(onePass, dev);
        Log($"tagger ensemble of {Ensemble}, first pass averaged: dev {firstScore}  features {onePass.Weights.FeatureCount}");
        DevScore = firstScore;
        if (members.Any(m => m.Refiner is null)) return onePass;
        var refiner = PerceptronModel.Average([.. members.Select(m => m.Refiner!)]);
        var twoPass = new TaggerModel(onePass.Weights, head.Xpos, head.Upos, head.TagDictionary, head.Ambiguity, refiner, names: Names);
        var score = Evaluate(twoPass, dev);
        Log($"tagger ensemble of {Ensemble}, both passes averaged, every word re-tagged: dev {score}  features {refiner.FeatureCount}");
        if (score.Upos <= firstScore.Upos) return onePass;
        DevScore = score;
        return ChooseRefineMargin(twoPass, dev);
    }
}
