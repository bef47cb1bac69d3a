using static HpcCore.Lane;

namespace HpcCore;

// Short double cores for the float activations. A float input is exact in double, and a double result within about
// 2^-43 of the true value rounds to the float the true value rounds to, except within 2^-19 ULP of a midpoint: the
// float result is then off by at most 0.5 + 2^-19 ULP (declared 0.51; the exhaustive test checks every float). So the
// float versions of Mish and GELU use the correctly rounded tier's fast exp core (ExpFastDoubleFit, degree 9,
// 2^-45.8) instead of the double definitions' 2^-56 pairs, and need no care for double's subnormal range: float
// arguments are clamped where the float result has saturated, and every intermediate stays a normal double.
// Float cores for the activations that need no more than e^x, one quotient and at most one logarithm follow below.
public static partial class Activations
{
    private const double SingleExpFloor = -200.0;                     // e^−200 is far below float's range, far above double's

    /// <summary>e^a for a ≤ 88 (clamped at −200) to about 2^-45 relative.</summary>
    [LaneHelper]
    private static double ExpForSingle(double a)
    {
        a = Select(a < SingleExpFloor, SingleExpFloor, a);
        return ScaleB(HpcMath.CorrectlyRounded.ExpFastDouble(HpcMath.ExpRemainderDouble(a)), HpcMath.ExpScaleDouble(a));
    }

    // Float cores. Sigmoid, SiLU, GeluTanh (x·σ of a polynomial), ELU, SELU and CELU need only e^x (or e^x − 1) and at
    // most one quotient, Softplus and LogSigmoid one logarithm more: as float pairs they cost fewer instructions on
    // sixteen lanes than the double cores above on two halves of eight, at a bound of 1 ULP rather than 0.51. (The
    // loops are bound by the vector ports: every double lane costs a float vector's half, and each conversion between
    // them two operations.) Mish and GELU keep the double cores: their float pairs cost as much as the double work.
    // Their e^x is the table-driven pair of ExpTable.cs: 2^m·(p + pLow), three operations fewer than the polynomial
    // core's head and tail.
    private const float ExpFloorF = -150.0f;                          // e^−150 is far below float's range, m ≥ −217
    private const float NegligibleScaleF = -40.0f;                    // 2^m·p with m below it changes 1 + e or log(1 + e) by < 2^-40 relative
    private const float TinyForSingle = 7.88860905e-31f;               // 2^-100: below it x² and the low parts of products vanish in float

    // σ(±v) = 2^s·(head + residual·inverse) for a = −|v| ≤ 0 (clamped at −150 by the caller): 1/(1 + e) where
    // `positive` (s = 0), else e/(1 + e) with the numerator e^a's mantissa pair and s = m, so a result near the subnormal
    // range is rounded from the whole quotient before the last scaling. e = 2^m·(p + pLow), the table-driven pair of
    // ExpTable.cs (about 2^-28 relative); the quotient is corrected from its FMA residual and the low parts, so Sigmoid
    // (head + residual·inverse in one Fma) and SiLU (x·head + x·residual·inverse) round about once. In the denominator
    // e^a is taken no smaller than 2^-40·p (a change below 2^-40 relative), so no lane forms a subnormal there; only the
    // last scaling does, where the result itself is subnormal.

    /// <summary>n/d rounded: the head of σ(±v)/2^s.</summary>
    [LaneHelper]
    private static float SigmoidHeadSingle(bool positive, float a) => Select(positive, 1.0f, HpcMath.ExpTableHeadSingle(a)) * SigmoidInverseSingle(a);

    /// <summary>1/d rounded, d = 1 + e^a (e^a ≤ 1).</summary>
    [LaneHelper]
    private static float SigmoidInverseSingle(float a) => 1.0f / SigmoidDenominatorSingle(a);

    /// <summary>
    /// n + nLow − head·(d + dLow): the quotient's residual, whose product with the inverse is the low part of σ(±v)/2^s.
    /// <paramref name="pLow"/> is e^a's low part: <c>HpcMath.ExpTableLowSingle(a)</c>, plus p·aLow for an argument
    /// a + aLow known as a pair (e^aLow = 1 + aLow to within aLow²/2).
    /// </summary>
    [LaneHelper]
    private static float SigmoidResidualSingle(bool positive, float a, float pLow)
    {
        float n = Select(positive, 1.0f, HpcMath.ExpTableHeadSingle(a));
        float nLow = Select(positive, 0.0f, pLow);
        float d = SigmoidDenominatorSingle(a);
        float e = ScaleB(HpcMath.ExpTableHeadSingle(a), SigmoidDenominatorScaleSingle(a));
        float dLow = ((1.0f - d) + e) + ScaleB(pLow, SigmoidDenominatorScaleSingle(a));   // Fast2Sum: e ≤ 1
        float q = SigmoidHeadSingle(positive, a);
        return Fma(-q, d, n) + (nLow - q * dLow);
    }

    /// <summary>s: 0 where positive, else m, the power of two of e^a.</summary>
    [LaneHelper]
    private static float SigmoidScaleSingle(bool positive, float a) => Select(positive, 0.0f, HpcMath.ExpTableScaleSingle(a));

    /// <summary>d = 1 + e^a rounded, e^a taken no smaller than 2^-40·p.</summary>
    [LaneHelper]
    private static float SigmoidDenominatorSingle(float a) => 1.0f + ScaleB(HpcMath.ExpTableHeadSingle(a), SigmoidDenominatorScaleSingle(a));

