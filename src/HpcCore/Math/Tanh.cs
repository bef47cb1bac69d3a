using static HpcCore.Lane;

namespace HpcCore;

// tanh(x) = sign(x)·tanh(|x|):
// - |x| < 0.55: x + x·(x²·q(x²)), q the minimax fit (Fits/Tanh*Fit.cs); the correction is at most 0.1 of x.
// - |x| ≥ 0.55: 1 − 2/(E + 1), E = e^(2|x|) = 2^k·(head + tail) from the Exp core,
//   renormalized so the low part is below an ULP. E + 1 is kept as a pair (Fast2Sum,
//   E ≥ 3), the quotient q = 2/(E + 1) gets its remainder from one Fma and a correction from the pair's low part, and
//   1 − q is summed with its error recovered, so only the last addition rounds at full weight: error near 0.5 ULP,
//   with no cancellation left to amplify the quotient's error (q ≤ 0.5 here).
// - |x| is clamped at 20 (float) / 40 (double), beyond which tanh rounds to 1; tanh(±∞) = ±1, tanh(±0) = ±0,
//   NaN canonical. The sign is restored with CopySign.
public static partial class HpcMath
{
    private const float TanhClampF = 20f;                                   // 1 − tanh(x) is below ½ ULP of 1 long before

    /// <summary>Returns the hyperbolic tangent of <paramref name="x"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>tanh x in [−1, 1]; ±0 for ±0, ±1 for ±∞; NaN for NaN.</returns>
    [Vectorize("Tanh", MaxUlp = 1.0, Domain = "all floats", Reference = "tanh")]
    internal static float TanhSingle(float x)
    {
        float a = Abs(x);
        float x2 = a * a;
        float q = TanhSingleFit.C11;
        q = Fma(q, x2, TanhSingleFit.C9);
        q = Fma(q, x2, TanhSingleFit.C7);
        q = Fma(q, x2, TanhSingleFit.C5);
        q = Fma(q, x2, TanhSingleFit.C3);
        float small = Fma(a, x2 * q, a);

        a = Select(a > TanhClampF, TanhClampF, a);
        float a2 = a + a;
        float r = ExpRemainderSingle(a2);
        float rLow = ExpRemainderLowSingle(a2);
        float k = ExpScaleSingle(a2);
        float head = ExpHeadSingle(r);
        float tail = ExpTailSingle(r, rLow);
        float e = ScaleB(head + tail, k);
        float eLow = ScaleB((head - (head + tail)) + tail, k);                 // renormalized: |eLow| ≤ ½ ULP of e
        float d = e + 1.0f;
        float dLow = ((e - d) + 1.0f) + eLow;                                  // Fast2Sum: e ≥ 3
        float quotient = 2.0f / d;
        float remainder = Fma(-quotient, d, 2.0f);                             // exact
        float quotientLow = (remainder - quotient * dLow) * (0.5f * quotient);  // ≈ (remainder − q·dLow)/d
        float oneMinus = 1.0f - quotient;
        float large = oneMinus + (((1.0f - oneMinus) - quotient) - quotientLow);

        return Select(IsNaN(x), float.NaN, CopySign(Select(a < 0.55f, small, large), x));
    }

    private const double TanhClamp = 40.0;                                   // 1 − tanh(x) is below ½ ULP of 1 long before

    /// <summary>Returns the hyperbolic tangent of <paramref name="x"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>tanh x in [−1, 1]; ±0 for ±0, ±1 for ±∞; NaN for NaN.</returns>
    [Vectorize("Tanh", MaxUlp = 1.0, Domain = "all doubles", Reference = "tanh")]
    internal static double TanhDouble(double x)
    {
        double a = Abs(x);
        double x2 = a * a;
        double q = TanhDoubleFit.C23;
        q = Fma(q, x2, TanhDoubleFit.C21);
        q = Fma(q, x2, TanhDoubleFit.C19);
        q = Fma(q, x2, TanhDoubleFit.C17);
        q = Fma(q, x2, TanhDoubleFit.C15);
        q = Fma(q, x2, TanhDoubleFit.C13);
        q = Fma(q, x2, TanhDoubleFit.C11);
        q = Fma(q, x2, TanhDoubleFit.C9);
        q = Fma(q, x2, TanhDoubleFit.C7);
        q = Fma(q, x2, TanhDoubleFit.C5);
        q = Fma(q, x2, TanhDoubleFit.C3);
        double small = Fma(a, x2 * q, a);

        a = Select(a > TanhClamp, TanhClamp, a);
        double a2 = a + a;
        double r = ExpRemainderDouble(a2);
        double rLow = ExpRemainderLowDouble(a2);
        double k = ExpScaleDouble(a2);
        double head = ExpHeadDouble(r);
        double tail = ExpTailDouble(r, rLow);
        double e = ScaleB(head + tail, k);
        double eLow = ScaleB((head - (head + tail)) + tail, k);                 // renormalized: |eLow| ≤ ½ ULP of e
        double d = e + 1.0;
        double dLow = ((e - d) + 1.0) + eLow;                                  // Fast2Sum: e ≥ 3
        double quotient = 2.0 / d;
        double remainder = Fma(-quotient, d, 2.0);                             // exact
        double quotientLow = (remainder - quotient * dLow) * (0.5 * quotient);  // ≈ (remainder − q·dLow)/d
        double oneMinus = 1.0 - quotient;
        double large = oneMinus + (((1.0 - oneMinus) - quotient) - quotientLow);

        return Select(IsNaN(x), double.NaN, CopySign(Select(a < 0.55, small, large), x));
    }
}
