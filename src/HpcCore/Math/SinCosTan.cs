using static HpcCore.Lane;

namespace HpcCore;

// sin, cos and tan of any finite argument.
// - sin and cos below the Cody–Waite limit: by half turns, x = n·π + r with n an integer (sin) or half an odd
//   one (cos), |r| ≤ π/2 as a pair (TrigReduction.cs), then ±sin r from one kernel fitted on the whole half turn
//   (SinCosKernels.cs): one polynomial per lane instead of both quarter-turn kernels and a select.
// - everything else (sincos, tan, and sin/cos at or beyond the limit): x = k·π/2 + r
//   (Payne–Hanek only where some lane needs it), then the quadrant k mod 4 picks ±sin r or ±cos r. tan is
//   (sin r)/(cos r), or −cos r/sin r in odd quadrants, from head + tail pairs of both kernels: one division and an
//   Fma-corrected residual, so the quotient is rounded about once. SinCos needs both kernels anyway: one reduction
//   serves both results (sin x and cos x = sin(x + π/2), quadrant k + 1), where two half-turn reductions and two wide
//   kernels cost about 40 % more. Its bits may differ from Sin's and Cos's in the last place (both are within 1 ULP).
// Lanes at or beyond the limit, ±∞ and NaN take the rare path (one integer comparison of |x|'s bits), so the common
// path needs no NaN select.
// Below 2^−12 (float) / 2^−27 (double) sin x and tan x round to x itself (x³/6 and x³/3 are below a quarter ULP), which
// keeps ±0 and subnormals exact.
public static partial class HpcMath
{
    private const float TrigTinyF = 0.000244140625f;   // 2^-12
    private const float OneOverPiF = 0.31830987f;       // 1/π rounded: TwoOverPiF / 2

    /// <summary>Returns the sine of <paramref name="x"/> (radians), with exact argument reduction for every finite x.</summary>
    /// <param name="x">The angle in radians; huge arguments are reduced exactly (Payne–Hanek).</param>
    /// <returns>sin x; ±0 for ±0, NaN for ±∞ and NaN.</returns>
    [Vectorize("Sin", MaxUlp = 1.0, Domain = "all floats", Reference = "sin")]
    private static float SinSingle(float x) => Select(Abs(x) < TrigTinyF, x, SinOfHalfTurnsOrBeyondSingle(x));

    /// <summary>Returns the cosine of <paramref name="x"/> (radians), with exact argument reduction for every finite x.</summary>
    /// <param name="x">The angle in radians; huge arguments are reduced exactly (Payne–Hanek).</param>
    /// <returns>cos x; 1 for ±0, NaN for ±∞ and NaN.</returns>
    [Vectorize("Cos", MaxUlp = 1.0, Domain = "all floats", Reference = "cos")]
    private static float CosSingle(float x) => CosOfHalfTurnsOrBeyondSingle(x);

    /// <summary>Returns the sine and cosine of <paramref name="x"/> (radians) from one argument reduction: each within 1 ULP (<c>Sin</c> and <c>Cos</c> reduce by half turns and may differ in the last place).</summary>
    /// <param name="x">The angle in radians; huge arguments are reduced exactly (Payne–Hanek, once for both).</param>
    /// <returns>(sin x, cos x); (±0, 1) for ±0, (NaN, NaN) for ±∞ and NaN.</returns>
    [Vectorize("SinCos", MaxUlp = 1.0, Domain = "all floats, each result", Reference = "sin,cos")]
    private static (float Sin, float Cos) SinCosSingle(float x)
    {
        int quadrant = CodyWaiteQuadrantSingle(x);
        float rHigh = CodyWaiteHighSingle(x), rLow = CodyWaiteLowSingle(x);
        bool rare = IsTrigRareSingle(x);
        float sinR = SinKernelSingle(rHigh, rLow), cosR = CosKernelSingle(rHigh, rLow);
        bool even = (quadrant & 1) == 0;
        float sin = SelectRarely(rare,
            Select(IsNaN(x - x), float.NaN, SinOfReducedSingle(PayneHanekQuadrantSingle(x), PayneHanekHighSingle(x), PayneHanekLowSingle(x))),
            FlipSignInHalfTurnSingle(Select(even, sinR, cosR), quadrant));
        float cos = SelectRarely(rare,
            Select(IsNaN(x - x), float.NaN, SinOfReducedSingle(PayneHanekQuadrantSingle(x) + 1, PayneHanekHighSingle(x), PayneHanekLowSingle(x))),
            FlipSignInHalfTurnSingle(Select(even, cosR, sinR), quadrant + 1));   // sin's parity test, operands swapped
        return (Select(Abs(x) < TrigTinyF, x, sin), cos);
    }

