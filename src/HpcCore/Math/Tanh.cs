using static HpcCore.Lane;

namespace HpcCore;

// tanh(x) = sign(x)·tanh(|x|):
// - |x| < 0.55 (float: ½): x + x·(x²·q(x²)), q the minimax fit (Fits/Tanh*Fit.cs); the correction is at most 0.1 of x.
// - float, |x| ≥ ½: a polynomial in t = |x| − the centre of its interval, two intervals per binade up to 12 (|x| is
//   clamped at 12, where tanh has long rounded to 1; 12 itself reads the last interval's entries, the lookup's repeat),
//   each a degree-8 minimax fit (Fits/TanhIntervalSingleFit*.cs, about 2^-30) whose coefficients are looked up by the
//   interval's number: no exponential, no division. The constant term is a pair and the linear term's rounding error
//   is recovered, so c0 + (linear + rest) rounds about once.
// - double, |x| ≥ 0.55: 1 − 2/(E + 1), E = e^(2|x|) = 2^k·(p + pLow), the table-driven pair of ExpTable.cs
//   (renormalized, so the low part is below an ULP; 2^-56). E + 1 is kept as a pair (Fast2Sum,
//   E ≥ 3), the quotient q = 2/(E + 1) gets its remainder from one Fma and a correction from the pair's low part, and
//   1 − q is summed with its error recovered, so only the last addition rounds at full weight: error near 0.5 ULP,
//   with no cancellation left to amplify the quotient's error (q ≤ 0.5 here).
// - |x| is clamped at 12 (float) / 40 (double), beyond which tanh rounds to 1; tanh(±∞) = ±1, tanh(±0) = ±0,
//   NaN canonical. The sign is restored with CopySign.
public static partial class HpcMath
{
    private const float TanhIntervalLimitF = 12.0f;                         // tanh rounds to 1 from about 9.011 on
    private const float TanhIntervalStartF = 0.5f;                          // below: the odd polynomial in x

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

