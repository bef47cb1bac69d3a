using static HpcCore.Lane;

namespace HpcCore;

// atan2(y, x) is the Atan computation on a quotient of the two arguments, so it keeps Atan's single rounding:
// with a = |y| and b = |x|, the angle θ = atan(a/b) ∈ [0, π/2] is base + atan(t) with
// - a ≤ tan(π/8)·b: t = a/b, base = 0;
// - a ≤ tan(3π/8)·b: t = (a − b)/(a + b), base = π/4 (numerator and denominator kept with their 2Sum errors);
// - otherwise: t = −b/a, base = π/2.
// For x < 0 (−0 included) the angle is π − θ = (π − base) + atan(−t): the numerator changes sign and the base becomes
// π, 3π/4 or π/2, so the quadrant costs no extra rounding. The sign of y is copied last (atan2(−0, ·) = −0 or −π).
// The quotient is never formed from infinities or the extremes of the exponent range:
// - both arguments are multiplied by the same power of two (the ratio is unchanged): by 1/4 when the larger is
//   above 2^125 (float) / 2^1021 (double), so a + b and tan(3π/8)·b cannot overflow, and by 2^100 / 2^600 when it is
//   below 2^-24 / 2^-200, so the quotient's remainder (Fma) does not underflow while |t| ≥ 2^-40 / 2^-80. Below
//   that, atan(t) = t to far below an ULP and the remainder, which may have underflowed, is dropped: the result is
//   the correctly rounded quotient. Scaling down only by 1/4 keeps the smaller argument out of the subnormals
//   unless the angle is far below the smallest subnormal (a larger step rounds it there first and the quotient
//   again: 0.998 ULP measured with 2^-64; an underflowed remainder gave 0.87);
// - an infinite argument is replaced by 1 and the other by 0 (or both by 1), which gives C99's 0, π/2, π/4, 3π/4, π;
// - a = b = 0 divides 0 by 1 instead of 0 by 0: atan2(±0, +0) = ±0, atan2(±0, −0) = ±π.
public static partial class HpcMath
{
    private const float ThreeQuarterPiHeadF = 2.356194496154785f;              // 3π/4 rounded
    private const float ThreeQuarterPiTailF = -5.962440319251527e-09f;         // 3π/4 − ThreeQuarterPiHead
    private const float Atan2BigF = 4.253529586511731e37f;                    // 2^125
    private const float Atan2SmallF = 5.960464477539063e-08f;                 // 2^-24
    private const float Atan2TinyQuotientF = 9.094947017729282e-13f;          // 2^-40
    private const float Atan2UpF = 1.2676506002282294e30f;                    // 2^100

    /// <summary>Returns the angle of the point (<paramref name="x"/>, <paramref name="y"/>), like <see cref="System.MathF.Atan2"/>.</summary>
    /// <param name="y">The y coordinate.</param>
    /// <param name="x">The x coordinate.</param>
    /// <returns>
    /// atan2(y, x) in [−π, π] radians, within 1.0 ULP for every pair of floats. C99 Annex F special values: ±0 or ±π
    /// for y = ±0 (π when x is negative or −0), ±π/2 for x = ±0 and y ≠ 0, ±π/4 or ±3π/4 when both are infinite,
    /// NaN when either is NaN.
    /// </returns>
    [Vectorize("Atan2", MaxUlp = 1.0, Domain = "all pairs of floats", Reference = "atan2")]
    private static float Atan2Single(float y, float x)
    {
        float a = Abs(y), b = Abs(x);
        bool aInfinite = a == float.PositiveInfinity, bInfinite = b == float.PositiveInfinity;
        a = Select(aInfinite, 1.0f, Select(bInfinite, 0.0f, a));
        b = Select(bInfinite, 1.0f, Select(aInfinite, 0.0f, b));
        float larger = Select(a > b, a, b);
        float scale = Select(larger > Atan2BigF, 0.25f, Select(larger < Atan2SmallF, Atan2UpF, 1.0f));
        a *= scale;
        b *= scale;

        bool middle = a > TanEighthPiF * b;
        bool large = a > TanThreeEighthsPiF * b;
        bool between = middle & !large;
        float sum = a + b, difference = a - b;
        float numerator = Select(large, -b, Select(middle, difference, a));
        float numeratorLow = Select(between, TwoSumErrorSingle(a, -b, difference), 0.0f);
        float denominator = Select(large, a, Select(middle, sum, Select(b == 0.0f, 1.0f, b)));
        float denominatorLow = Select(between, TwoSumErrorSingle(a, b, sum), 0.0f);
        bool xNegative = CopySign(1.0f, x) < 0.0f;
        numerator = Select(xNegative, -numerator, numerator);
        numeratorLow = Select(xNegative, -numeratorLow, numeratorLow);
        float t = numerator / denominator;
        float tLow = (Fma(-t, denominator, numerator) + (numeratorLow - t * denominatorLow)) / denominator;
        tLow = Select(Abs(t) < Atan2TinyQuotientF, 0.0f, tLow);

        float baseHead = Select(large, HalfPiHeadF, Select(middle, Select(xNegative, ThreeQuarterPiHeadF, QuarterPiHeadF), Select(xNegative, PiHeadF, 0.0f)));
        float baseTail = Select(large, HalfPiTailF, Select(middle, Select(xNegative, ThreeQuarterPiTailF, QuarterPiTailF), Select(xNegative, PiTailF, 0.0f)));
        float angle = AtanSumSingle(t, tLow, baseHead, baseTail);
        return Select(IsNaN(x) | IsNaN(y), float.NaN, CopySign(angle, y));
    }

