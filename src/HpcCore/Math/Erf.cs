using static HpcCore.Lane;

namespace HpcCore;

// erf and erfc, with a = |x| (erf is odd, erfc(−x) = 2 − erfc(x)):
// - a < 0.625 (erf) and a < ½ (erfc): erf(a) = a·(2/√π) + a·(lo + a²·P(a²)), the minimax fit of erf with its linear
//   coefficient kept as head + low part (Fits/Erf*Fit.cs). The head product a·C1 is exact inside an Fma (erf) or split
//   exactly by Fma and summed with 1 by 2Sum (erfc = 1 ∓ erf), so each result is rounded about once. Up to 0.625 the
//   rounded tail a·(lo + a²·P) stays below 2^-3 of erf (at 1 it was a third: 1.28 ULP measured).
// - a ≥ ½ (erfc) and a ≥ 0.625 (erf = 1 − erfc, whose error counts a quarter there): erfc(a) = e^(−a²)·erfcx(a).
//   a² is a pair (Fma), e^(−a²) the Exp core's head + tail before its power of two, and
//   erfcx(a) = c0 + t·c1 + (c0Low + t²·S(t)), t = a − x0 exact, from one of seven shifted fits chosen by a
//   (Fits/ErfcxSingleFit*.cs, ≤ 2^-28 relative; double: ten fits of degree 18 with c1 as a pair too,
//   Fits/ErfcxDoubleFit*.cs, ≤ 2^-58.6, some with --round-once where re-fitting lost bits). c0 and t·c1 (split
//   exactly by Fma) enter the product unrounded and everything else is below a fifth of c0, so the product is
//   rounded about once (nested Fma) and ScaleB applies the power of two (gradual underflow; erfc(a) is 0 from about
//   10.06 on for float, 27.23 for double, reached by clamping a at 10.1 or 27.5).
//   Rounding t·S(t) as one small part instead cost up to 1.02 ULP.
// - Special values: erf(±0) = ±0, erf(±∞) = ±1, erfc(+∞) = +0, erfc(−∞) = 2, NaN canonical.
public static partial class HpcMath
{
    private const float ErfcClampF = 10.1f;                           // erfc(10.1) < 2^-150: rounds to +0
    private const float ErfNearLimitF = 0.625f;                       // below: the erf polynomial; above: 1 − erfc
    private const float ErfTinyF = 7.888609052210118e-31f;            // 2^-100
    private const float ErfTinyScaleF = 1.8446744073709552e19f;       // 2^64
    private const float ErfTinyUnscaleF = 5.421010862427522e-20f;     // 2^-64

    /// <summary>Returns the error function of <paramref name="x"/>, (2/√π)·∫₀ˣ e^(−t²) dt.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>erf x in [−1, 1], within 1.0 ULP for every float; ±0 for ±0, ±1 for ±∞ (and from about ±3.92 on); NaN for NaN.</returns>
    [Vectorize("Erf", MaxUlp = 1.0, Domain = "all floats", Reference = "erf")]
    private static float ErfSingle(float x)
    {
        float a = Abs(x);
        // Tiny a is scaled up so the tail a·C1Low does not round to the subnormal grid (1.0015 ULP measured without).
        bool tiny = a < ErfTinyF;
        float scaled = Select(tiny, a * ErfTinyScaleF, a);
        float near = Fma(scaled, ErfSingleFit.C1, ErfSmallTailSingle(scaled)) * Select(tiny, ErfTinyUnscaleF, 1.0f);
        float far = 1.0f - ErfcLargeSingle(a);
        float y = Select(a < ErfNearLimitF, near, far);
        return Select(IsNaN(x), float.NaN, CopySign(y, x));
    }

    /// <summary>Returns the complementary error function of <paramref name="x"/>, 1 − erf x, without cancellation.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>erfc x in [0, 2], within 1.0 ULP for every float (subnormal results from about 9.2 on, +0 from about 10.06); 1 for ±0, +0 for +∞, 2 for −∞; NaN for NaN.</returns>
    [Vectorize("Erfc", MaxUlp = 1.0, Domain = "all floats", Reference = "erfc")]
    private static float ErfcSingle(float x)
    {
        float a = Abs(x);
        bool negative = x < 0.0f;
        float p = a * ErfSingleFit.C1;
        float rest = Fma(a, ErfSingleFit.C1, -p) + ErfSmallTailSingle(a);  // erf(a) = p + rest, p exact
        float q = Select(negative, p, -p);
        float qRest = Select(negative, rest, -rest);
        float s = 1.0f + q;
        float near = s + (TwoSumErrorSingle(1.0f, q, s) + qRest);
        float large = ErfcLargeSingle(a);
        float far = Select(negative, 2.0f - large, large);
        return Select(IsNaN(x), float.NaN, Select(a < 0.5f, near, far));
    }

