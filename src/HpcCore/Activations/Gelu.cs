using static HpcCore.Lane;

namespace HpcCore;

// GELU in its exact (erf) form and its tanh approximation. Both are ill-conditioned in their negative tails: there the
// result is e^(−something large), and a relative error ε in that something becomes an error of |something|·ε in the
// result. So the argument of the exponential is carried as a head and a low part, and the low part is applied (float
// GeluTanh: as float pairs, into SiLU's core of SingleCores.cs).
public static partial class Activations
{
    private const double InvSqrt2 = 0.7071067811865476;            // 1/√2 = InvSqrt2 + InvSqrt2Low to about 2^-107
    private const double InvSqrt2Low = -4.833646656726457e-17;
    internal const double GeluTanhScale = 1.5957691216057308;        // 2·√(2/π) = GeluTanhScale + GeluTanhScaleLow
    internal const double GeluTanhScaleLow = -9.96930880911092e-17;
    private const float GeluTanhScaleF = (float)GeluTanhScale;                    // k = 2√(2/π) as a float pair (2^-48)
    private const float GeluTanhScaleLowF = (float)(GeluTanhScale - GeluTanhScaleF + GeluTanhScaleLow);
    private const float GeluTanhCubicScaleF = (float)(GeluTanhScale * GeluTanhCubic);   // k·b likewise (to about 2^-48)
    private const float GeluTanhCubicScaleLowF = (float)(GeluTanhScale * GeluTanhCubic - GeluTanhCubicScaleF);
    private const double GeluTanhCubic = 0.044715;                  // the approximation's coefficient, as PyTorch's double

    /// <summary>
    /// GELU, x·Φ(x) = x·erfc(−x/√2)/2 (the exact form; PyTorch's approximate='none'). t = −x/√2 is formed as t + tLow;
    /// for t ≥ ½ (x ≤ −0.71) Erfc's own large-argument path takes tLow into e^−t² (without it, x = −30 would be off by
    /// 400 ULP) and the product x/2·erfc is scaled by 2^k last, so it rounds once even where erfc alone is subnormal.
    /// That path shares all but its exponential with the one inside Erfc (same argument, so the generator's common
    /// subexpressions merge them).
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>x·Φ(x): x above 40, −0 below about −38.6 and for −∞; NaN for NaN.</returns>
    [Vectorize("Gelu", MaxUlp = 3.0, Domain = "all doubles", Reference = "gelu")]
    internal static double GeluDouble(double x)
    {
        double c = Select(x > 40.0, 40.0, Select(x < -40.0, -40.0, x));
        double t = -c * InvSqrt2;
        double tLow = Fma(-c, InvSqrt2, -t) - c * InvSqrt2Low;
        double half = 0.5 * c;
        double a = Abs(t);                                     // = t where the tail is used; as Erfc writes it, so the two share its work
        double tail = ScaleB(half * HpcMath.ErfcLargeMantissaDouble(a, tLow), HpcMath.ErfcLargeScaleDouble(a));
        double y = Select(t < 0.5, half * HpcMath.ErfcDouble(t), tail);
        y = Select(x > 40.0, x, y);
        return Select(IsNaN(x), double.NaN, y);
    }

    /// <summary>
    /// GELU, x·Φ(x) = x·erfc(−x/√2)/2 (the exact form), computed in double and rounded once. With t = −x/√2:
    /// Φ = ½ − erf(t)/2 for |t| &lt; ½, else erfc(|t|) = e^(−t²)·erfcx(|t|) and Φ = erfc(t)/2 or 1 − erfc(|t|)/2: none
    /// of them cancels. A float result needs far less than the double definition's pairs: t and t² carry 2^-53 (e^(−t²)
    /// then errs by 2t²·2^-53 ≤ 2^-45, x being clamped at −20 where the result is −0 anyway), e^(−t²) 2^-45
    /// (ExpForSingle), erfcx 2^-34.5 and erf 2^-43 (fits below): x·Φ is within about 2^-34 of the true value, so the
    /// float is correctly rounded except within 2^-10 ULP of a midpoint.
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>x·Φ(x): x above about 5.9, the correct subnormal down to about −14.3, −0 below; NaN for NaN.</returns>
    [Vectorize("Gelu", MaxUlp = 0.51, Domain = "all floats", Reference = "gelu")]
    private static float GeluSingle(float x)
    {
        double c = Select(ToDouble(x) < -20.0, -20.0, ToDouble(x));            // the result is −0 from about −14.36 on
        double t = -c * InvSqrt2;
        double a = Select(Abs(t) > 10.5, 10.5, Abs(t));                     // erfc(10.5)·20 is below float's range
        double erfc = ExpForSingle(-(a * a)) * ErfcxForSingle(a);
        double phi = CdfForSingle(t, a, erfc);
        return Select(IsNaN(x), float.NaN, ToSingle(c * phi));
    }

