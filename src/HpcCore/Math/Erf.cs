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
//   (Fits/Erfcx*Fit*.cs, ≤ 2^-28 relative). c0 and t·c1 (split exactly by Fma) enter the product unrounded and
//   everything else is below a fifth of c0, so the product is rounded about once (nested Fma) and ScaleB applies
//   the power of two (gradual underflow; erfc(a) is 0 from about 10.06 on, reached by clamping a at 10.1).
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
        Select(a < 1.0f, v0, Select(a < 1.5f, v1, Select(a < 2.25f, v2, Select(a < 3.5f, v3,
            Select(a < 5.5f, v4, Select(a < 7.5f, v5, v6))))));
}