    /// <summary>erf(a) − a·C1 = a·(C1Low + a²·P(a²)) for 0 ≤ a ≤ 0.625.</summary>
    [LaneHelper]
    private static float ErfSmallTailSingle(float a)
    {
        float a2 = a * a;
        float p = ErfSingleFit.C11;
        p = Fma(p, a2, ErfSingleFit.C9);
        p = Fma(p, a2, ErfSingleFit.C7);
        p = Fma(p, a2, ErfSingleFit.C5);
        p = Fma(p, a2, ErfSingleFit.C3);
        return a * Fma(a2, p, ErfSingleFit.C1Low);
    }

    /// <summary>erfc(a) = e^(−a²)·erfcx(a) for a ≥ ½ (any a; NaN gives some value the callers replace).</summary>
    [LaneHelper]
    private static float ErfcLargeSingle(float a)
    {
        float b = Select(a > ErfcClampF, ErfcClampF, a);
        float square = b * b;
        float w = -square;
        float wLow = -Fma(b, b, -square);
        float r = ExpPairRemainderSingle(w, wLow);
        float eHead = ExpHeadSingle(r);
        float eTail = ExpTailSingle(r, ExpPairRemainderLowSingle(w, wLow));

        float x0 = ErfcxIntervalSingle(b, 0.75f, 1.25f, 1.875f, 2.875f, 4.5f, 6.5f, 8.75f);
        float c0 = ErfcxIntervalSingle(b, ErfcxSingleFit0.C0, ErfcxSingleFit1.C0, ErfcxSingleFit2.C0, ErfcxSingleFit3.C0, ErfcxSingleFit4.C0, ErfcxSingleFit5.C0, ErfcxSingleFit6.C0);
        float c0low = ErfcxIntervalSingle(b, ErfcxSingleFit0.C0Low, ErfcxSingleFit1.C0Low, ErfcxSingleFit2.C0Low, ErfcxSingleFit3.C0Low, ErfcxSingleFit4.C0Low, ErfcxSingleFit5.C0Low, ErfcxSingleFit6.C0Low);
        float c1 = ErfcxIntervalSingle(b, ErfcxSingleFit0.C1, ErfcxSingleFit1.C1, ErfcxSingleFit2.C1, ErfcxSingleFit3.C1, ErfcxSingleFit4.C1, ErfcxSingleFit5.C1, ErfcxSingleFit6.C1);
        float c2 = ErfcxIntervalSingle(b, ErfcxSingleFit0.C2, ErfcxSingleFit1.C2, ErfcxSingleFit2.C2, ErfcxSingleFit3.C2, ErfcxSingleFit4.C2, ErfcxSingleFit5.C2, ErfcxSingleFit6.C2);
        float c3 = ErfcxIntervalSingle(b, ErfcxSingleFit0.C3, ErfcxSingleFit1.C3, ErfcxSingleFit2.C3, ErfcxSingleFit3.C3, ErfcxSingleFit4.C3, ErfcxSingleFit5.C3, ErfcxSingleFit6.C3);
        float c4 = ErfcxIntervalSingle(b, ErfcxSingleFit0.C4, ErfcxSingleFit1.C4, ErfcxSingleFit2.C4, ErfcxSingleFit3.C4, ErfcxSingleFit4.C4, ErfcxSingleFit5.C4, ErfcxSingleFit6.C4);
        float c5 = ErfcxIntervalSingle(b, ErfcxSingleFit0.C5, ErfcxSingleFit1.C5, ErfcxSingleFit2.C5, ErfcxSingleFit3.C5, ErfcxSingleFit4.C5, ErfcxSingleFit5.C5, ErfcxSingleFit6.C5);
        float c6 = ErfcxIntervalSingle(b, ErfcxSingleFit0.C6, ErfcxSingleFit1.C6, ErfcxSingleFit2.C6, ErfcxSingleFit3.C6, ErfcxSingleFit4.C6, ErfcxSingleFit5.C6, ErfcxSingleFit6.C6);
        float c7 = ErfcxIntervalSingle(b, ErfcxSingleFit0.C7, ErfcxSingleFit1.C7, ErfcxSingleFit2.C7, ErfcxSingleFit3.C7, ErfcxSingleFit4.C7, ErfcxSingleFit5.C7, ErfcxSingleFit6.C7);
        float c8 = ErfcxIntervalSingle(b, ErfcxSingleFit0.C8, ErfcxSingleFit1.C8, ErfcxSingleFit2.C8, ErfcxSingleFit3.C8, ErfcxSingleFit4.C8, ErfcxSingleFit5.C8, ErfcxSingleFit6.C8);
        float t = b - x0;
        float s = c8;
        s = Fma(s, t, c7);
        s = Fma(s, t, c6);
        s = Fma(s, t, c5);
        s = Fma(s, t, c4);
        s = Fma(s, t, c3);
        s = Fma(s, t, c2);
        float linear = t * c1;                                             // erfcx(b) = c0 + linear + rest
        float rest = (Fma(t, c1, -linear) + c0low) + (t * t) * s;
        float product = Fma(eHead, c0, Fma(eHead, linear, Fma(eHead, rest, eTail * (c0 + (linear + rest)))));
        return ScaleB(product, ExpScaleSingle(w));
    }

