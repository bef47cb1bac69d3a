using static HpcCore.Lane;

namespace HpcCore;

// log1p(x) = log(u + uError), u = 1 + x rounded and uError its exact rounding error (2Sum).
// - float: the table reduction of the float Log (LogTable.cs): u = 2^e·m, r = m·c_j − 1 exact, and uError enters as
//   δ = uError·2^-e·c_j, so log1p x = e·ln 2 − ln c_j + log(1 + r + δ), with log(1 + r + δ) = r + r²·p(r) + δ·(1 − r)
//   to within δ·r² + δ² (|r| < 2^-4, |δ| ≤ 2^-24 relative to 1 + r): no division. Near x = 0, u is in the interval
//   whose c_j = 1, so the result is r + δ + … with nothing cancelling; for |x| < ½ ULP of 1, u = 1, r = 0 and the
//   result is x itself, as it should be.
// - double: log(u) is the Log core (exponent, head and tail); log(1 + ε) = ε to far below an ULP here (|ε| ≤ 2^-53),
//   so uError/u joins the tail.
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
        int bits = LogTableBitsSingle(u);
        float e = LogTableExponentSingle(bits);
        float r = LogTableRSingle(bits);
        float delta = ScaleB(TwoSumErrorSingle(1.0f, x, u), -e) * LogTableInverseSingle(bits);
        float y = LogTableSumSingle(bits, e, LogTableLowSingle(bits, e) + Fma(-delta, r, delta));
        // 1 + x is 0 or at least 2^-24 in magnitude, never subnormal: the rare lanes are the special values alone.
        return Select(x == 0.0f, x, SelectRarely(IsLogRareSingle(u), LogSpecialSingle(u, 0.0f), y));
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