    /// <summary>
    /// sin x: Cody–Waite by half turns, or Payne–Hanek for the lanes at or beyond the limit, where ±∞ and NaN give the
    /// canonical NaN.
    /// </summary>
    [LaneHelper]
    private static float SinOfHalfTurnsOrBeyondSingle(float x) =>
        SelectRarely(IsTrigRareSingle(x),
            Select(IsNaN(x - x), float.NaN, SinOfReducedSingle(PayneHanekQuadrantSingle(x), PayneHanekHighSingle(x), PayneHanekLowSingle(x))),
            SinOfHalfTurnsSingle(x));

    /// <summary>cos x as <see cref="SinOfHalfTurnsOrBeyondSingle"/> does sin x.</summary>
    [LaneHelper]
    private static float CosOfHalfTurnsOrBeyondSingle(float x) =>
        SelectRarely(IsTrigRareSingle(x),
            Select(IsNaN(x - x), float.NaN, SinOfReducedSingle(PayneHanekQuadrantSingle(x) + 1, PayneHanekHighSingle(x), PayneHanekLowSingle(x))),
            CosOfHalfTurnsSingle(x));

    /// <summary>
    /// |x| at or beyond the Cody–Waite limit, ±∞ or NaN (one integer comparison of |x|'s bits): the lanes for the rare
    /// path, which gives the canonical NaN for ±∞ and NaN, so the common path (finite results) needs no NaN select.
    /// </summary>
    [LaneHelper]
    private static bool IsTrigRareSingle(float x) => AsInt32(Abs(x)) >= AsInt32(CodyWaiteLimitF);

    /// <summary>sin x below the Cody–Waite limit: x = n·π + r, |r| ≤ π/2, sin x = (−1)^n·sin r from one kernel.</summary>
    [LaneHelper]
    private static float SinOfHalfTurnsSingle(float x)
    {
        float shifted = Fma(x, OneOverPiF, ShifterF);                           // n + 1.5·2^23: rounds x/π to n, keeps its bits
        float n = shifted - ShifterF;
        return FlipSignByParitySingle(WideSinKernelSingle(HalfTurnsHighSingle(x, n), HalfTurnsLowSingle(x, n)), shifted);
    }

    /// <summary>cos x below the Cody–Waite limit: x = (m − ½)·π + r, |r| ≤ π/2, cos x = (−1)^m·sin r.</summary>
    [LaneHelper]
    private static float CosOfHalfTurnsSingle(float x)
    {
        float m = RoundToEven(Fma(x, OneOverPiF, 0.5f));
        float n = m - 0.5f;
        return FlipSignByParitySingle(WideSinKernelSingle(HalfTurnsHighSingle(x, n), HalfTurnsAnyLowSingle(x, n)), m + ShifterF);
    }

    /// <summary>y·(−1)^n from shifted = n + 1.5·2^23 (n an integer below 2^22 in magnitude, as in QuadrantBits): n's low bit moved to the sign.</summary>
    [LaneHelper]
    private static float FlipSignByParitySingle(float y, float shifted) => AsSingle(AsInt32(y) ^ (AsInt32(shifted) << 31));