    /// <summary>The value for a's interval of the erfcx fits: [½, 1), [1, 1.5), [1.5, 2.25), [2.25, 3.5), [3.5, 5.5), [5.5, 7.5), [7.5, ∞).</summary>
    [LaneHelper]
    private static float ErfcxIntervalSingle(float a, float v0, float v1, float v2, float v3, float v4, float v5, float v6) =>
        Lookup(ErfcxIndexSingle(a), v0, v1, v2, v3, v4, v5, v6);

    /// <summary>
    /// The number of a's interval (see <see cref="ErfcxIntervalSingle"/>): found once, then each coefficient is one
    /// lookup rather than a chain of six Selects (NaN takes the last interval; its result is replaced).
    /// </summary>
    [LaneHelper]
    private static int ErfcxIndexSingle(float a) =>
        Select(a < 1.0f, 0, Select(a < 1.5f, 1, Select(a < 2.25f, 2, Select(a < 3.5f, 3, Select(a < 5.5f, 4, Select(a < 7.5f, 5, 6))))));

    internal const double ErfcClamp = 27.5;                            // erfc(27.5) < 2^-1075: rounds to +0
    private const double ErfNearLimit = 0.625;                         // below: the erf polynomial; above: 1 − erfc
    private const double ErfTiny = 1.1830521861667747e-271;            // 2^-900
    private const double ErfTinyScale = 1.6069380442589903e60;         // 2^200
    private const double ErfTinyUnscale = 6.223015277861142e-61;       // 2^-200

    /// <summary>Returns the error function of <paramref name="x"/>, (2/√π)·∫₀ˣ e^(−t²) dt.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>erf x in [−1, 1], within 1.0 ULP for every double; ±0 for ±0, ±1 for ±∞ (and from about ±5.93 on); NaN for NaN.</returns>
    [Vectorize("Erf", MaxUlp = 1.0, Domain = "all doubles", Reference = "erf")]
    private static double ErfDouble(double x)
    {
        double a = Abs(x);
        bool tiny = a < ErfTiny;
        double scaled = Select(tiny, a * ErfTinyScale, a);
        double near = Fma(scaled, ErfDoubleFit.C1, ErfSmallTailDouble(scaled)) * Select(tiny, ErfTinyUnscale, 1.0);
        double far = 1.0 - ErfcLargeDouble(a);
        double y = Select(a < ErfNearLimit, near, far);
        return Select(IsNaN(x), double.NaN, CopySign(y, x));
    }

    /// <summary>Returns the complementary error function of <paramref name="x"/>, 1 − erf x, without cancellation.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>erfc x in [0, 2], within 1.0 ULP for every double (subnormal results from about 26.5 on, +0 from about 27.23); 1 for ±0, +0 for +∞, 2 for −∞; NaN for NaN.</returns>
    [Vectorize("Erfc", MaxUlp = 1.0, Domain = "all doubles", Reference = "erfc")]
    internal static double ErfcDouble(double x)
    {
        double a = Abs(x);
        double near = ErfcSmallDouble(x) + ErfcSmallLowDouble(x);
        double large = ErfcLargeDouble(a);
        double far = Select(x < 0.0, 2.0 - large, large);
        return Select(IsNaN(x), double.NaN, Select(a < 0.5, near, far));
    }

