using static HpcCore.Lane;

namespace HpcCore;

// atan(x) = sign(x)·atan(|x|) = base + atan(t), one division choosing among three reductions:
// - |x| ≤ tan(π/8): t = |x|, base = 0;
// - tan(π/8) < |x| ≤ tan(3π/8): t = (|x| − 1)/(|x| + 1), base = π/4;
// - |x| > tan(3π/8): t = −1/|x|, base = π/2.
// So |t| ≤ tan(π/8) and atan(t) = t + t·(t²·q(t²)), q the minimax fit on [0, tan(π/8)] (Fits/Atan*Fit.cs), the
// correction at most 0.054 of t. Numerator and denominator are kept with their rounding errors (2Sum), t with the
// division's remainder (Fma), and base + t is summed with its error recovered (Fast2Sum: base ≥ |t| or base = 0), so
// the result is rounded once at the end.
// - |x| is clamped at 2^30 (float) / 2^60 (double), where atan already rounds to π/2: atan(±∞) = ±π/2 (rounded),
//   atan(±0) = ±0, NaN canonical.
public static partial class HpcMath
{
    private const float HalfPiHeadF = 1.5707963705062866f;                  // π/2 rounded
    private const float HalfPiTailF = -4.371138828673793e-08f;              // π/2 − HalfPiHead
    private const float QuarterPiHeadF = 0.7853981852531433f;               // π/4 rounded
    private const float QuarterPiTailF = -2.1855694143368964e-08f;           // π/4 − QuarterPiHead
    private const float TanEighthPiF = 0.41421356f;                         // tan(π/8)
    private const float TanThreeEighthsPiF = 2.41421356f;                   // tan(3π/8)
    private const float AtanClampF = 1073741824f;                       // 2^30

    /// <summary>Returns the angle whose tangent is <paramref name="x"/>.</summary>
    /// <param name="x">The tangent.</param>
    /// <returns>atan x in [−π/2, π/2] radians; ±0 for ±0, ±π/2 (rounded) for ±∞; NaN for NaN.</returns>
    [Vectorize("Atan", MaxUlp = 1.0, Domain = "all floats", Reference = "atan")]
    private static float AtanSingle(float x)
    {
        float a = Abs(x);
        a = Select(a > AtanClampF, AtanClampF, a);
        bool middle = a > TanEighthPiF;
        bool large = a > TanThreeEighthsPiF;

        float numerator = Select(large, -1.0f, Select(middle, a - 1.0f, a));
        float numeratorLow = Select(middle & !large, TwoSumErrorSingle(a, -1.0f, a - 1.0f), 0.0f);
        float denominator = Select(large, a, Select(middle, a + 1.0f, 1.0f));
        float denominatorLow = Select(middle & !large, TwoSumErrorSingle(a, 1.0f, a + 1.0f), 0.0f);
        float t = numerator / denominator;
        float tLow = (Fma(-t, denominator, numerator) + (numeratorLow - t * denominatorLow)) / denominator;

        float baseHead = Select(large, HalfPiHeadF, Select(middle, QuarterPiHeadF, 0.0f));
        float baseTail = Select(large, HalfPiTailF, Select(middle, QuarterPiTailF, 0.0f));
        float y = AtanSumSingle(t, tLow, baseHead, baseTail);
        return Select(IsNaN(x), float.NaN, CopySign(y, x));
    }

    /// <summary>
    /// base + atan(t + tLow) rounded once, for |t| ≤ tan(π/8) (slightly beyond is harmless), |tLow| ≤ ulp(t) and
    /// |baseHead| ≥ |t| or baseHead = 0 (Fast2Sum). Shared by Atan and Atan2.
    /// </summary>
    [LaneHelper]
    private static float AtanSumSingle(float t, float tLow, float baseHead, float baseTail)
    {
        float t2 = t * t;
        float q = AtanSingleFit.C11;
        q = Fma(q, t2, AtanSingleFit.C9);
        q = Fma(q, t2, AtanSingleFit.C7);
        q = Fma(q, t2, AtanSingleFit.C5);
        q = Fma(q, t2, AtanSingleFit.C3);
        float small = Fma(t, t2 * q, Fma(-tLow, t2, tLow));                     // atan(t + tLow) − t, tLow/(1 + t²) ≈ tLow·(1 − t²)
        float head = baseHead + t;
        float headError = (baseHead - head) + t;
        return head + (headError + (baseTail + small));
    }