    private const double ThreeQuarterPiHead = 2.356194490192345;               // 3π/4 rounded
    private const double ThreeQuarterPiTail = 9.184850993605148e-17;           // 3π/4 − ThreeQuarterPiHead
    private const double Atan2Big = 2.247116418577895e307;                      // 2^1021
    private const double Atan2Small = 6.223015277861142e-61;                    // 2^-200
    private const double Atan2TinyQuotient = 8.271806125530277e-25;              // 2^-80
    private const double Atan2Up = 4.149515568880993e180;                       // 2^600

    /// <summary>Returns the angle of the point (<paramref name="x"/>, <paramref name="y"/>), like <see cref="System.Math.Atan2"/>.</summary>
    /// <param name="y">The y coordinate.</param>
    /// <param name="x">The x coordinate.</param>
    /// <returns>
    /// atan2(y, x) in [−π, π] radians, within 1.0 ULP for every pair of doubles. C99 Annex F special values: ±0 or ±π
    /// for y = ±0 (π when x is negative or −0), ±π/2 for x = ±0 and y ≠ 0, ±π/4 or ±3π/4 when both are infinite,
    /// NaN when either is NaN.
    /// </returns>
    [Vectorize("Atan2", MaxUlp = 1.0, Domain = "all pairs of doubles", Reference = "atan2")]
    private static double Atan2Double(double y, double x)
    {
        double a = Abs(y), b = Abs(x);
        bool aInfinite = a == double.PositiveInfinity, bInfinite = b == double.PositiveInfinity;
        a = Select(aInfinite, 1.0, Select(bInfinite, 0.0, a));
        b = Select(bInfinite, 1.0, Select(aInfinite, 0.0, b));
        double larger = Select(a > b, a, b);
        double scale = Select(larger > Atan2Big, 0.25, Select(larger < Atan2Small, Atan2Up, 1.0));
        a *= scale;
        b *= scale;

        bool middle = a > TanEighthPi * b;
        bool large = a > TanThreeEighthsPi * b;
        bool between = middle & !large;
        double sum = a + b, difference = a - b;
        double numerator = Select(large, -b, Select(middle, difference, a));
        double numeratorLow = Select(between, TwoSumErrorDouble(a, -b, difference), 0.0);
        double denominator = Select(large, a, Select(middle, sum, Select(b == 0.0, 1.0, b)));
        double denominatorLow = Select(between, TwoSumErrorDouble(a, b, sum), 0.0);
        bool xNegative = CopySign(1.0, x) < 0.0;
        numerator = Select(xNegative, -numerator, numerator);
        numeratorLow = Select(xNegative, -numeratorLow, numeratorLow);
        double t = numerator / denominator;
        double tLow = (Fma(-t, denominator, numerator) + (numeratorLow - t * denominatorLow)) / denominator;
        tLow = Select(Abs(t) < Atan2TinyQuotient, 0.0, tLow);

        double baseHead = Select(large, HalfPiHead, Select(middle, Select(xNegative, ThreeQuarterPiHead, QuarterPiHead), Select(xNegative, PiHead, 0.0)));
        double baseTail = Select(large, HalfPiTail, Select(middle, Select(xNegative, ThreeQuarterPiTail, QuarterPiTail), Select(xNegative, PiTail, 0.0)));
        double angle = AtanSumDouble(t, tLow, baseHead, baseTail);
        return Select(IsNaN(x) | IsNaN(y), double.NaN, CopySign(angle, y));
    }
}