    /// <summary>erfc(x) = 1 − erf(x) for |x| &lt; ½ as the head of a pair: 1 + q with q = −erf(x) rounded.</summary>
    [LaneHelper]
    internal static double ErfcSmallDouble(double x) => 1.0 + ErfcSmallTermDouble(x);

    /// <summary>The low part of <see cref="ErfcSmallDouble"/>: the sum's rounding error and q's; the pair is erfc(x) to the erf fit's 2^-64.</summary>
    [LaneHelper]
    internal static double ErfcSmallLowDouble(double x)
    {
        double a = Abs(x);
        double rest = Fma(a, ErfDoubleFit.C1, -(a * ErfDoubleFit.C1)) + ErfSmallTailDouble(a);
        return TwoSumErrorDouble(1.0, ErfcSmallTermDouble(x), ErfcSmallDouble(x)) + Select(x < 0.0, rest, -rest);
    }

    /// <summary>−x·C1 rounded, the head of −erf(x) for |x| ≤ 0.625.</summary>
    [LaneHelper]
    private static double ErfcSmallTermDouble(double x)
    {
        double p = Abs(x) * ErfDoubleFit.C1;
        return Select(x < 0.0, p, -p);
    }

    /// <summary>erf(a) − a·C1 = a·(C1Low + a²·P(a²)) for 0 ≤ a ≤ 0.625.</summary>
    [LaneHelper]
    private static double ErfSmallTailDouble(double a)
    {
        double a2 = a * a;
        double p = ErfDoubleFit.C21;
        p = Fma(p, a2, ErfDoubleFit.C19);
        p = Fma(p, a2, ErfDoubleFit.C17);
        p = Fma(p, a2, ErfDoubleFit.C15);
        p = Fma(p, a2, ErfDoubleFit.C13);
        p = Fma(p, a2, ErfDoubleFit.C11);
        p = Fma(p, a2, ErfDoubleFit.C9);
        p = Fma(p, a2, ErfDoubleFit.C7);
        p = Fma(p, a2, ErfDoubleFit.C5);
        p = Fma(p, a2, ErfDoubleFit.C3);
        return a * Fma(a2, p, ErfDoubleFit.C1Low);
    }

    /// <summary>erfc(a) = e^(−a²)·erfcx(a) for a ≥ ½ (any a; NaN gives some value the callers replace).</summary>
    [LaneHelper]
    private static double ErfcLargeDouble(double a) => ScaleB(ErfcLargeMantissaDouble(a, 0.0), ErfcLargeScaleDouble(a));

    /// <summary>k, the power of two that <see cref="ErfcLargeMantissaDouble"/> leaves out.</summary>
    [LaneHelper]
    internal static double ErfcLargeScaleDouble(double a)
    {
        double b = Select(a > ErfcClamp, ErfcClamp, a);
        return ExpScaleDouble(-(b * b));
    }

    /// <summary>
    /// erfc(a + aLow)/2^k for a ≥ ½ and k = <see cref="ErfcLargeScaleDouble"/>(a), with aLow (|aLow| ≤ 2^-50·a) entering
    /// e^(−a²): the exponent's low part. A caller may multiply before applying 2^k, so that a product rounds once even
    /// where erfc alone would be subnormal (GELU's tail).
    /// </summary>
    [LaneHelper]
    internal static double ErfcLargeMantissaDouble(double a, double aLow)
    {
        double b = Select(a > ErfcClamp, ErfcClamp, a);
        double square = b * b;
        double w = -square;
        double wLow = -Fma(b, b, -square) - 2.0 * b * aLow;
        double r = ExpPairRemainderDouble(w, wLow);
        double eHead = ExpHeadDouble(r);
        double eTail = ExpTailDouble(r, ExpPairRemainderLowDouble(w, wLow));

        double c0 = ErfcxConstantDouble(b);
        double linear = ErfcxLinearDouble(b);
        double rest = ErfcxRestDouble(b);
        return Fma(eHead, c0, Fma(eHead, linear, Fma(eHead, rest, eTail * (c0 + (linear + rest)))));
    }

