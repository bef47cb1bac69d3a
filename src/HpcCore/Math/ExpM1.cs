using static HpcCore.Lane;

namespace HpcCore;

// expm1(x) = e^x − 1 = t·expm1(r) + (t − 1), t = 2^k, with k, r and rLow from Exp's reduction and
// expm1(r + rLow) = r + r²/2 + (r³·q(r) + rLow·(1 + r)), q from a minimax fit of expm1 itself (Fits/ExpM1*Fit.cs,
// relative to expm1(r), with the r²/2 term fixed so that it can be computed exactly).
// - The terms t − 1, t·r, t·r²/2 and the small rest are added with 2Sum (Knuth's branch-free TwoSum), each rounding
//   error kept, so the result is rounded once at the end: error near 0.5 ULP, also where e^x − 1 cancels (x < 0)
//   and where t·r²/2 is a third of the result (k = 1, r near −ln 2/2). Scaling by t is exact.
// - Small |x| gives k = 0 and expm1(x) = x + small exactly as wanted; expm1(±0) = ±0 is kept by a last Select.
// - For k above Big (e^x ≥ 2^60 (float) or 2^1000 (double)) the 1 is negligible and t would overflow: the Exp result is
//   used, which also gives +∞ beyond the overflow threshold. Below −25·ln 2 (float) the result rounds to −1 naturally.
public static partial class HpcMath
{
    private const float ExpM1BigF = 60f;

    /// <summary>Returns e^<paramref name="x"/> − 1, accurate also where the result is near 0.</summary>
    /// <param name="x">The exponent.</param>
    /// <returns>e^x − 1; ±0 for ±0, −1 for x below about −17.3, +∞ above about 88.72; NaN for NaN.</returns>
    [Vectorize("ExpM1", MaxUlp = 1.0, Domain = "all floats", Reference = "expm1")]
    private static float ExpM1Single(float x)
    {
        float clamped = Select(x > ExpClampF, ExpClampF, x);
        clamped = Select(clamped < -ExpClampF, -ExpClampF, clamped);
        float r = ExpRemainderSingle(clamped);
        float rLow = ExpRemainderLowSingle(clamped);
        float k = ExpScaleSingle(clamped);

        float q = ExpM1SingleFit.C7;
        q = Fma(q, r, ExpM1SingleFit.C6);
        q = Fma(q, r, ExpM1SingleFit.C5);
        q = Fma(q, r, ExpM1SingleFit.C4);
        q = Fma(q, r, ExpM1SingleFit.C3);
        float r2 = r * r;
        float h = 0.5f * r2;                                                  // r²/2 = h + hLow exactly
        float hLow = 0.5f * Fma(r, r, -r2);
        float rest = hLow + Fma(r2 * r, q, Fma(r, rLow, rLow));

        float t = ScaleB(1.0f, k);
        float a = t - 1.0f;
        float b = t * r;
        float c = t * h;
        float ab = a + b;
        float abc = ab + c;
        float errors = (TwoSumErrorSingle(t, -1.0f, a) + TwoSumErrorSingle(a, b, ab)) + TwoSumErrorSingle(ab, c, abc);
        float y = abc + (errors + ScaleB(rest, k));

        y = Select(k > ExpM1BigF, ExpReducedSingle(r, rLow, k), y);
        y = Select(x == 0.0f, x, y);
        return Select(IsNaN(x), float.NaN, y);
    }

    /// <summary>The exact rounding error of sum = a + b, for any a and b (2Sum, six operations, no branch).</summary>
    [LaneHelper]
    internal static float TwoSumErrorSingle(float a, float b, float sum)
    {
        float bVirtual = sum - a;
        float aVirtual = sum - bVirtual;
        return (a - aVirtual) + (b - bVirtual);
    }

    private const double ExpM1Big = 1000.0;

    /// <summary>Returns e^<paramref name="x"/> − 1, accurate also where the result is near 0.</summary>
    /// <param name="x">The exponent.</param>
    /// <returns>e^x − 1; ±0 for ±0, −1 for x below about −37.4, +∞ above about 709.78; NaN for NaN.</returns>
    [Vectorize("ExpM1", MaxUlp = 1.0, Domain = "all doubles", Reference = "expm1")]
    internal static double ExpM1Double(double x)
    {
        double clamped = Select(x > ExpClamp, ExpClamp, x);
        clamped = Select(clamped < -ExpClamp, -ExpClamp, clamped);
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
        double r2 = r * r;
        double h = 0.5 * r2;                                                  // r²/2 = h + hLow exactly
        double hLow = 0.5 * Fma(r, r, -r2);
        double rest = hLow + Fma(r2 * r, q, Fma(r, rLow, rLow));

        double t = ScaleB(1.0, k);
        double a = t - 1.0;
        double b = t * r;
        double c = t * h;
        double ab = a + b;
        double abc = ab + c;
        double errors = (TwoSumErrorDouble(t, -1.0, a) + TwoSumErrorDouble(a, b, ab)) + TwoSumErrorDouble(ab, c, abc);
        double y = abc + (errors + ScaleB(rest, k));

        y = Select(k > ExpM1Big, ExpReducedDouble(r, rLow, k), y);
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
