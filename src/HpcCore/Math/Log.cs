using static HpcCore.Lane;

namespace HpcCore;

// Float Log, Log2, Log10 and LogP1 reduce by a table (LogTable.cs). This is the other form: double Log, Log2, Log10,
// LogP1, and the float functions that need a logarithm with a low part (Asinh, Acosh, Pow).
// log(x) = e·ln 2 + log(m), x = 2^e·m with m in [√½, √2), so f = m − 1 is in [−0.293, 0.414] and exact.
// - Subnormal x is first scaled by 2^23 (2^54 for double) and e corrected, so the exponent field is meaningful.
// - m and e come from integer arithmetic on the bits: subtracting the bits of √½ moves the binade boundary
//   from 1 to √½, so the exponent field of the difference is e and the mantissa field rebuilt on √½ is m.
//   (LogFraction*, LogExponent*: separate helpers; the compiler shares their common instructions.)
// - log(1 + f) = 2·atanh(s) with s = f/(2 + f), |s| ≤ 0.1716, = 2s + s·R with R = 2·(atanh(s)/s − 1) a polynomial in
//   z = s² from the minimax fit of atanh (Fits/Atanh*Fit.cs, relative error 2^-30 float, 2^-59 double).
//   As in fdlibm, 2s = f − s·f is rewritten with h = f²/2: log(1 + f) = (f − h) + s·(h + R). The large part f − h is
//   kept as head + tail with every rounding error recovered exactly (Fma for h, Fast2Sum for the difference), so
//   the division's error only reaches the small s·(h + R), about f³/4 (Log1pHead*, Log1pTail*).
// - The result is big + head + tail with big = e·ln 2 (two-part ln 2: e·Ln2Hi exact, e·Ln2Lo joins the tail);
//   big + head is summed with its error recovered (Fast2Sum: |big| ≥ ln 2 > |head|, or big = 0) and the tail added
//   last, so one rounding dominates and the error stays near 0.5 ULP (LogSum*). Log2 and Log10 scale head and tail.
// - Special values, chosen last with Select (LogSpecial*): log(±0) = −∞, log(x < 0) = NaN, log(+∞) = +∞, NaN.
//   Log, Log2 and Log10 leave them, and the scaling of subnormals, to a rare path (SelectRarely, IsLogRare*): a vector
//   of positive normal inputs skips seven instructions of about forty (double 8–10 % faster); for those inputs the
//   common path computes the same bits as before (nothing is scaled there).
public static partial class HpcMath
{
    private const float MinNormalF = 1.17549435e-38f;                  // 2^-126
    private const int SqrtHalfBitsF = 0x3F3504F3;                      // bits of √½ rounded to float

    /// <summary>Returns the natural (base e) logarithm of <paramref name="x"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>ln x; −∞ for ±0, NaN for negative x and NaN, +∞ for +∞. Subnormal inputs are handled exactly.</returns>
    [Vectorize("Log", MaxUlp = 1.0, Domain = "all floats", Reference = "log")]
    private static float LogSingle(float x)
    {
        int bits = LogTableBitsSingle(x);
        int rareBits = LogTableBitsOfAnySingle(x);
        float rare = LogSpecialSingle(x, LogOfTableBitsSingle(rareBits, LogTableExponentSingle(rareBits) - SubnormalScaleSingle(x)));
        return SelectRarely(IsLogRareSingle(x), rare, LogOfTableBitsSingle(bits, LogTableExponentSingle(bits)));
    }

    /// <summary>ln x = e·ln 2 − ln c_j + log(1 + r) from x's table bits (LogTable.cs) and its exponent e.</summary>
    [LaneHelper]
    private static float LogOfTableBitsSingle(int bits, float e) => LogTableSumSingle(bits, e, LogTableLowSingle(bits, e));

