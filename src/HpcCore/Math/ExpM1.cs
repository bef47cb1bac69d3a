using static HpcCore.Lane;

namespace HpcCore;

// expm1(x) = e^x − 1 = 2^k·((1 − 2^-k) + r + p), with k, r and rLow from Exp's reduction and
// p = e^(r + rLow) − 1 − r = r²/2 + r³·q(r) + rLow·(1 + r) in one FMA, q from a minimax fit of expm1 itself
// (Fits/ExpM1*Fit.cs, relative to expm1(r), the r²/2 term fixed so that the FMA forms it without a rounding of its own).
// - a = 1 − 2^-k is exact for |k| ≤ 24 (53 for double), its error is kept otherwise (2Sum); a + r is summed with its
//   error recovered (Fast2Sum: |a| ≥ 1/2 > |r| unless k = 0, where a = 0 and the sum is r itself), and the small
//   terms are added to the low part, so the result is rounded once, then scaled by 2^k exactly. Nothing cancels:
//   k = 0 gives r + p (expm1(x) = x + small exactly as wanted for small |x|), otherwise |a + r| ≥ 0.15.
// - Measured: 0.73 ULP on all floats, where p is a quarter of the result (k = 1, r near −ln 2/2) and its rounding
//   shows. Keeping r²/2 as an exact pair gives 0.62 ULP but costs 15 % more time; an earlier form with three 2Sums
//   and a second polynomial for large k gave 0.67 ULP at 1.7× the time.
// - Overflow and underflow need no branch: x is floored where the result rounds to −1 (2^-k ≤ 2^29 then), 2^-k is
//   taken as 2^-60 (2^-120) where k is above that (no subnormal intermediate; the 1 is far below the result's ULP),
//   and above the last x with a finite result the result is set to +∞. expm1(±0) = ±0 is kept by a last Select.
public static partial class HpcMath
{
    private const float ExpM1OverflowF = 88.7228317f;                  // 0x1.62e42ep6, the largest x with a finite result
    internal const float ExpM1FloorF = -20f;                           // e^x − 1 rounds to −1 below −17.33
    private const float ExpM1NegligibleF = 60f;                        // for k above it, 2^-k is taken as 2^-60 (no subnormal)

    /// <summary>Returns e^<paramref name="x"/> − 1, accurate also where the result is near 0.</summary>
    /// <param name="x">The exponent.</param>
    /// <returns>e^x − 1; ±0 for ±0, −1 for x below about −17.3, +∞ above about 88.72; NaN for NaN.</returns>
    [Vectorize("ExpM1", MaxUlp = 1.0, Domain = "all floats", Reference = "expm1")]
    private static float ExpM1Single(float x)
    {
        float clamped = Select(x < ExpM1FloorF, ExpM1FloorF, x);
        float low = ExpM1ScaledLowSingle(clamped);                           // first: the JIT keeps the emitted order,
        float y = ScaleB(ExpM1ScaledSumSingle(clamped) + low, ExpScaleSingle(clamped)); // and the sum is then live only briefly
        y = Select(x > ExpM1OverflowF, float.PositiveInfinity, y);
        y = Select(x == 0.0f, x, y);
        return Select(IsNaN(x), float.NaN, y);
    }

    /// <summary>
    /// (e^x − 1)·2^-k = sum + low for x ≥ −20, k = <see cref="ExpScaleSingle"/>(x): the sum a + r, rounded. The pair is
    /// not normalized: low holds p, up to a quarter of the result.
    /// </summary>
    [LaneHelper]
    internal static float ExpM1ScaledSumSingle(float x) => ExpM1OneLessSingle(x) + ExpRemainderSingle(x);

    /// <summary>The low part of <see cref="ExpM1ScaledSumSingle"/>: the sum's error, a's, and p.</summary>
    [LaneHelper]
    internal static float ExpM1ScaledLowSingle(float x)
    {
        float r = ExpRemainderSingle(x);
        float rLow = ExpRemainderLowSingle(x);
        float q = ExpM1SingleFit.C7;
        q = Fma(q, r, ExpM1SingleFit.C6);
        q = Fma(q, r, ExpM1SingleFit.C5);
        q = Fma(q, r, ExpM1SingleFit.C4);
        q = Fma(q, r, ExpM1SingleFit.C3);
        float p = Fma(0.5f * r, r, Fma(r * r * r, q, Fma(r, rLow, rLow)));      // e^(r + rLow) − 1 − r

        float a = ExpM1OneLessSingle(x);
        float aLow = TwoSumErrorSingle(1.0f, -ExpM1PowerSingle(x), a);
        float sum = ExpM1ScaledSumSingle(x);
        return (((a - sum) + r) + aLow) + p;                                  // Fast2Sum: |a| > |r| unless a = 0
    }

