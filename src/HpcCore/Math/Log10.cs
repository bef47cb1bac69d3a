using static HpcCore.Lane;

namespace HpcCore;

// Float: log10(x) = e·log10(2) − log10 c_j + log(1 + r)·log10(e) with the table reduction of LogTable.cs; r·log10(e) is
// a head and the product's error (Fma), e·Log10Of2Hi − log10 c_j's high part is exact, and their sum a Fast2Sum.
// Double: log10(x) = e·log10(2) + log(1 + f)·log10(e), with e, f and log(1 + f) = a + tail from the Log core (Log.cs).
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
    private static float Log10Single(float x)
    {
        int bits = LogTableBitsSingle(x);
        int rareBits = LogTableBitsOfAnySingle(x);
        float rare = LogSpecialSingle(x, Log10OfTableBitsSingle(rareBits, LogTableExponentSingle(rareBits) - SubnormalScaleSingle(x)));
        return SelectRarely(IsLogRareSingle(x), rare, Log10OfTableBitsSingle(bits, LogTableExponentSingle(bits)));
    }

    /// <summary>log10 x = e·log10 2 − log10 c_j + log(1 + r)·log10 e from x's table bits (LogTable.cs) and its exponent e.</summary>
    [LaneHelper]
    private static float Log10OfTableBitsSingle(int bits, float e)
    {
        int j = bits >> 19;
        float r = LogTableRSingle(bits);
        float head = r * Log10EHeadF;
        float big = Fma(e, Log10Of2HiF, Lookup(j, LogTableSingle.Lg0, LogTableSingle.Lg1, LogTableSingle.Lg2, LogTableSingle.Lg3, LogTableSingle.Lg4,
            LogTableSingle.Lg5, LogTableSingle.Lg6, LogTableSingle.Lg7, LogTableSingle.Lg8, LogTableSingle.Lg9,
            LogTableSingle.Lg10, LogTableSingle.Lg11, LogTableSingle.Lg12, LogTableSingle.Lg13, LogTableSingle.Lg14,
            LogTableSingle.Lg15));  // exact
        float low = Fma(e, Log10Of2LoF, Fma(r, Log10ETailF, Lookup(j, LogTableSingle.Lg0Low, LogTableSingle.Lg1Low, LogTableSingle.Lg2Low, LogTableSingle.Lg3Low,
            LogTableSingle.Lg4Low, LogTableSingle.Lg5Low, LogTableSingle.Lg6Low, LogTableSingle.Lg7Low, LogTableSingle.Lg8Low,
            LogTableSingle.Lg9Low, LogTableSingle.Lg10Low, LogTableSingle.Lg11Low, LogTableSingle.Lg12Low,
            LogTableSingle.Lg13Low, LogTableSingle.Lg14Low, LogTableSingle.Lg15Low)));
        float sum = big + head;
        low += Fma(r, Log10EHeadF, -head) + ((big - sum) + head);                               // product error, Fast2Sum
        return sum + Fma(r * r, LogTablePolynomialSingle(r, Log10EHeadF), low);
    }

    private const double Log10EHead = 0.4342944819032518;               // log10(e) rounded to double
    private const double Log10ETail = 1.098319650216765e-17;            // log10(e) − Log10EHead

    /// <summary>Returns the base 10 logarithm of <paramref name="x"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>log10 x; −∞ for ±0, NaN for negative x and NaN, +∞ for +∞.</returns>
    [Vectorize("Log10", MaxUlp = 1.0, Domain = "all doubles", Reference = "log10")]
    private static double Log10Double(double x) =>
        SelectRarely(IsLogRareDouble(x), LogSpecialDouble(x, Log10OfPartsDouble(LogFractionDouble(x), LogExponentDouble(x))),
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