    /// <summary>
    /// The rounded sum of ln x: (e·Ln2Hi − ln c_j's high part, exact) + r, with <paramref name="low"/> and r²·p(r)
    /// joining last, so one rounding dominates. LogP1 adds its own small term to the low part first.
    /// </summary>
    [LaneHelper]
    private static float LogTableSumSingle(int bits, float e, float low)
    {
        float r = LogTableRSingle(bits);
        return (LogTableBigSingle(bits, e) + r) + Fma(r * r, LogTablePolynomialSingle(r, 1.0f), low);
    }

    /// <summary>The low part for <see cref="LogTableSumSingle"/>: e·Ln2Lo, ln c_j's low part and the big sum's rounding error (Fast2Sum).</summary>
    [LaneHelper]
    private static float LogTableLowSingle(int bits, float e)
    {
        float r = LogTableRSingle(bits);
        float big = LogTableBigSingle(bits, e);
        float low = Fma(e, Ln2LoF, Lookup(bits >> 19, LogTableSingle.Ln0Low, LogTableSingle.Ln1Low, LogTableSingle.Ln2Low, LogTableSingle.Ln3Low,
            LogTableSingle.Ln4Low, LogTableSingle.Ln5Low, LogTableSingle.Ln6Low, LogTableSingle.Ln7Low, LogTableSingle.Ln8Low, LogTableSingle.Ln9Low,
            LogTableSingle.Ln10Low, LogTableSingle.Ln11Low, LogTableSingle.Ln12Low, LogTableSingle.Ln13Low, LogTableSingle.Ln14Low, LogTableSingle.Ln15Low));
        return low + ((big - (big + r)) + r);
    }

    /// <summary>e·Ln2Hi − ln c_j's high part: exact (multiples of 2^-16 below 2^8).</summary>
    [LaneHelper]
    private static float LogTableBigSingle(int bits, float e) =>
        Fma(e, Ln2HiF, Lookup(bits >> 19, LogTableSingle.Ln0, LogTableSingle.Ln1, LogTableSingle.Ln2, LogTableSingle.Ln3, LogTableSingle.Ln4,
            LogTableSingle.Ln5, LogTableSingle.Ln6, LogTableSingle.Ln7, LogTableSingle.Ln8, LogTableSingle.Ln9, LogTableSingle.Ln10,
            LogTableSingle.Ln11, LogTableSingle.Ln12, LogTableSingle.Ln13, LogTableSingle.Ln14, LogTableSingle.Ln15));

    /// <summary>f = m − 1 for a positive normal x = 2^e·m, m in [√½, √2).</summary>
    [LaneHelper]
    private static float LogFractionOfNormalSingle(float x) => AsSingle(((AsInt32(x) - SqrtHalfBitsF) & 0x007FFFFF) + SqrtHalfBitsF) - 1.0f;

    /// <summary>e for a positive normal x = 2^e·m, m in [√½, √2), as a float (exact).</summary>
    [LaneHelper]
    private static float LogExponentOfNormalSingle(float x) => ToSingle((AsInt32(x) - SqrtHalfBitsF) >> 23);

    /// <summary>f = m − 1 for x = 2^e·m, m in [√½, √2) (subnormals scaled first).</summary>
    [LaneHelper]
    private static float LogFractionSingle(float x) => LogFractionOfNormalSingle(ScaledSubnormalSingle(x));

    /// <summary>e for x = 2^e·m, m in [√½, √2), as a float (exact).</summary>
    [LaneHelper]
    private static float LogExponentSingle(float x) => LogExponentOfNormalSingle(ScaledSubnormalSingle(x)) - SubnormalScaleSingle(x);

    /// <summary>x, a subnormal x first scaled by 2^23 so that its exponent field is meaningful.</summary>
    [LaneHelper]
    private static float ScaledSubnormalSingle(float x) => Select(x < MinNormalF, x * 8388608f, x);

    /// <summary>
    /// What <see cref="ScaledSubnormalSingle"/> added to x's exponent: 23 for a subnormal, else 0 (a float Select keeps
    /// the mask in a mask register).
    /// </summary>
    [LaneHelper]
    private static float SubnormalScaleSingle(float x) => Select(x < MinNormalF, 23.0f, 0.0f);