        float b = Select(a > TanhIntervalLimitF, TanhIntervalLimitF, a);
        int i = TanhIntervalSingle(b);
        float t = b - Lookup(i, 0.625f, 0.875f, 1.25f, 1.75f, 2.5f, 3.5f, 5.0f, 7.0f, 10.0f);   // exact: Sterbenz
        float s = Lookup(i, TanhIntervalSingleFit0.C8, TanhIntervalSingleFit1.C8, TanhIntervalSingleFit2.C8, TanhIntervalSingleFit3.C8, TanhIntervalSingleFit4.C8, TanhIntervalSingleFit5.C8, TanhIntervalSingleFit6.C8, TanhIntervalSingleFit7.C8, TanhIntervalSingleFit8.C8);
        s = Fma(s, t, Lookup(i, TanhIntervalSingleFit0.C7, TanhIntervalSingleFit1.C7, TanhIntervalSingleFit2.C7, TanhIntervalSingleFit3.C7, TanhIntervalSingleFit4.C7, TanhIntervalSingleFit5.C7, TanhIntervalSingleFit6.C7, TanhIntervalSingleFit7.C7, TanhIntervalSingleFit8.C7));
        s = Fma(s, t, Lookup(i, TanhIntervalSingleFit0.C6, TanhIntervalSingleFit1.C6, TanhIntervalSingleFit2.C6, TanhIntervalSingleFit3.C6, TanhIntervalSingleFit4.C6, TanhIntervalSingleFit5.C6, TanhIntervalSingleFit6.C6, TanhIntervalSingleFit7.C6, TanhIntervalSingleFit8.C6));
        s = Fma(s, t, Lookup(i, TanhIntervalSingleFit0.C5, TanhIntervalSingleFit1.C5, TanhIntervalSingleFit2.C5, TanhIntervalSingleFit3.C5, TanhIntervalSingleFit4.C5, TanhIntervalSingleFit5.C5, TanhIntervalSingleFit6.C5, TanhIntervalSingleFit7.C5, TanhIntervalSingleFit8.C5));
        s = Fma(s, t, Lookup(i, TanhIntervalSingleFit0.C4, TanhIntervalSingleFit1.C4, TanhIntervalSingleFit2.C4, TanhIntervalSingleFit3.C4, TanhIntervalSingleFit4.C4, TanhIntervalSingleFit5.C4, TanhIntervalSingleFit6.C4, TanhIntervalSingleFit7.C4, TanhIntervalSingleFit8.C4));
        s = Fma(s, t, Lookup(i, TanhIntervalSingleFit0.C3, TanhIntervalSingleFit1.C3, TanhIntervalSingleFit2.C3, TanhIntervalSingleFit3.C3, TanhIntervalSingleFit4.C3, TanhIntervalSingleFit5.C3, TanhIntervalSingleFit6.C3, TanhIntervalSingleFit7.C3, TanhIntervalSingleFit8.C3));
        s = Fma(s, t, Lookup(i, TanhIntervalSingleFit0.C2, TanhIntervalSingleFit1.C2, TanhIntervalSingleFit2.C2, TanhIntervalSingleFit3.C2, TanhIntervalSingleFit4.C2, TanhIntervalSingleFit5.C2, TanhIntervalSingleFit6.C2, TanhIntervalSingleFit7.C2, TanhIntervalSingleFit8.C2));
        float c1 = Lookup(i, TanhIntervalSingleFit0.C1, TanhIntervalSingleFit1.C1, TanhIntervalSingleFit2.C1, TanhIntervalSingleFit3.C1, TanhIntervalSingleFit4.C1, TanhIntervalSingleFit5.C1, TanhIntervalSingleFit6.C1, TanhIntervalSingleFit7.C1, TanhIntervalSingleFit8.C1);
        float linear = t * c1;                                                 // tanh(b) = c0 + linear + rest
        float rest = (Fma(t, c1, -linear) + Lookup(i, TanhIntervalSingleFit0.C0Low, TanhIntervalSingleFit1.C0Low, TanhIntervalSingleFit2.C0Low, TanhIntervalSingleFit3.C0Low, TanhIntervalSingleFit4.C0Low, TanhIntervalSingleFit5.C0Low, TanhIntervalSingleFit6.C0Low, TanhIntervalSingleFit7.C0Low, TanhIntervalSingleFit8.C0Low)) + (t * t) * s;
        float large = Lookup(i, TanhIntervalSingleFit0.C0, TanhIntervalSingleFit1.C0, TanhIntervalSingleFit2.C0, TanhIntervalSingleFit3.C0, TanhIntervalSingleFit4.C0, TanhIntervalSingleFit5.C0, TanhIntervalSingleFit6.C0, TanhIntervalSingleFit7.C0, TanhIntervalSingleFit8.C0) + (linear + rest);

        return Select(IsNaN(x), float.NaN, CopySign(Select(a < TanhIntervalStartF, small, large), x));
    }

    /// <summary>
    /// The interval of b ≥ ½ among [½, ¾), [¾, 1), [1, 1.5), [1.5, 2), [2, 3), [3, 4), [4, 6), [6, 8), [8, 12): two per
    /// binade, from the exponent and the first mantissa bit (b's bits less ½'s, shifted). Smaller b gives an index out
    /// of range, whose lanes take the odd polynomial.
    /// </summary>
    [LaneHelper]
    private static int TanhIntervalSingle(float b) => (AsInt32(b) - 0x3F000000) >> 22;

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
        double k = ExpTablePowerOfTwoDouble(a2);                               // e^2a = 2^k(p + pLow), the table's pair
        double e = ScaleB(ExpTableHeadDouble(a2), k);
        double eLow = ScaleB(ExpTableLowDouble(a2), k);                        // renormalized: |eLow| ≤ ½ ULP of e
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
