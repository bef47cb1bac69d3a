using static HpcCore.Lane;

namespace HpcCore;

// log2(x) = e + log(1 + f)·log2(e), with e, f and log(1 + f) = a + tail from the Log core.
// - a·log2(e) is kept as head + tail: the product's error by Fma, a times the tail of log2(e), and the Log core's tail
//   times log2(e) form the low part.
// - e + head is summed with its rounding error recovered (LogSum, Fast2Sum: |e| ≥ 1 > |head|, or e = 0 and the sum is
//   exact), so the result is rounded once more at the end and the error stays near 0.5 ULP. log2 of 2^n is exact.
public static partial class HpcMath
{
    private const float Log2EHeadF = 1.4426950216293335f;              // log2(e) rounded to float
    private const float Log2ETailF = 1.925963033500011e-08f;           // log2(e) − Log2EHeadF

    /// <summary>Returns the base 2 logarithm of <paramref name="x"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>log2 x, exact for powers of two; −∞ for ±0, NaN for negative x and NaN, +∞ for +∞.</returns>
    [Vectorize("Log2", MaxUlp = 1.0, Domain = "all floats", Reference = "log2")]
    private static float Log2Single(float x) =>
        SelectRarely(!IsPositiveNormalSingle(x), LogSpecialSingle(x, Log2OfPartsSingle(LogFractionSingle(x), LogExponentSingle(x))),
            Log2OfPartsSingle(LogFractionOfNormalSingle(x), LogExponentOfNormalSingle(x)));

    /// <summary>log2 x = e + log(1 + f)·log2(e) for x = 2^e·(1 + f).</summary>
    [LaneHelper]
    private static float Log2OfPartsSingle(float f, float k)
    {
        float a = Log1pHeadSingle(f);
        float head = a * Log2EHeadF;
        float tail = Fma(a, Log2EHeadF, -head) + Fma(a, Log2ETailF, Log1pTailSingle(f) * Log2EHeadF);
        return LogSumSingle(k, head, tail);
    }

    private const double Log2EHead = 1.4426950408889634;                // log2(e) rounded to double
    private const double Log2ETail = 2.0355273740931033e-17;            // log2(e) − Log2EHead

    /// <summary>Returns the base 2 logarithm of <paramref name="x"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>log2 x, exact for powers of two; −∞ for ±0, NaN for negative x and NaN, +∞ for +∞.</returns>
    [Vectorize("Log2", MaxUlp = 1.0, Domain = "all doubles", Reference = "log2")]
    private static double Log2Double(double x) =>
        SelectRarely(!IsPositiveNormalDouble(x), LogSpecialDouble(x, Log2OfPartsDouble(LogFractionDouble(x), LogExponentDouble(x))),
            Log2OfPartsDouble(LogFractionOfNormalDouble(x), LogExponentOfNormalDouble(x)));

    /// <summary>log2 x = e + log(1 + f)·log2(e) for x = 2^e·(1 + f).</summary>
    [LaneHelper]
    private static double Log2OfPartsDouble(double f, double k)
    {
        double head = Log1pScaledHeadDouble(f, Log2EHead);
        double tail = Log1pScaledTailDouble(f, Log2EHead, Log2ETail);
        return LogSumDouble(k, head, tail);
    }
}