    /// <summary>The rounded large part of log(1 + f), f − f²/2, for f in [√½ − 1, √2 − 1].</summary>
    [LaneHelper]
    private static float Log1pHeadSingle(float f) => f - 0.5f * f * f;

    /// <summary>log(1 + f) − <see cref="Log1pHeadSingle"/>(f): the recovered rounding errors plus s·(h + R).</summary>
    [LaneHelper]
    private static float Log1pTailSingle(float f)
    {
        float halfF = 0.5f * f;
        float h = halfF * f;
        float hError = Fma(halfF, f, -h);                                 // f²/2 = h + hError exactly
        float head = f - h;
        float headError = (f - head) - h;                                 // Fast2Sum: |f| ≥ f²/2
        float s = f / (2.0f + f);
        float z = s * s;
        float r = 2.0f * AtanhSingleFit.C7;
        r = Fma(r, z, 2.0f * AtanhSingleFit.C5);
        r = Fma(r, z, 2.0f * AtanhSingleFit.C3);
        return Fma(s, Fma(r, z, h), headError - hError);
    }

    /// <summary>big + head + tail with big + head's rounding error recovered (needs |big| ≥ |head| or big = 0).</summary>
    [LaneHelper]
    private static float LogSumSingle(float big, float head, float tail)
    {
        float sum = big + head;
        return sum + (((big - sum) + head) + tail);
    }

    /// <summary>y, or the special result of a logarithm at x: −∞ at ±0, NaN below 0 and for NaN, +∞ at +∞.</summary>
    [LaneHelper]
    private static float LogSpecialSingle(float x, float y)
    {
        y = Select(x >= 0.0f, y, float.NaN);                             // false for negative x and NaN
        y = Select(x == 0.0f, float.NegativeInfinity, y);
        return Select(x == float.PositiveInfinity, float.PositiveInfinity, y);
    }

    private const double MinNormal = 2.2250738585072014e-308;           // 2^-1022
    private const long SqrtHalfBits = 0x3FE6A09E667F3BCD;               // bits of √½ rounded to double

    /// <summary>Returns the natural (base e) logarithm of <paramref name="x"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>ln x; −∞ for ±0, NaN for negative x and NaN, +∞ for +∞. Subnormal inputs are handled exactly.</returns>
    [Vectorize("Log", MaxUlp = 1.0, Domain = "all doubles", Reference = "log")]
    private static double LogDouble(double x) =>
        SelectRarely(IsLogRareDouble(x), LogSpecialDouble(x, LogOfPartsDouble(LogFractionDouble(x), LogExponentDouble(x))),
            LogOfPartsDouble(LogFractionOfNormalDouble(x), LogExponentOfNormalDouble(x)));

    /// <summary>log x = e·ln 2 + log(1 + f) for x = 2^e·(1 + f).</summary>
    [LaneHelper]
    private static double LogOfPartsDouble(double f, double k) => LogSumDouble(k * Ln2Hi, Log1pHeadDouble(f), Fma(k, Ln2Lo, Log1pTailDouble(f)));

    /// <summary>Whether x is not a positive normal double: the logarithms' rare path (see <see cref="IsLogRareSingle"/>).</summary>
    [LaneHelper]
    private static bool IsLogRareDouble(double x) => AsInt64(x) + 0x0010000000000000 < 0x0020000000000000;

    /// <summary>f = m − 1 for a positive normal x = 2^e·m, m in [√½, √2).</summary>
    [LaneHelper]
    private static double LogFractionOfNormalDouble(double x) => AsDouble(((AsInt64(x) - SqrtHalfBits) & 0x000FFFFFFFFFFFFF) + SqrtHalfBits) - 1.0;