    /// <summary>Returns the tangent of <paramref name="x"/> (radians), with exact argument reduction for every finite x.</summary>
    /// <param name="x">The angle in radians; huge arguments are reduced exactly (Payne–Hanek).</param>
    /// <returns>tan x; ±0 for ±0, NaN for ±∞ and NaN. No float is close enough to an odd multiple of π/2 to overflow.</returns>
    [Vectorize("Tan", MaxUlp = 1.0, Domain = "all floats", Reference = "tan")]
    private static float TanSingle(float x)
    {
        float y = SelectRarely(IsTrigRareSingle(x),
            Select(IsNaN(x - x), float.NaN, TanOfReducedSingle(PayneHanekQuadrantSingle(x), PayneHanekHighSingle(x), PayneHanekLowSingle(x))),
            TanOfReducedSingle(CodyWaiteQuadrantSingle(x), CodyWaiteHighSingle(x), CodyWaiteLowSingle(x)));
        return Select(Abs(x) < TrigTinyF, x, y);
    }

    /// <summary>sin(k·π/2 + r) from k mod 4 (any integer; only its two low bits count) and r = rHigh + rLow.</summary>
    [LaneHelper]
    private static float SinOfReducedSingle(int quadrant, float rHigh, float rLow)
    {
        float y = Select((quadrant & 1) == 0, SinKernelSingle(rHigh, rLow), CosKernelSingle(rHigh, rLow));
        return FlipSignInHalfTurnSingle(y, quadrant);
    }

    /// <summary>−y in quadrants 2 and 3 (k mod 4 from any integer k): bit 1 of k moved to the sign.</summary>
    [LaneHelper]
    private static float FlipSignInHalfTurnSingle(float y, int quadrant) => AsSingle(AsInt32(y) ^ ((quadrant & 2) << 30));

    /// <summary>
    /// tan(k·π/2 + r): n/d with n, d = sin r, cos r (even k) or cos r, sin r (odd k, negated), each as head + tail;
    /// t = n·(1/d), then t + (n − t·d)/d with the residual from Fma and the tails.
    /// </summary>
    [LaneHelper]
    private static float TanOfReducedSingle(int quadrant, float rHigh, float rLow)
    {
        float sinCorrection = SinCorrectionSingle(rHigh, rLow);
        float sinHigh = rHigh + sinCorrection;
        float sinLow = (rHigh - sinHigh) + sinCorrection;                 // Fast2Sum: the correction is below 0.11·rHigh
        float cosHead = CosHeadSingle(rHigh);
        float cosCorrection = CosCorrectionSingle(rHigh, rLow);
        float cosHigh = cosHead + cosCorrection;
        float cosLow = (cosHead - cosHigh) + cosCorrection;               // Fast2Sum: the head is at least 0.69
        bool odd = (quadrant & 1) != 0;
        float n = Select(odd, cosHigh, sinHigh);
        float nLow = Select(odd, cosLow, sinLow);
        float d = Select(odd, sinHigh, cosHigh);
        float dLow = Select(odd, sinLow, cosLow);
        float inverse = 1 / d;
        float q = n * inverse;
        float residual = (Fma(-q, d, n) + nLow) - q * dLow;
        float tan = Fma(residual, inverse, q);
        return Select(odd, -tan, tan);
    }

    private const double TrigTiny = 7.450580596923828e-09;   // 2^-27
    private const double OneOverPi = 0.3183098861837907;      // 1/π rounded: TwoOverPi / 2

    /// <summary>Returns the sine of <paramref name="x"/> (radians), with exact argument reduction for every finite x.</summary>
    /// <param name="x">The angle in radians; huge arguments are reduced exactly (Payne–Hanek).</param>
    /// <returns>sin x; ±0 for ±0, NaN for ±∞ and NaN.</returns>
    [Vectorize("Sin", MaxUlp = 1.0, Domain = "all doubles", Reference = "sin")]
    private static double SinDouble(double x) => Select(Abs(x) < TrigTiny, x, SinOfHalfTurnsOrBeyondDouble(x));

    /// <summary>Returns the cosine of <paramref name="x"/> (radians), with exact argument reduction for every finite x.</summary>
    /// <param name="x">The angle in radians; huge arguments are reduced exactly (Payne–Hanek).</param>
    /// <returns>cos x; 1 for ±0, NaN for ±∞ and NaN.</returns>
    [Vectorize("Cos", MaxUlp = 1.0, Domain = "all doubles", Reference = "cos")]
    private static double CosDouble(double x) => CosOfHalfTurnsOrBeyondDouble(x);

