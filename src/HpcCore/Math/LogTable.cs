using static HpcCore.Lane;

namespace HpcCore;

// The float logarithms' reduction by a table (Log, Log2, Log10 and LogP1; the double ones and the other float
// functions that need a logarithm with a low part keep the atanh form in Log.cs): no division.
// - x = 2^e·m with m in [0.698, 1.396): the bits of x less those of 0.698 (LogTableOffsetF) hold e in the exponent
//   field, m in the mantissa field rebuilt on the offset, and in the mantissa's top four bits the interval j of m.
// - Per interval a 5-bit reciprocal c_j ≈ 1/m and −log c_j in each base (Fits/LogTableSingle.cs, from
//   `hpccore table log`, looked up with one permutation each): r = m·c_j − 1 is exact in one Fma (m's 24 bits times
//   c_j's 5, with |r| ≤ 0.043 < 2^-4, fit in a float), and log x = e·log 2 + (−log c_j) + log(1 + r).
//   The interval holding 1 has c = 1 and −log c = 0, so next to 1 the result is r + r²·p(r) with nothing cancelling.
// - log(1 + r) = r + r²·p(r), p the degree-3 part of a minimax fit (Fits/LogTableSingleFit.cs, 2^-29.2 relative).
// - −log c_j is a high part, a multiple of 2^-16, and a low part, so e·(high part of log 2) + its high part is exact
//   (multiples of 2^-16 below 2^8); that plus r (times log_b e for Log2, Log10, the product's error from an Fma) is a
//   Fast2Sum (where it is not 0, the high part is at least log 1.0625 > |r|), and the low parts, the sum's error and
//   r²·p join last: one rounding dominates (max 0.574, 0.605, 0.574 ULP over all floats for Log, Log2, Log10).
// - Rare lanes (IsLogRareSingle: ±0, subnormals, negatives, +∞, NaN) take a path that scales subnormals by 2^23 and
//   picks the special values (LogSpecialSingle in Log.cs).
public static partial class HpcMath
{
    private const int LogTableOffsetF = 0x3F32AAAB;                    // bits of 0.6979167: 1 is inside interval 9

    /// <summary>
    /// Whether x is not a positive normal float (±0, a subnormal, negative, +∞ or NaN): the logarithms' rare path, which
    /// scales subnormals and picks the special values. One integer comparison: adding 2^23 to the bits (wrapping) moves
    /// exactly the positive normal floats, bits 2^23 to 0x7F7FFFFF, to the integers from 2^24 to 2^31 − 1; zero,
    /// subnormals and most negative floats land below 2^24, +∞, NaN and the rest of the negative ones wrap below zero.
    /// </summary>
    [LaneHelper]
    private static bool IsLogRareSingle(float x) => AsInt32(x) + 0x00800000 < 0x01000000;

    /// <summary>x's bits less the table's offset: e above bit 23, then the interval j, then the rest of m.</summary>
    [LaneHelper]
    private static int LogTableBitsSingle(float x) => AsInt32(x) - LogTableOffsetF;

    /// <summary>The bits of x, a subnormal x scaled by 2^23 first (the rare path; <see cref="SubnormalScaleSingle"/>).</summary>
    [LaneHelper]
    private static int LogTableBitsOfAnySingle(float x) => LogTableBitsSingle(ScaledSubnormalSingle(x));

    /// <summary>e, from <see cref="LogTableBitsSingle"/>, as a float (exact).</summary>
    [LaneHelper]
    private static float LogTableExponentSingle(int bits) => ToSingle(bits >> 23);

    /// <summary>r = m·c_j − 1, exact, from <see cref="LogTableBitsSingle"/>.</summary>
    [LaneHelper]
    private static float LogTableRSingle(int bits) => Fma(AsSingle((bits & 0x007FFFFF) + LogTableOffsetF), LogTableInverseSingle(bits), -1.0f);

    /// <summary>c_j, the 5-bit reciprocal of m's interval, from <see cref="LogTableBitsSingle"/>.</summary>
    [LaneHelper]
    private static float LogTableInverseSingle(int bits) =>
        Lookup(bits >> 19, LogTableSingle.Inverse0, LogTableSingle.Inverse1, LogTableSingle.Inverse2, LogTableSingle.Inverse3,
            LogTableSingle.Inverse4, LogTableSingle.Inverse5, LogTableSingle.Inverse6, LogTableSingle.Inverse7, LogTableSingle.Inverse8,
            LogTableSingle.Inverse9, LogTableSingle.Inverse10, LogTableSingle.Inverse11, LogTableSingle.Inverse12, LogTableSingle.Inverse13,
            LogTableSingle.Inverse14, LogTableSingle.Inverse15);

    /// <summary>(log(1 + r) − r)/r² · <paramref name="scale"/>: the fit's p(r), scaled for the base.</summary>
    [LaneHelper]
    private static float LogTablePolynomialSingle(float r, float scale)
    {
        float p = Fma(LogTableSingleFit.C5 * scale, r, LogTableSingleFit.C4 * scale);
        p = Fma(p, r, LogTableSingleFit.C3 * scale);
        return Fma(p, r, LogTableSingleFit.C2 * scale);
    }
}
