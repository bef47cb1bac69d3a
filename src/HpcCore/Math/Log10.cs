using static HpcCore.Lane;

namespace HpcCore;

// log10(x) = e·log10(2) + log(1 + f)·log10(e), with e, f and log(1 + f) = a + tail from the Log core.
// - e·log10(2) = e·Log10Of2Hi (exact: the high part is short) + e·Log10Of2Lo; a·log10(e) is kept as head + tail, the
//   Fma-recovered product error and the small terms forming the low part.
// - The two large parts are summed with the rounding error recovered (LogSum, Fast2Sum: |e·Log10Of2Hi| ≥ 0.301 >
//   |head|, or e = 0 and the sum is exact), then every small term is added and the result rounded once more.
public static partial class HpcMath
{
    private const float Log10EHeadF = 0.4342944920063019f;             // log10(e) rounded to float
    private const float Log10ETailF = -1.0103049952192578e-08f;        // log10(e) − Log10EHeadF

    /// <summary>Returns the base 10 logarithm of <paramref name="x"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>log10 x; −∞ for ±0, NaN for negative x and NaN, +∞ for +∞.</returns>
    [Vectorize("Log10", MaxUlp = 1.0, Domain = "all floats", Reference = "log10")]
    private static float Log10Single(float x) =>
        SelectRarely(!IsPositiveNormalSingle(x), LogSpecialSingle(x, Log10OfPartsSingle(LogFractionSingle(x), LogExponentSingle(x))),
            Log10OfPartsSingle(LogFractionOfNormalSingle(x), LogExponentOfNormalSingle(x)));

    /// <summary>log10 x = e·log10(2) + log(1 + f)·log10(e) for x = 2^e·(1 + f).</summary>
    [LaneHelper]
    private static float Log10OfPartsSingle(float f, float k)
    {
        float a = Log1pHeadSingle(f);
        float head = a * Log10EHeadF;
        float tail = Fma(a, Log10EHeadF, -head) + Fma(a, Log10ETailF, Log1pTailSingle(f) * Log10EHeadF);
        return LogSumSingle(k * Log10Of2HiF, head, Fma(k, Log10Of2LoF, tail));
    }

    private const double Log10EHead = 0.4342944819032518;               // log10(e) rounded to double
    private const double Log10ETail = 1.098319650216765e-17;            // log10(e) − Log10EHead

    /// <summary>Returns the base 10 logarithm of <paramref name="x"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>log10 x; −∞ for ±0, NaN for negative x and NaN, +∞ for +∞.</returns>
    [Vectorize("Log10", MaxUlp = 1.0, Domain = "all doubles", Reference = "log10")]
    private static double Log10Double(double x) =>
        SelectRarely(!IsPositiveNormalDouble(x), LogSpecialDouble(x, Log10OfPartsDouble(LogFractionDouble(x), LogExponentDouble(x))),
            Log10OfPartsDouble(LogFractionOfNormalDouble(x), LogExponentOfNormalDouble(x)));

    /// <summary>log10 x = e·log10(2) + log(1 + f)·log10(e) for x = 2^e·(1 + f).</summary>
    [LaneHelper]
    private static double Log10OfPartsDouble(double f, double k)
    {
        double head = Log1pScaledHeadDouble(f, Log10EHead);
        double tail = Log1pScaledTailDouble(f, Log10EHead, Log10ETail);
        return LogSumDouble(k * Log10Of2Hi, head, Fma(k, Log10Of2Lo, tail));
    }
}