    /// <summary>Φ = erfc(t)/2 for t = −x/√2, a = |t| (or its clamp), erfc = erfc(a): ½ − erf(t)/2 below a = ½, else erfc/2 or 1 − erfc/2.</summary>
    [LaneHelper]
    private static double CdfForSingle(double t, double a, double erfc) =>
        Select(a < 0.5, 0.5 - 0.5 * ErfNearZeroForSingle(t), Select(t > 0.0, 0.5 * erfc, 1.0 - 0.5 * erfc));

    /// <summary>
    /// erfcx(a) = e^(a²)·erfc(a) for ½ ≤ a ≤ 10.5, to 2^-33 relative: two fits of degree 18, around 1.75 and 7
    /// (Fits/ErfcxForSingleFit*.cs), both evaluated and one chosen. (The double definition's ten fits of degree 18
    /// with pairs made the float GELU cost 17 ns per element; four fits of degree 12 with their coefficients selected
    /// per lane, 5.3 ns: the selects and the constants they keep live spilled.)
    /// </summary>
    [LaneHelper]
    private static double ErfcxForSingle(double a)
    {
        bool near = a < 3.0;
        double t = a - Select(near, 1.75, 7.0);
        double low = ErfcxForSingleFit0.C18;
        low = Fma(low, t, ErfcxForSingleFit0.C17);
        low = Fma(low, t, ErfcxForSingleFit0.C16);
        low = Fma(low, t, ErfcxForSingleFit0.C15);
        low = Fma(low, t, ErfcxForSingleFit0.C14);
        low = Fma(low, t, ErfcxForSingleFit0.C13);
        low = Fma(low, t, ErfcxForSingleFit0.C12);
        low = Fma(low, t, ErfcxForSingleFit0.C11);
        low = Fma(low, t, ErfcxForSingleFit0.C10);
        low = Fma(low, t, ErfcxForSingleFit0.C9);
        low = Fma(low, t, ErfcxForSingleFit0.C8);
        low = Fma(low, t, ErfcxForSingleFit0.C7);
        low = Fma(low, t, ErfcxForSingleFit0.C6);
        low = Fma(low, t, ErfcxForSingleFit0.C5);
        low = Fma(low, t, ErfcxForSingleFit0.C4);
        low = Fma(low, t, ErfcxForSingleFit0.C3);
        low = Fma(low, t, ErfcxForSingleFit0.C2);
        low = Fma(low, t, ErfcxForSingleFit0.C1);
        low = Fma(low, t, ErfcxForSingleFit0.C0);
        double high = ErfcxForSingleFit1.C18;
        high = Fma(high, t, ErfcxForSingleFit1.C17);
        high = Fma(high, t, ErfcxForSingleFit1.C16);
        high = Fma(high, t, ErfcxForSingleFit1.C15);
        high = Fma(high, t, ErfcxForSingleFit1.C14);
        high = Fma(high, t, ErfcxForSingleFit1.C13);
        high = Fma(high, t, ErfcxForSingleFit1.C12);
        high = Fma(high, t, ErfcxForSingleFit1.C11);
        high = Fma(high, t, ErfcxForSingleFit1.C10);
        high = Fma(high, t, ErfcxForSingleFit1.C9);
        high = Fma(high, t, ErfcxForSingleFit1.C8);
        high = Fma(high, t, ErfcxForSingleFit1.C7);
        high = Fma(high, t, ErfcxForSingleFit1.C6);
        high = Fma(high, t, ErfcxForSingleFit1.C5);
        high = Fma(high, t, ErfcxForSingleFit1.C4);
        high = Fma(high, t, ErfcxForSingleFit1.C3);
        high = Fma(high, t, ErfcxForSingleFit1.C2);
        high = Fma(high, t, ErfcxForSingleFit1.C1);
        high = Fma(high, t, ErfcxForSingleFit1.C0);
        return Select(near, low, high);
    }

