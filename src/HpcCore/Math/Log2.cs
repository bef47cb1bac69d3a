using static HpcCore.Lane;

namespace HpcCore;

// Float: log2(x) = e − log2 c_j + log(1 + r)·log2(e) with the table reduction of LogTable.cs; r·log2(e) is a head and
// the product's error (Fma), e − log2 c_j's high part is exact, and their sum a Fast2Sum. Exact for powers of two.
// Double: log2(x) = e + log(1 + f)·log2(e), with e, f and log(1 + f) = a + tail from the Log core (Log.cs).
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
    private static float Log2Single(float x)
    {
        int bits = LogTableBitsSingle(x);
        int rareBits = LogTableBitsOfAnySingle(x);
        float rare = LogSpecialSingle(x, Log2OfTableBitsSingle(rareBits, LogTableExponentSingle(rareBits) - SubnormalScaleSingle(x)));
        return SelectRarely(IsLogRareSingle(x), rare, Log2OfTableBitsSingle(bits, LogTableExponentSingle(bits)));
    }

    /// <summary>log2 x = e − log2 c_j + log(1 + r)·log2 e from x's table bits (LogTable.cs) and its exponent e.</summary>
    [LaneHelper]
    private static float Log2OfTableBitsSingle(int bits, float e)
    {
        int j = bits >> 19;
        float r = LogTableRSingle(bits);
        float head = r * Log2EHeadF;
        float big = e + Lookup(j, LogTableSingle.Lb0, LogTableSingle.Lb1, LogTableSingle.Lb2, LogTableSingle.Lb3, LogTableSingle.Lb4,
            LogTableSingle.Lb5, LogTableSingle.Lb6, LogTableSingle.Lb7, LogTableSingle.Lb8, LogTableSingle.Lb9,
            LogTableSingle.Lb10, LogTableSingle.Lb11, LogTableSingle.Lb12, LogTableSingle.Lb13, LogTableSingle.Lb14,
            LogTableSingle.Lb15);  // exact
        float low = Fma(r, Log2ETailF, Lookup(j, LogTableSingle.Lb0Low, LogTableSingle.Lb1Low, LogTableSingle.Lb2Low, LogTableSingle.Lb3Low,
            LogTableSingle.Lb4Low, LogTableSingle.Lb5Low, LogTableSingle.Lb6Low, LogTableSingle.Lb7Low, LogTableSingle.Lb8Low,
            LogTableSingle.Lb9Low, LogTableSingle.Lb10Low, LogTableSingle.Lb11Low, LogTableSingle.Lb12Low,
            LogTableSingle.Lb13Low, LogTableSingle.Lb14Low, LogTableSingle.Lb15Low));
        float sum = big + head;
        low += Fma(r, Log2EHeadF, -head) + ((big - sum) + head);                               // product error, Fast2Sum
        return sum + Fma(r * r, LogTablePolynomialSingle(r, Log2EHeadF), low);
    }

    private const double Log2EHead = 1.4426950408889634;                // log2(e) rounded to double
    private const double Log2ETail = 2.0355273740931033e-17;            // log2(e) − Log2EHead

    /// <summary>Returns the base 2 logarithm of <paramref name="x"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>log2 x, exact for powers of two; −∞ for ±0, NaN for negative x and NaN, +∞ for +∞.</returns>
    [Vectorize("Log2", MaxUlp = 1.0, Domain = "all doubles", Reference = "log2")]
    private static double Log2Double(double x) =>
        SelectRarely(IsLogRareDouble(x), LogSpecialDouble(x, Log2OfPartsDouble(LogFractionDouble(x), LogExponentDouble(x))),
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
