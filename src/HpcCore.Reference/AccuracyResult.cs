namespace HpcCore.Reference;

/// <summary>What a sweep found for one function.</summary>
/// <param name="Function">Catalog name, e.g. "Exp(float)".</param>
/// <param name="Inputs">How many inputs were checked.</param>
/// <param name="MaxUlp">The largest error found, in ULPs.</param>
/// <param name="WorstInput">The arguments with that error, as text: "1.5", or "(1.5, -2)" for a two-argument function.</param>
/// <param name="NotCorrectlyRounded">How many results differ from the correctly rounded one.</param>
/// <param name="Exhaustive">Whether every input of the format was checked.</param>
public sealed record AccuracyResult(string Function, long Inputs, double MaxUlp, string WorstInput, long NotCorrectlyRounded, bool Exhaustive)
{
    /// <summary>Combines the results of two disjoint sets of inputs.</summary>
    public AccuracyResult Merge(AccuracyResult other) => new(Function, Inputs + other.Inputs,
        MaxUlp >= other.MaxUlp ? MaxUlp : other.MaxUlp, MaxUlp >= other.MaxUlp ? WorstInput : other.WorstInput,
        NotCorrectlyRounded + other.NotCorrectlyRounded, Exhaustive && other.Exhaustive);
}
