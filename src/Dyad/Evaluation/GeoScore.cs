namespace Dyad.Evaluation;

/// <summary>Geocoding figures for one set of articles: toponym recall and accuracy within 161 km (100 miles) of the gold point.</summary>
public sealed record GeoScore(string Split, int Articles, int Gold, int Recalled, int Accurate, int Predicted, int PredictedOnGold,
    double MedianErrorKm, double MeanErrorKm)
{
    public const double AccuracyKm = 161;
    public double Recall => Gold == 0 ? 0 : (double)Recalled / Gold;
    public double AccuracyOfRecalled => Recalled == 0 ? 0 : (double)Accurate / Recalled;
    public double Precision => Predicted == 0 ? 0 : (double)PredictedOnGold / Predicted;

    public override string ToString() =>
        $"{Split,-9} articles {Articles,3}  gold {Gold,5}  recall {Recall:P1}  accuracy@161km {AccuracyOfRecalled:P1} " +
        $"({Accurate}/{Recalled})  precision {Precision:P1}  median error {MedianErrorKm:0} km  mean error {MeanErrorKm:0} km";
}