    /// <summary>m, raised to −40 where it is below (see above).</summary>
    [LaneHelper]
    private static float SigmoidDenominatorScaleSingle(float a) =>
        Select(HpcMath.ExpTableScaleSingle(a) < NegligibleScaleF, NegligibleScaleF, HpcMath.ExpTableScaleSingle(a));

    /// <summary>
    /// factor·softplus(z), softplus(z) = max(z, 0) + log(1 + e), e = e^−|z| ≤ 1, for z ≤ 16 (above it the result is z:
    /// e^−16 is below half an ULP of 16). e is the table-driven pair of ExpTable.cs, scaled; below e = 2^-40 the result is e itself
    /// (log(1 + e) = e to within 2^-41), so that no lane forms subnormal intermediates (x86 pays about a hundred cycles
    /// for each); the factor (−1, or 1/β) is applied before that last scaling for the same reason.
    /// log(1 + e) = 2·atanh(s), s = e/(2 + e) ≤ 1/3, as t + tLow + t·s²·P(s²) with t = 2s a pair (the quotient
    /// corrected from its FMA residual) and P the minimax fit: the polynomial's rounding errors fall on a term at most
    /// 1/27 of the result. (A polynomial in e itself, e − e²/2 + e³·q(e), needs no division but left 0.28 of the result
    /// to float arithmetic near e = 1: 1.26 ULP.)
    /// </summary>
    [LaneHelper]
    private static float SoftplusCoreSingle(float z, float factor)
    {
        float a = Select(-Abs(z) < ExpFloorF, ExpFloorF, -Abs(z));
        float p = HpcMath.ExpTableHeadSingle(a);
        float pLow = HpcMath.ExpTableLowSingle(a);
        float k = HpcMath.ExpTableScaleSingle(a);
        float kc = Select(k < NegligibleScaleF, NegligibleScaleF, k);             // below it: log(1 + e) = e, set last
        float e = ScaleB(p, kc);
        float eLow = ScaleB(pLow, kc);
        float d = 2.0f + e;
        float dLow = ((2.0f - d) + e) + eLow;                                      // Fast2Sum: e ≤ 2
        float w = 2.0f / d;
        float t = e * w;
        float tLow = (Fma(-t, d, e + e) + (eLow + eLow - t * dLow)) * (0.5f * w);
        float s2 = 0.25f * t * t;
        float m = Select(z > 0.0f, z, 0.0f);
        float sum = m + t;
        float low = HpcMath.TwoSumErrorSingle(m, t, sum) + Fma(t * s2, AtanhThirdSingle(s2), tLow);
        float y = Select(k < NegligibleScaleF, ScaleB(factor * (p + pLow), k), factor * (sum + low));
        return Select(z > 16.0f, factor * z, y);
    }

    /// <summary>P(s²) with atanh(s) = s + s³·P(s²) for 0 ≤ s ≤ 1/3, the minimax fit (2^-33 relative).</summary>
    [LaneHelper]
    private static float AtanhThirdSingle(float s2)
    {
        float p = AtanhThirdSingleFit.C11;
        p = Fma(p, s2, AtanhThirdSingleFit.C9);
        p = Fma(p, s2, AtanhThirdSingleFit.C7);
        p = Fma(p, s2, AtanhThirdSingleFit.C5);
        return Fma(p, s2, AtanhThirdSingleFit.C3);
    }

    /// <summary>
    /// x/2 + c·x² (c &gt; 0) rounded, for |x| &lt; 2^-100, where c·x² is far below float's range: x/2 where that is a float,
    /// else (x/2 a subnormal midpoint, x − 2·RN(x/2) = ±2^-149) the float above the midpoint, which the positive c·x²
    /// term makes the nearest (SiLU's x/2 + x²/4 at a subnormal x).
    /// </summary>
    [LaneHelper]
    private static float HalfAboveSingle(float x)
    {
        float half = 0.5f * x;
        return Select(x - (half + half) > 0.0f, half + float.Epsilon, half);   // half itself may be −0 (x = −2^-149)
    }

    /// <summary>
    /// The head of e^a − 1 for a ≤ 0 (clamped at −20, where the result is −1 to within rounding; other lanes are not
    /// used): the pair of <see cref="HpcMath.ExpM1ScaledSumSingle"/>, scaled by 2^k (exact: k ≤ 0 and the low part stays
    /// above 2^-80). Head + low is e^a − 1 before its one rounding; the low part may reach a quarter of it. Callers take
    /// the low part first: the JIT keeps the emitted order, and the head is then live only briefly (10 % faster).
    /// </summary>
    [LaneHelper]
    private static float ExpM1HeadSingle(float a)
    {
        a = Select(a < HpcMath.ExpM1FloorF, HpcMath.ExpM1FloorF, a);
        return ScaleB(HpcMath.ExpM1ScaledSumSingle(a), HpcMath.ExpScaleSingle(a));
    }

    /// <summary>The low part of <see cref="ExpM1HeadSingle"/>.</summary>
    [LaneHelper]
    private static float ExpM1LowSingle(float a)
    {
        a = Select(a < HpcMath.ExpM1FloorF, HpcMath.ExpM1FloorF, a);
        return ScaleB(HpcMath.ExpM1ScaledLowSingle(a), HpcMath.ExpScaleSingle(a));
    }
}