    /// <summary>
    /// erfcx(b) = e^(b²)·erfc(b) = c0 + linear + rest for ½ ≤ b ≤ 27.5, from the fit of b's interval (about 2^-58):
    /// c0, the fit's constant (a double; its low part is in <see cref="ErfcxRestDouble"/>).
    /// </summary>
    [LaneHelper]
    internal static double ErfcxConstantDouble(double b) => ErfcxIntervalDouble(b, ErfcxDoubleFit0.C0, ErfcxDoubleFit1.C0, ErfcxDoubleFit2.C0, ErfcxDoubleFit3.C0, ErfcxDoubleFit4.C0, ErfcxDoubleFit5.C0, ErfcxDoubleFit6.C0, ErfcxDoubleFit7.C0, ErfcxDoubleFit8.C0, ErfcxDoubleFit9.C0);

    /// <summary>t·c1 rounded, t = b − the centre of b's interval: the first-order term of <see cref="ErfcxConstantDouble"/>'s sum.</summary>
    [LaneHelper]
    internal static double ErfcxLinearDouble(double b) => ErfcxOffsetDouble(b) * ErfcxIntervalDouble(b, ErfcxDoubleFit0.C1, ErfcxDoubleFit1.C1, ErfcxDoubleFit2.C1, ErfcxDoubleFit3.C1, ErfcxDoubleFit4.C1, ErfcxDoubleFit5.C1, ErfcxDoubleFit6.C1, ErfcxDoubleFit7.C1, ErfcxDoubleFit8.C1, ErfcxDoubleFit9.C1);