    /// <summary>erf(t) for |t| ≤ ½ to 2^-43 relative (Fits/ErfForSingleFit.cs, odd powers to t^13).</summary>
    [LaneHelper]
    private static double ErfNearZeroForSingle(double t)
    {
        double t2 = t * t;
        double p = ErfForSingleFit.C13;
        p = Fma(p, t2, ErfForSingleFit.C11);
        p = Fma(p, t2, ErfForSingleFit.C9);
        p = Fma(p, t2, ErfForSingleFit.C7);
        p = Fma(p, t2, ErfForSingleFit.C5);
        p = Fma(p, t2, ErfForSingleFit.C3);
        return t * Fma(p, t2, ErfForSingleFit.C1);
    }

    /// <summary>
    /// GELU's tanh approximation, x/2·(1 + tanh(√(2/π)(x + 0.044715x³))) (PyTorch's approximate='tanh'), evaluated as
    /// x/(1 + e^−v) with v = 2√(2/π)·x·(1 + 0.044715x²) carried as a head and low part into the exponential.
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>The approximation: x above 10, −0 below about −19.6 and for −∞; NaN for NaN.</returns>
    [Vectorize("GeluTanh", MaxUlp = 3.0, Domain = "all doubles", Reference = "gelu_tanh")]
    internal static double GeluTanhDouble(double x)
    {
        double c = Select(x > 10.0, 10.0, Select(x < -30.0, -30.0, x));
        double v = GeluTanhProductDouble(c, GeluTanhCubic);
        double vLow = GeluTanhProductLowDouble(c, GeluTanhCubic);
        // e = e^−|v| ≤ 1 = 2^k·p (so nothing overflows); x/(1 + e^−v) is x/(1 + e) for v ≥ 0 and x·e/(1 + e) below,
        // formed as ScaleB(x·p/(1 + e), k) so a result near the subnormal range is rounded once.
        bool positive = v >= 0.0;
        double a = Select(positive, -v, v);
        double aLow = Select(positive, -vLow, vLow);
        double p = ExpPairMantissaDouble(a, aLow);
        double k = ExpMantissaScaleDouble(a);
        double d = 1.0 + ScaleB(p, k);
        double y = Select(positive, c / d, ScaleB(c * p / d, k));
        y = Select(x > 10.0, x, y);                                                // e^−v < 2^-125 there
        return Select(IsNaN(x), double.NaN, y);
    }