    /// <summary>Returns the sine and cosine of <paramref name="x"/> (radians) from one argument reduction: each within 1 ULP (<c>Sin</c> and <c>Cos</c> reduce by half turns and may differ in the last place).</summary>
    /// <param name="x">The angle in radians; huge arguments are reduced exactly (Payne–Hanek, once for both).</param>
    /// <returns>(sin x, cos x); (±0, 1) for ±0, (NaN, NaN) for ±∞ and NaN.</returns>
    [Vectorize("SinCos", MaxUlp = 1.0, Domain = "all doubles, each result", Reference = "sin,cos")]
    private static (double Sin, double Cos) SinCosDouble(double x)
    {
        long quadrant = CodyWaiteQuadrantDouble(x);
        double rHigh = CodyWaiteHighDouble(x), rLow = CodyWaiteLowDouble(x);
        bool rare = IsTrigRareDouble(x);
        double sinR = SinKernelDouble(rHigh, rLow), cosR = CosKernelDouble(rHigh, rLow);
        bool even = (quadrant & 1) == 0;
        double sin = SelectRarely(rare,
            Select(IsNaN(x - x), double.NaN, SinOfReducedDouble(PayneHanekQuadrantDouble(x), PayneHanekHighDouble(x), PayneHanekLowDouble(x))),
            FlipSignInHalfTurnDouble(Select(even, sinR, cosR), quadrant));
        double cos = SelectRarely(rare,
            Select(IsNaN(x - x), double.NaN, SinOfReducedDouble(PayneHanekQuadrantDouble(x) + 1, PayneHanekHighDouble(x), PayneHanekLowDouble(x))),
            FlipSignInHalfTurnDouble(Select(even, cosR, sinR), quadrant + 1));   // sin's parity test, operands swapped
        return (Select(Abs(x) < TrigTiny, x, sin), cos);
    }

    /// <summary>sin x as <see cref="SinOfHalfTurnsOrBeyondSingle"/>.</summary>
    [LaneHelper]
    private static double SinOfHalfTurnsOrBeyondDouble(double x) =>
        SelectRarely(IsTrigRareDouble(x),
            Select(IsNaN(x - x), double.NaN, SinOfReducedDouble(PayneHanekQuadrantDouble(x), PayneHanekHighDouble(x), PayneHanekLowDouble(x))),
            SinOfHalfTurnsDouble(x));

    /// <summary>cos x as <see cref="CosOfHalfTurnsOrBeyondSingle"/>.</summary>
    [LaneHelper]
    private static double CosOfHalfTurnsOrBeyondDouble(double x) =>
        SelectRarely(IsTrigRareDouble(x),
            Select(IsNaN(x - x), double.NaN, SinOfReducedDouble(PayneHanekQuadrantDouble(x) + 1, PayneHanekHighDouble(x), PayneHanekLowDouble(x))),
            CosOfHalfTurnsDouble(x));

    /// <summary>|x| at or beyond the Cody–Waite limit, ±∞ or NaN: <see cref="IsTrigRareSingle"/>.</summary>
    [LaneHelper]
    private static bool IsTrigRareDouble(double x) => AsInt64(Abs(x)) >= AsInt64(CodyWaiteLimit);

    /// <summary>sin x below the Cody–Waite limit: x = n·π + r, |r| ≤ π/2, sin x = (−1)^n·sin r from one kernel.</summary>
    [LaneHelper]
    private static double SinOfHalfTurnsDouble(double x)
    {
        double shifted = Fma(x, OneOverPi, Shifter);                            // n + 1.5·2^52: rounds x/π to n, keeps its bits
        double n = shifted - Shifter;
        return FlipSignByParityDouble(WideSinKernelDouble(HalfTurnsHighDouble(x, n), HalfTurnsLowDouble(x, n)), shifted);
    }