    /// <summary>erfcx(b) − c0 − linear: the low parts, linear's rounding error and t²·(c2 + c3·t + …).</summary>
    [LaneHelper]
    internal static double ErfcxRestDouble(double b)
    {
        double t = ErfcxOffsetDouble(b);
        double c0low = ErfcxIntervalDouble(b, ErfcxDoubleFit0.C0Low, ErfcxDoubleFit1.C0Low, ErfcxDoubleFit2.C0Low, ErfcxDoubleFit3.C0Low, ErfcxDoubleFit4.C0Low, ErfcxDoubleFit5.C0Low, ErfcxDoubleFit6.C0Low, ErfcxDoubleFit7.C0Low, ErfcxDoubleFit8.C0Low, ErfcxDoubleFit9.C0Low);
        double c1 = ErfcxIntervalDouble(b, ErfcxDoubleFit0.C1, ErfcxDoubleFit1.C1, ErfcxDoubleFit2.C1, ErfcxDoubleFit3.C1, ErfcxDoubleFit4.C1, ErfcxDoubleFit5.C1, ErfcxDoubleFit6.C1, ErfcxDoubleFit7.C1, ErfcxDoubleFit8.C1, ErfcxDoubleFit9.C1);
        double c1low = ErfcxIntervalDouble(b, ErfcxDoubleFit0.C1Low, ErfcxDoubleFit1.C1Low, ErfcxDoubleFit2.C1Low, ErfcxDoubleFit3.C1Low, ErfcxDoubleFit4.C1Low, ErfcxDoubleFit5.C1Low, ErfcxDoubleFit6.C1Low, ErfcxDoubleFit7.C1Low, ErfcxDoubleFit8.C1Low, ErfcxDoubleFit9.C1Low);
        double c18 = ErfcxIntervalDouble(b, ErfcxDoubleFit0.C18, ErfcxDoubleFit1.C18, ErfcxDoubleFit2.C18, ErfcxDoubleFit3.C18, ErfcxDoubleFit4.C18, ErfcxDoubleFit5.C18, ErfcxDoubleFit6.C18, ErfcxDoubleFit7.C18, ErfcxDoubleFit8.C18, ErfcxDoubleFit9.C18);
        double c17 = ErfcxIntervalDouble(b, ErfcxDoubleFit0.C17, ErfcxDoubleFit1.C17, ErfcxDoubleFit2.C17, ErfcxDoubleFit3.C17, ErfcxDoubleFit4.C17, ErfcxDoubleFit5.C17, ErfcxDoubleFit6.C17, ErfcxDoubleFit7.C17, ErfcxDoubleFit8.C17, ErfcxDoubleFit9.C17);
        double c16 = ErfcxIntervalDouble(b, ErfcxDoubleFit0.C16, ErfcxDoubleFit1.C16, ErfcxDoubleFit2.C16, ErfcxDoubleFit3.C16, ErfcxDoubleFit4.C16, ErfcxDoubleFit5.C16, ErfcxDoubleFit6.C16, ErfcxDoubleFit7.C16, ErfcxDoubleFit8.C16, ErfcxDoubleFit9.C16);
        double c15 = ErfcxIntervalDouble(b, ErfcxDoubleFit0.C15, ErfcxDoubleFit1.C15, ErfcxDoubleFit2.C15, ErfcxDoubleFit3.C15, ErfcxDoubleFit4.C15, ErfcxDoubleFit5.C15, ErfcxDoubleFit6.C15, ErfcxDoubleFit7.C15, ErfcxDoubleFit8.C15, ErfcxDoubleFit9.C15);
        double c14 = ErfcxIntervalDouble(b, ErfcxDoubleFit0.C14, ErfcxDoubleFit1.C14, ErfcxDoubleFit2.C14, ErfcxDoubleFit3.C14, ErfcxDoubleFit4.C14, ErfcxDoubleFit5.C14, ErfcxDoubleFit6.C14, ErfcxDoubleFit7.C14, ErfcxDoubleFit8.C14, ErfcxDoubleFit9.C14);
        double c13 = ErfcxIntervalDouble(b, ErfcxDoubleFit0.C13, ErfcxDoubleFit1.C13, ErfcxDoubleFit2.C13, ErfcxDoubleFit3.C13, ErfcxDoubleFit4.C13, ErfcxDoubleFit5.C13, ErfcxDoubleFit6.C13, ErfcxDoubleFit7.C13, ErfcxDoubleFit8.C13, ErfcxDoubleFit9.C13);
        double c12 = ErfcxIntervalDouble(b, ErfcxDoubleFit0.C12, ErfcxDoubleFit1.C12, ErfcxDoubleFit2.C12, ErfcxDoubleFit3.C12, ErfcxDoubleFit4.C12, ErfcxDoubleFit5.C12, ErfcxDoubleFit6.C12, ErfcxDoubleFit7.C12, ErfcxDoubleFit8.C12, ErfcxDoubleFit9.C12);
        double c11 = ErfcxIntervalDouble(b, ErfcxDoubleFit0.C11, ErfcxDoubleFit1.C11, ErfcxDoubleFit2.C11, ErfcxDoubleFit3.C11, ErfcxDoubleFit4.C11, ErfcxDoubleFit5.C11, ErfcxDoubleFit6.C11, ErfcxDoubleFit7.C11, ErfcxDoubleFit8.C11, ErfcxDoubleFit9.C11);
        double c10 = ErfcxIntervalDouble(b, ErfcxDoubleFit0.C10, ErfcxDoubleFit1.C10, ErfcxDoubleFit2.C10, ErfcxDoubleFit3.C10, ErfcxDoubleFit4.C10, ErfcxDoubleFit5.C10, ErfcxDoubleFit6.C10, ErfcxDoubleFit7.C10, ErfcxDoubleFit8.C10, ErfcxDoubleFit9.C10);
        double c9 = ErfcxIntervalDouble(b, ErfcxDoubleFit0.C9, ErfcxDoubleFit1.C9, ErfcxDoubleFit2.C9, ErfcxDoubleFit3.C9, ErfcxDoubleFit4.C9, ErfcxDoubleFit5.C9, ErfcxDoubleFit6.C9, ErfcxDoubleFit7.C9, ErfcxDoubleFit8.C9, ErfcxDoubleFit9.C9);
        double c8 = ErfcxIntervalDouble(b, ErfcxDoubleFit0.C8, ErfcxDoubleFit1.C8, ErfcxDoubleFit2.C8, ErfcxDoubleFit3.C8, ErfcxDoubleFit4.C8, ErfcxDoubleFit5.C8, ErfcxDoubleFit6.C8, ErfcxDoubleFit7.C8, ErfcxDoubleFit8.C8, ErfcxDoubleFit9.C8);
        double c7 = ErfcxIntervalDouble(b, ErfcxDoubleFit0.C7, ErfcxDoubleFit1.C7, ErfcxDoubleFit2.C7, ErfcxDoubleFit3.C7, ErfcxDoubleFit4.C7, ErfcxDoubleFit5.C7, ErfcxDoubleFit6.C7, ErfcxDoubleFit7.C7, ErfcxDoubleFit8.C7, ErfcxDoubleFit9.C7);
        double c6 = ErfcxIntervalDouble(b, ErfcxDoubleFit0.C6, ErfcxDoubleFit1.C6, ErfcxDoubleFit2.C6, ErfcxDoubleFit3.C6, ErfcxDoubleFit4.C6, ErfcxDoubleFit5.C6, ErfcxDoubleFit6.C6, ErfcxDoubleFit7.C6, ErfcxDoubleFit8.C6, ErfcxDoubleFit9.C6);
        double c5 = ErfcxIntervalDouble(b, ErfcxDoubleFit0.C5, ErfcxDoubleFit1.C5, ErfcxDoubleFit2.C5, ErfcxDoubleFit3.C5, ErfcxDoubleFit4.C5, ErfcxDoubleFit5.C5, ErfcxDoubleFit6.C5, ErfcxDoubleFit7.C5, ErfcxDoubleFit8.C5, ErfcxDoubleFit9.C5);
        double c4 = ErfcxIntervalDouble(b, ErfcxDoubleFit0.C4, ErfcxDoubleFit1.C4, ErfcxDoubleFit2.C4, ErfcxDoubleFit3.C4, ErfcxDoubleFit4.C4, ErfcxDoubleFit5.C4, ErfcxDoubleFit6.C4, ErfcxDoubleFit7.C4, ErfcxDoubleFit8.C4, ErfcxDoubleFit9.C4);
        double c3 = ErfcxIntervalDouble(b, ErfcxDoubleFit0.C3, ErfcxDoubleFit1.C3, ErfcxDoubleFit2.C3, ErfcxDoubleFit3.C3, ErfcxDoubleFit4.C3, ErfcxDoubleFit5.C3, ErfcxDoubleFit6.C3, ErfcxDoubleFit7.C3, ErfcxDoubleFit8.C3, ErfcxDoubleFit9.C3);
        double c2 = ErfcxIntervalDouble(b, ErfcxDoubleFit0.C2, ErfcxDoubleFit1.C2, ErfcxDoubleFit2.C2, ErfcxDoubleFit3.C2, ErfcxDoubleFit4.C2, ErfcxDoubleFit5.C2, ErfcxDoubleFit6.C2, ErfcxDoubleFit7.C2, ErfcxDoubleFit8.C2, ErfcxDoubleFit9.C2);
        double s = c18;
        s = Fma(s, t, c17);
        s = Fma(s, t, c16);
        s = Fma(s, t, c15);
        s = Fma(s, t, c14);
        s = Fma(s, t, c13);
        s = Fma(s, t, c12);
        s = Fma(s, t, c11);
        s = Fma(s, t, c10);
        s = Fma(s, t, c9);
        s = Fma(s, t, c8);
        s = Fma(s, t, c7);
        s = Fma(s, t, c6);
        s = Fma(s, t, c5);
        s = Fma(s, t, c4);
        s = Fma(s, t, c3);
        s = Fma(s, t, c2);
        double linear = ErfcxLinearDouble(b);
        return (Fma(t, c1, -linear) + Fma(t, c1low, c0low)) + (t * t) * s;
    }