    /// <summary>
    /// GELU's tanh approximation (PyTorch's approximate='tanh') as SiLU's x·σ(v), v = 2√(2/π)·x·(1 + 0.044715x²) a float
    /// pair, σ(v) from the float e^x pair of SingleCores.cs.
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>The approximation: x above about 5.1, −0 below about −10.4; NaN for NaN.</returns>
    [Vectorize("GeluTanh", MaxUlp = 1.0, Domain = "all floats", Reference = "gelu_tanh")]
    private static float GeluTanhSingle(float x)
    {
        // x·σ(v) = 2^s·x·(q + residual·inverse) rounded once before the power of two, as SiLU. σ(v) loses |Δv| relative
        // at most, and |v| reaches 143 on [−12, 10], so v = (k + k·b·c²)·c is a float pair (k and k·b pairs to 2^-48,
        // products split by Fma, the sum by 2Sum: within about 2^-44 of v), whose low part joins e^a's (a = −|v|).
        // In double on two halves of eight lanes this cost 1.5 ns per element, in float pairs 1.1. Above 10 the result
        // is x (e^−v < 2^-125); below −12 it is −0 all the same. Tiny x, ±0, ±∞ and NaN take SiLU's rare path
        // (x/2 + 0.399x² there: HalfAboveSingle).
        float c = Select(x > 10.0f, 10.0f, Select(x < -12.0f, -12.0f, x));
        float square = c * c;
        float squareLow = Fma(c, c, -square);
        float t = GeluTanhCubicScaleF * square;                                   // k·b·c², k = 2√(2/π), b = 0.044715
        float tLow = Fma(GeluTanhCubicScaleF, square, -t) + Fma(GeluTanhCubicScaleF, squareLow, GeluTanhCubicScaleLowF * square);
        float w = GeluTanhScaleF + t;                                              // k + k·b·c²
        float wLow = HpcMath.TwoSumErrorSingle(GeluTanhScaleF, t, w) + (GeluTanhScaleLowF + tLow);
        float v = w * c;
        float vLow = Fma(w, c, -v) + wLow * c;
        bool positive = x >= 0.0f;
        float a = -Abs(v);
        float aLow = Select(positive, -vLow, vLow);
        float pLow = Fma(HpcMath.ExpTableHeadSingle(a), aLow, HpcMath.ExpTableLowSingle(a));
        float y = Fma(c, SigmoidHeadSingle(positive, a), c * (SigmoidResidualSingle(positive, a, pLow) * SigmoidInverseSingle(a)));
        y = Select(x > 10.0f, x, ScaleB(y, SigmoidScaleSingle(positive, a)));
        float special = Select(Abs(x) < TinyForSingle, HalfAboveSingle(x), y);
        special = Select(x == 0.0f | x == float.PositiveInfinity, x, special);
        return SelectRarely(IsTinyOrNotFiniteSingle(x), Select(IsNaN(x), float.NaN, special), y);
    }

    /// <summary>
    /// 2√(2/π)·c·(1 + b·c²) renormalized, the head of a pair (|c| ≤ 30): v for b = 0.044715, x·v' for b = 3·0.044715.
    /// </summary>
    [LaneHelper]
    private static double GeluTanhProductDouble(double c, double b) => GeluTanhProductHeadDouble(c, b) + GeluTanhProductTailDouble(c, b);

    /// <summary>The low part of <see cref="GeluTanhProductDouble"/>: at most ½ ULP of it, the pair within about 2^-100 relative.</summary>
    [LaneHelper]
    private static double GeluTanhProductLowDouble(double c, double b) =>
        HpcMath.TwoSumErrorDouble(GeluTanhProductHeadDouble(c, b), GeluTanhProductTailDouble(c, b), GeluTanhProductDouble(c, b));

    /// <summary>kx·w rounded, for kx + kxLow = 2√(2/π)·c and w + wLow = 1 + b·c² (b = 0.044715 for v, 3·0.044715 for x·v').</summary>
    [LaneHelper]
    private static double GeluTanhProductHeadDouble(double c, double b) => GeluTanhScale * c * (1.0 + b * (c * c));

    /// <summary>kx·w + kx·wLow + kxLow·w − <see cref="GeluTanhProductHeadDouble"/>(c, b).</summary>
    [LaneHelper]
    private static double GeluTanhProductTailDouble(double c, double b)
    {
        double square = c * c;
        double squareLow = Fma(c, c, -square);
        double cubic = b * square;
        double cubicLow = Fma(b, square, -cubic) + b * squareLow;
        double w = 1.0 + cubic;
        double wLow = HpcMath.TwoSumErrorDouble(1.0, cubic, w) + cubicLow;
        double kx = GeluTanhScale * c;
        double kxLow = Fma(GeluTanhScale, c, -kx) + GeluTanhScaleLow * c;
        return Fma(kx, w, -GeluTanhProductHeadDouble(c, b)) + (kx * wLow + kxLow * w);
    }
}