    /// <summary>cos x below the Cody–Waite limit: x = (m − ½)·π + r, |r| ≤ π/2, cos x = (−1)^m·sin r.</summary>
    [LaneHelper]
    private static double CosOfHalfTurnsDouble(double x)
    {
        double m = RoundToEven(Fma(x, OneOverPi, 0.5));
        double n = m - 0.5;
        return FlipSignByParityDouble(WideSinKernelDouble(HalfTurnsHighDouble(x, n), HalfTurnsAnyLowDouble(x, n)), m + Shifter);
    }

    /// <summary>y·(−1)^n from shifted = n + 1.5·2^52 (n an integer below 2^51 in magnitude): n's low bit moved to the sign.</summary>
    [LaneHelper]
    private static double FlipSignByParityDouble(double y, double shifted) => AsDouble(AsInt64(y) ^ (AsInt64(shifted) << 63));

    /// <summary>Returns the tangent of <paramref name="x"/> (radians), with exact argument reduction for every finite x.</summary>
    /// <param name="x">The angle in radians; huge arguments are reduced exactly (Payne–Hanek).</param>
    /// <returns>tan x; ±0 for ±0, NaN for ±∞ and NaN. No double is close enough to an odd multiple of π/2 to overflow.</returns>
    [Vectorize("Tan", MaxUlp = 1.0, Domain = "all doubles", Reference = "tan")]
    private static double TanDouble(double x)
    {
        double y = SelectRarely(IsTrigRareDouble(x),
            Select(IsNaN(x - x), double.NaN, TanOfReducedDouble(PayneHanekQuadrantDouble(x), PayneHanekHighDouble(x), PayneHanekLowDouble(x))),
            TanOfReducedDouble(CodyWaiteQuadrantDouble(x), CodyWaiteHighDouble(x), CodyWaiteLowDouble(x)));
        return Select(Abs(x) < TrigTiny, x, y);
    }

    /// <summary>sin(k·π/2 + r) from k mod 4 (any integer; only its two low bits count) and r = rHigh + rLow.</summary>
    [LaneHelper]
    private static double SinOfReducedDouble(long quadrant, double rHigh, double rLow)
    {
        double y = Select((quadrant & 1) == 0, SinKernelDouble(rHigh, rLow), CosKernelDouble(rHigh, rLow));
        return FlipSignInHalfTurnDouble(y, quadrant);
    }

    /// <summary>−y in quadrants 2 and 3 (k mod 4 from any integer k): bit 1 of k moved to the sign.</summary>
    [LaneHelper]
    private static double FlipSignInHalfTurnDouble(double y, long quadrant) => AsDouble(AsInt64(y) ^ ((quadrant & 2) << 62));

    /// <summary>
    /// tan(k·π/2 + r): n/d with n, d = sin r, cos r (even k) or cos r, sin r (odd k, negated), each as head + tail;
    /// t = n·(1/d), then t + (n − t·d)/d with the residual from Fma and the tails.
    /// </summary>
    [LaneHelper]
    private static double TanOfReducedDouble(long quadrant, double rHigh, double rLow)
    {
        double sinCorrection = SinCorrectionDouble(rHigh, rLow);
        double sinHigh = rHigh + sinCorrection;
        double sinLow = (rHigh - sinHigh) + sinCorrection;                 // Fast2Sum: the correction is below 0.11·rHigh
        double cosHead = CosHeadDouble(rHigh);
        double cosCorrection = CosCorrectionDouble(rHigh, rLow);
        double cosHigh = cosHead + cosCorrection;
        double cosLow = (cosHead - cosHigh) + cosCorrection;               // Fast2Sum: the head is at least 0.69
        bool odd = (quadrant & 1) != 0;
        double n = Select(odd, cosHigh, sinHigh);
        double nLow = Select(odd, cosLow, sinLow);
        double d = Select(odd, sinHigh, cosHigh);
        double dLow = Select(odd, sinLow, cosLow);
        double inverse = 1 / d;
        double q = n * inverse;
        double residual = (Fma(-q, d, n) + nLow) - q * dLow;
        double tan = Fma(residual, inverse, q);
        return Select(odd, -tan, tan);
    }

}