    private const double HalfPiHead = 1.5707963267948966;                  // π/2 rounded
    private const double HalfPiTail = 6.123233995736766e-17;              // π/2 − HalfPiHead
    private const double QuarterPiHead = 0.7853981633974483;               // π/4 rounded
    private const double QuarterPiTail = 3.061616997868383e-17;           // π/4 − QuarterPiHead
    private const double TanEighthPi = 0.41421356237309503;                         // tan(π/8)
    private const double TanThreeEighthsPi = 2.414213562373095;                   // tan(3π/8)
    private const double AtanClamp = 1.152921504606846976e18;                       // 2^60

    /// <summary>Returns the angle whose tangent is <paramref name="x"/>.</summary>
    /// <param name="x">The tangent.</param>
    /// <returns>atan x in [−π/2, π/2] radians; ±0 for ±0, ±π/2 (rounded) for ±∞; NaN for NaN.</returns>
    [Vectorize("Atan", MaxUlp = 1.0, Domain = "all doubles", Reference = "atan")]
    private static double AtanDouble(double x)
    {
        double a = Abs(x);
        a = Select(a > AtanClamp, AtanClamp, a);
        bool middle = a > TanEighthPi;
        bool large = a > TanThreeEighthsPi;

        double numerator = Select(large, -1.0, Select(middle, a - 1.0, a));
        double numeratorLow = Select(middle & !large, TwoSumErrorDouble(a, -1.0, a - 1.0), 0.0);
        double denominator = Select(large, a, Select(middle, a + 1.0, 1.0));
        double denominatorLow = Select(middle & !large, TwoSumErrorDouble(a, 1.0, a + 1.0), 0.0);
        double t = numerator / denominator;
        double tLow = (Fma(-t, denominator, numerator) + (numeratorLow - t * denominatorLow)) / denominator;

        double baseHead = Select(large, HalfPiHead, Select(middle, QuarterPiHead, 0.0));
        double baseTail = Select(large, HalfPiTail, Select(middle, QuarterPiTail, 0.0));
        double y = AtanSumDouble(t, tLow, baseHead, baseTail);
        return Select(IsNaN(x), double.NaN, CopySign(y, x));
    }

    /// <summary>
    /// base + atan(t + tLow) rounded once, for |t| ≤ tan(π/8) (slightly beyond is harmless), |tLow| ≤ ulp(t) and
    /// |baseHead| ≥ |t| or baseHead = 0 (Fast2Sum). Shared by Atan and Atan2.
    /// </summary>
    [LaneHelper]
    private static double AtanSumDouble(double t, double tLow, double baseHead, double baseTail)
    {
        double t2 = t * t;
        double q = AtanDoubleFit.C25;
        q = Fma(q, t2, AtanDoubleFit.C23);
        q = Fma(q, t2, AtanDoubleFit.C21);
        q = Fma(q, t2, AtanDoubleFit.C19);
        q = Fma(q, t2, AtanDoubleFit.C17);
        q = Fma(q, t2, AtanDoubleFit.C15);
        q = Fma(q, t2, AtanDoubleFit.C13);
        q = Fma(q, t2, AtanDoubleFit.C11);
        q = Fma(q, t2, AtanDoubleFit.C9);
        q = Fma(q, t2, AtanDoubleFit.C7);
        q = Fma(q, t2, AtanDoubleFit.C5);
        q = Fma(q, t2, AtanDoubleFit.C3);
        double small = Fma(t, t2 * q, Fma(-tLow, t2, tLow));                     // atan(t + tLow) − t, tLow/(1 + t²) ≈ tLow·(1 − t²)
        double head = baseHead + t;
        double headError = (baseHead - head) + t;
        return head + (headError + (baseTail + small));
    }
}
