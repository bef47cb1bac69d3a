using static HpcCore.Lane;

namespace HpcCore;

// log1p(x) = log(u) + log(1 + uError/u), u = 1 + x rounded and uError its exact rounding error (2Sum).
// - log(u) is the Log core (exponent, head and tail); log(1 + ε) = ε to far below an ULP here (|ε| ≤ 2^-24 (float)),
//   so uError/u joins the tail. For |x| < ½ ULP of 1, u = 1 and the result is x itself, as it should be.
// - Special values: log1p(−1) = −∞, log1p(x < −1) = NaN, log1p(+∞) = +∞, NaN; ±0 is returned as is (the sum would
//   give +0 for −0).
public static partial class HpcMath
{
    /// <summary>Returns the natural logarithm of 1 + <paramref name="x"/>, accurate also for x near 0.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>ln(1 + x); ±0 for ±0, −∞ for −1, NaN below −1 and for NaN, +∞ for +∞.</returns>
    [Vectorize("LogP1", MaxUlp = 1.0, Domain = "all floats", Reference = "log1p")]
    private static float LogP1Single(float x)
    {
        float u = 1.0f + x;
        float uError = TwoSumErrorSingle(1.0f, x, u);
        float f = LogFractionSingle(u);
        float k = LogExponentSingle(u);
        float tail = Fma(k, Ln2LoF, Log1pTailSingle(f) + uError / u);
        float y = LogSpecialSingle(u, LogSumSingle(k * Ln2HiF, Log1pHeadSingle(f), tail));
        return Select(x == 0.0f, x, y);
    }

    /// <summary>Returns the natural logarithm of 1 + <paramref name="x"/>, accurate also for x near 0.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>ln(1 + x); ±0 for ±0, −∞ for −1, NaN below −1 and for NaN, +∞ for +∞.</returns>
    [Vectorize("LogP1", MaxUlp = 1.0, Domain = "all doubles", Reference = "log1p")]
    internal static double LogP1Double(double x)
    {
        double u = 1.0 + x;
        double uError = TwoSumErrorDouble(1.0, x, u);
        double f = LogFractionDouble(u);
        double k = LogExponentDouble(u);
        double tail = Fma(k, Ln2Lo, Log1pTailDouble(f) + uError / u);
        double y = LogSpecialDouble(u, LogSumDouble(k * Ln2Hi, Log1pHeadDouble(f), tail));
        return Select(x == 0.0, x, y);
    }
}