    /// <summary>b − the centre of b's interval (exact: Sterbenz).</summary>
    [LaneHelper]
    private static double ErfcxOffsetDouble(double b) => b - ErfcxIntervalDouble(b, 0.75, 1.25, 1.875, 2.875, 4.5, 6.5, 8.75, 12.0, 17.0, 23.75);

    /// <summary>The value for a's interval of the erfcx fits: [½, 1), [1, 1.5), [1.5, 2.25), [2.25, 3.5), [3.5, 5.5), [5.5, 7.5), [7.5, 10), [10, 14), [14, 20), [20, ∞).</summary>
    [LaneHelper]
    private static double ErfcxIntervalDouble(double a, double v0, double v1, double v2, double v3, double v4, double v5, double v6,
        double v7, double v8, double v9) =>
        Lookup(ErfcxIndexDouble(a), v0, v1, v2, v3, v4, v5, v6, v7, v8, v9);

    /// <summary>The number of a's interval (see <see cref="ErfcxIntervalDouble"/>), as <see cref="ErfcxIndexSingle"/>.</summary>
    [LaneHelper]
    private static long ErfcxIndexDouble(double a) =>
        Select(a < 1.0, 0L, Select(a < 1.5, 1L, Select(a < 2.25, 2L, Select(a < 3.5, 3L, Select(a < 5.5, 4L, Select(a < 7.5, 5L,
            Select(a < 10.0, 6L, Select(a < 14.0, 7L, Select(a < 20.0, 8L, 9L)))))))));
}