    /// <summary>e for a positive normal x = 2^e·m, m in [√½, √2), as a double (exact).</summary>
    [LaneHelper]
    private static double LogExponentOfNormalDouble(double x) => ToDouble((AsInt64(x) - SqrtHalfBits) >> 52);

    /// <summary>f = m − 1 for x = 2^e·m, m in [√½, √2) (subnormals scaled first).</summary>
    [LaneHelper]
    private static double LogFractionDouble(double x) => LogFractionOfNormalDouble(Select(x < MinNormal, x * 18014398509481984.0, x)); // · 2^54

    /// <summary>e for x = 2^e·m, m in [√½, √2), as a double (exact).</summary>
    [LaneHelper]
    private static double LogExponentDouble(double x)
    {
        bool subnormal = x < MinNormal;
        return LogExponentOfNormalDouble(Select(subnormal, x * 18014398509481984.0, x)) - Select(subnormal, 54.0, 0.0);
    }

    /// <summary>The rounded large part of log(1 + f), f − f²/2, for f in [√½ − 1, √2 − 1].</summary>
    [LaneHelper]
    private static double Log1pHeadDouble(double f) => f - 0.5 * f * f;

    /// <summary>log(1 + f) − <see cref="Log1pHeadDouble"/>(f): the recovered rounding errors plus s·(h + R).</summary>
    [LaneHelper]
    private static double Log1pTailDouble(double f)
    {
        double halfF = 0.5 * f;
        double h = halfF * f;
        double hError = Fma(halfF, f, -h);
        double head = f - h;
        double headError = (f - head) - h;
        double s = f / (2.0 + f);
        double z = s * s;
        double r = 2.0 * AtanhDoubleFit.C15;
        r = Fma(r, z, 2.0 * AtanhDoubleFit.C13);
        r = Fma(r, z, 2.0 * AtanhDoubleFit.C11);
        r = Fma(r, z, 2.0 * AtanhDoubleFit.C9);
        r = Fma(r, z, 2.0 * AtanhDoubleFit.C7);
        r = Fma(r, z, 2.0 * AtanhDoubleFit.C5);
        r = Fma(r, z, 2.0 * AtanhDoubleFit.C3);
        return Fma(s, Fma(r, z, h), headError - hError);
    }

    /// <summary>log(1 + f)·c rounded, c = cHead + cTail a constant (log2 e, log10 e) split into double and remainder.</summary>
    [LaneHelper]
    private static double Log1pScaledHeadDouble(double f, double cHead) => Log1pHeadDouble(f) * cHead;

    /// <summary>
    /// log(1 + f)·c − <see cref="Log1pScaledHeadDouble"/>: the product's error (Fma), the Log core's head times cTail
    /// and its tail times cHead.
    /// </summary>
    [LaneHelper]
    private static double Log1pScaledTailDouble(double f, double cHead, double cTail)
    {
        double a = Log1pHeadDouble(f);
        return Fma(a, cHead, -(a * cHead)) + Fma(a, cTail, Log1pTailDouble(f) * cHead);
    }

    /// <summary>big + head + tail with big + head's rounding error recovered (needs |big| ≥ |head| or big = 0).</summary>
    [LaneHelper]
    private static double LogSumDouble(double big, double head, double tail) => (big + head) + LogSumLowDouble(big, head, tail);

    /// <summary>big + head + tail − (big + head): the sum's rounding error (Fast2Sum) plus tail.</summary>
    [LaneHelper]
    private static double LogSumLowDouble(double big, double head, double tail)
    {
        double sum = big + head;
        return ((big - sum) + head) + tail;
    }

    /// <summary>y, or the special result of a logarithm at x: −∞ at ±0, NaN below 0 and for NaN, +∞ at +∞.</summary>
    [LaneHelper]
    private static double LogSpecialDouble(double x, double y)
    {
        y = Select(x >= 0.0, y, double.NaN);
        y = Select(x == 0.0, double.NegativeInfinity, y);
        return Select(x == double.PositiveInfinity, double.PositiveInfinity, y);
    }
}