    /// <summary>a = 1 − 2^-k rounded (exact for |k| ≤ 24).</summary>
    [LaneHelper]
    private static float ExpM1OneLessSingle(float x) => 1.0f - ExpM1PowerSingle(x);

    /// <summary>2^-k, taken as 2^-60 for k above 60.</summary>
    [LaneHelper]
    private static float ExpM1PowerSingle(float x)
    {
        float k = ExpScaleSingle(x);
        return ScaleB(1.0f, -Select(k > ExpM1NegligibleF, ExpM1NegligibleF, k));
    }

    /// <summary>The exact rounding error of sum = a + b, for any a and b (2Sum, six operations, no branch).</summary>
    [LaneHelper]
    internal static float TwoSumErrorSingle(float a, float b, float sum)
    {
        float bVirtual = sum - a;
        float aVirtual = sum - bVirtual;
        return (a - aVirtual) + (b - bVirtual);
    }

    private const double ExpM1Floor = -40.0;                           // e^x − 1 rounds to −1 below −37.43
    private const double ExpM1Negligible = 120.0;                      // for k above it, 2^-k is taken as 2^-120 (no subnormal)
    private const double ExpM1Overflow = 709.782712893384;             // 0x1.62e42fefa39efp9, the largest x with a finite result

    /// <summary>Returns e^<paramref name="x"/> − 1, accurate also where the result is near 0.</summary>
    /// <param name="x">The exponent.</param>
    /// <returns>e^x − 1; ±0 for ±0, −1 for x below about −37.4, +∞ above about 709.78; NaN for NaN.</returns>
    [Vectorize("ExpM1", MaxUlp = 1.0, Domain = "all doubles", Reference = "expm1")]
    internal static double ExpM1Double(double x)
    {
        double clamped = Select(x < ExpM1Floor, ExpM1Floor, x);
        double r = ExpRemainderDouble(clamped);
        double rLow = ExpRemainderLowDouble(clamped);
        double k = ExpScaleDouble(clamped);

        double q = ExpM1DoubleFit.C12;
        q = Fma(q, r, ExpM1DoubleFit.C11);
        q = Fma(q, r, ExpM1DoubleFit.C10);
        q = Fma(q, r, ExpM1DoubleFit.C9);
        q = Fma(q, r, ExpM1DoubleFit.C8);
        q = Fma(q, r, ExpM1DoubleFit.C7);
        q = Fma(q, r, ExpM1DoubleFit.C6);
        q = Fma(q, r, ExpM1DoubleFit.C5);
        q = Fma(q, r, ExpM1DoubleFit.C4);
        q = Fma(q, r, ExpM1DoubleFit.C3);
        double p = Fma(0.5 * r, r, Fma(r * r * r, q, Fma(r, rLow, rLow)));       // e^(r + rLow) − 1 − r

        double u = ScaleB(1.0, -Select(k > ExpM1Negligible, ExpM1Negligible, k));
        double a = 1.0 - u;                                                   // (e^x − 1)/2^k = a + aLow + r + p
        double aLow = TwoSumErrorDouble(1.0, -u, a);
        double sum = a + r;
        double low = (((a - sum) + r) + aLow) + p;                            // Fast2Sum: |a| > |r| unless a = 0
        double y = ScaleB(sum + low, k);
        y = Select(x > ExpM1Overflow, double.PositiveInfinity, y);
        y = Select(x == 0.0, x, y);
        return Select(IsNaN(x), double.NaN, y);
    }

    /// <summary>The exact rounding error of sum = a + b, for any a and b (2Sum, six operations, no branch).</summary>
    [LaneHelper]
    internal static double TwoSumErrorDouble(double a, double b, double sum)
    {
        double bVirtual = sum - a;
        double aVirtual = sum - bVirtual;
        return (a - aVirtual) + (b - bVirtual);
    }
}
