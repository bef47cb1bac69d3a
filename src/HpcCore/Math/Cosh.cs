using static HpcCore.Lane;

namespace HpcCore;

// cosh(x) = cosh(|x|):
// - |x| < 1: 1 + x²/2 + x⁴·q(x²), q the minimax fit (Fits/Cosh*Fit.cs). x²/2 = h + hError exactly (Fma), 1 + h is
//   summed with its error recovered (Fast2Sum), so one rounding dominates.
// - |x| ≥ 1: (e^|x| + e^−|x|)/2 = 2^(k−1)·(head + tail) + 2^(−k−1)/(head + tail), head + tail = exp(r) from the Exp core
//   (double: the table-driven pair of ExpTable.cs, renormalized: a head of 2^(j/16) itself would overflow 2^(k−1)·head
//   just below cosh's overflow, where the tail is negative).
//   Scaling head and tail separately (exact) lets the result be rounded once at the end, and 2^(k−1) also reaches
//   results between e^88.72 and the overflow of cosh at 89.42 that e^|x| itself cannot hold. e^−|x|/2 is at most 0.18
//   of the result, so its own rounding errors stay far below an ULP. Its scale is kept at 2^-60 (float) / 2^-600 (double)
//   or above: where that binds, the term is below 2^-118 of the result and changes no bit, and it is never subnormal
//   (Intel's cores take a microcode assist of over a hundred cycles for each operation on a subnormal: float Cosh
//   and Sinh over [−88, 88] took 1.8 and 2.4 ns per element, the one lane in a hundred beyond 87.3 slowing every vector).
// - cosh(±∞) = +∞, cosh(NaN) = NaN (canonical).
public static partial class HpcMath
{
    private const float HyperbolicClampF = 95f;                                // cosh and sinh overflow before; 2^(k−1)·tail stays finite

    /// <summary>Returns the hyperbolic cosine of <paramref name="x"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>cosh x ≥ 1; +∞ for |x| above about 89.42 and for ±∞; NaN for NaN.</returns>
    [Vectorize("Cosh", MaxUlp = 1.0, Domain = "all floats", Reference = "cosh")]
    private static float CoshSingle(float x)
    {
        float a = Abs(x);
        float x2 = a * a;
        float q = CoshSingleFit.C8;
        q = Fma(q, x2, CoshSingleFit.C6);
        q = Fma(q, x2, CoshSingleFit.C4);
        float h = 0.5f * x2;
        float hError = Fma(0.5f * a, a, -h);
        float sum = 1.0f + h;
        float small = sum + (((1.0f - sum) + h) + Fma(x2 * x2, q, hError));

        a = Select(a > HyperbolicClampF, HyperbolicClampF, a);
        float large = HyperbolicLargeSingle(a, 1.0f);
        return Select(IsNaN(x), float.NaN, Select(a < 1.0f, small, large));
    }

    /// <summary>(e^a + sign·e^−a)/2 for 1 ≤ a ≤ the clamp, rounded once at the end (sign ±1).</summary>
    [LaneHelper]
    private static float HyperbolicLargeSingle(float a, float sign)
    {
        float r = ExpRemainderSingle(a);
        float rLow = ExpRemainderLowSingle(a);
        float k = ExpScaleSingle(a);
        float head = ExpHeadSingle(r);
        float tail = ExpTailSingle(r, rLow);
        float scale = Select(k > 59.0f, -60.0f, -k - 1.0f);                             // no subnormal: see the comment above
        float reciprocal = ScaleB(1.0f / (head + tail), scale);
        return ScaleB(head, k - 1.0f) + Fma(sign, reciprocal, ScaleB(tail, k - 1.0f));
    }

    private const double HyperbolicClamp = 720.0;                              // cosh and sinh overflow before; 2^(k−1)·tail stays finite

    /// <summary>Returns the hyperbolic cosine of <paramref name="x"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>cosh x ≥ 1; +∞ for |x| above about 710.48 and for ±∞; NaN for NaN.</returns>
    [Vectorize("Cosh", MaxUlp = 1.0, Domain = "all doubles", Reference = "cosh")]
    private static double CoshDouble(double x)
    {
        double a = Abs(x);
        double x2 = a * a;
        double q = CoshDoubleFit.C14;
        q = Fma(q, x2, CoshDoubleFit.C12);
        q = Fma(q, x2, CoshDoubleFit.C10);
        q = Fma(q, x2, CoshDoubleFit.C8);
        q = Fma(q, x2, CoshDoubleFit.C6);
        q = Fma(q, x2, CoshDoubleFit.C4);
        double h = 0.5 * x2;
        double hError = Fma(0.5 * a, a, -h);
        double sum = 1.0 + h;
        double small = sum + (((1.0 - sum) + h) + Fma(x2 * x2, q, hError));

        a = Select(a > HyperbolicClamp, HyperbolicClamp, a);
        double large = HyperbolicLargeDouble(a, 1.0);
        return Select(IsNaN(x), double.NaN, Select(a < 1.0, small, large));
    }

    /// <summary>(e^a + sign·e^−a)/2 for 1 ≤ a ≤ the clamp, rounded once at the end (sign ±1).</summary>
    [LaneHelper]
    private static double HyperbolicLargeDouble(double a, double sign)
    {
        double k = ExpTablePowerOfTwoDouble(a);                                        // e^a = 2^k(head + tail), the table's pair
        double head = ExpTableHeadDouble(a);
        double tail = ExpTableLowDouble(a);
        double scale = Select(k > 599.0, -600.0, -k - 1.0);                             // no subnormal: see the comment above
        double reciprocal = ScaleB(1.0 / (head + tail), scale);
        return ScaleB(head, k - 1.0) + Fma(sign, reciprocal, ScaleB(tail, k - 1.0));
    }
}
