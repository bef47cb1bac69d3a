using static HpcCore.Lane;

namespace HpcCore;

// The logistic family: σ(x) = 1/(1 + e^−x) and what is built from it. Each double definition computes e^(−|x|) ≤ 1 once
// (so nothing overflows) as 2^k·(p + pLow) with p in [0.97, 1.96] (the table-driven pair of ExpTable.cs); quotients
// are corrected from their residual, and products with x are formed before 2^k is applied, so a result is rounded
// about once, and once in the subnormal range rather than x times a subnormal e^x, which would carry hundreds of ULPs
// of error (silu(−740) is a subnormal double). The float versions use the cores of SingleCores.cs: float pairs for
// Sigmoid, SiLU, Softplus and LogSigmoid.
public static partial class Activations
{
    private const double ExpArgumentFloor = -1500.0;   // even the largest gradient times e^−1500 is below double's range; clamping keeps ±∞ out of the Exp core

    /// <summary>p = e^a/2^k in [0.97, 1.96] for k = <see cref="ExpMantissaScaleDouble"/>(a), with its low part to about 2^-56 relative (a ≥ −1500): the table-driven pair of ExpTable.cs.</summary>
    [LaneHelper]
    private static double ExpMantissaDouble(double a) => HpcMath.ExpTableHeadDouble(a);

    /// <summary>The rounding error of <see cref="ExpMantissaDouble"/>: p + pLow is e^a/2^k to about 2^-56 relative.</summary>
    [LaneHelper]
    private static double ExpMantissaLowDouble(double a) => HpcMath.ExpTableLowDouble(a);

    /// <summary>k, the power of two of <see cref="ExpMantissaDouble"/> and <see cref="ExpPairMantissaDouble"/>, as an integral double.</summary>
    [LaneHelper]
    private static double ExpMantissaScaleDouble(double a) => HpcMath.ExpTablePowerOfTwoDouble(a);

    /// <summary>e^(a + aLow)/2^k in [0.97, 1.96] for k = <see cref="ExpMantissaScaleDouble"/>(a): <see cref="ExpMantissaDouble"/> for an argument carried as a pair.</summary>
    [LaneHelper]
    private static double ExpPairMantissaDouble(double a, double aLow) => HpcMath.ExpTablePairHeadDouble(a, aLow);

    /// <summary>The rounding error of <see cref="ExpPairMantissaDouble"/>.</summary>
    [LaneHelper]
    private static double ExpPairMantissaLowDouble(double a, double aLow) => HpcMath.ExpTablePairLowDouble(a, aLow);

    /// <summary>
    /// σ(x)/2^K for K = <see cref="SigmoidScaleDouble"/>(x), as the head of a quotient whose low part is
    /// <see cref="SigmoidMantissaLowDouble"/>: below zero p/(1 + e^x) with e^x = 2^k·p, above it 1/(1 + e^−x). The
    /// quotient n/d is formed with one division and corrected from the pairs n + nLow and d + dLow, so σ carries the
    /// exp pair's 2^-56 rather than three roundings (which reached 2.15 ULP).
    /// </summary>
    [LaneHelper]
    private static double SigmoidMantissaDouble(double x)
    {
        double a = SigmoidExpArgument(x);
        return Select(x < 0.0, ExpMantissaDouble(a), 1.0) * (1.0 / SigmoidDenominatorDouble(a));
    }

    /// <summary>The correction to <see cref="SigmoidMantissaDouble"/>: (n + nLow − q·(d + dLow))/d, its residual exact to first order.</summary>
    [LaneHelper]
    private static double SigmoidMantissaLowDouble(double x)
    {
        double a = SigmoidExpArgument(x);
        double n = Select(x < 0.0, ExpMantissaDouble(a), 1.0);
        double nLow = Select(x < 0.0, ExpMantissaLowDouble(a), 0.0);
        double d = SigmoidDenominatorDouble(a);
        return QuotientResidualDouble(n, nLow, d, SigmoidDenominatorLowDouble(a), SigmoidMantissaDouble(x)) * (1.0 / d);
    }

    /// <summary>
    /// n + nLow − q·(d + dLow) for a quotient q ≈ n/d: its part n − q·d is exact (Fma), so q + residual/d is the
    /// quotient of the pairs to about 2^-100 beyond their own errors.
    /// </summary>
    [LaneHelper]
    private static double QuotientResidualDouble(double n, double nLow, double d, double dLow, double q) =>
        Fma(-q, dLow, Fma(-q, d, n) + nLow);

    /// <summary>The power of two of σ(x): k of e^x below zero, 0 above.</summary>
    [LaneHelper]
    private static double SigmoidScaleDouble(double x) => Select(x < 0.0, ExpMantissaScaleDouble(SigmoidExpArgument(x)), 0.0);

    /// <summary>−|x|, clamped to the Exp core's floor.</summary>
    [LaneHelper]
    private static double SigmoidExpArgument(double x)
    {
        double a = Select(x > 0.0, -x, x);
        return Select(a < ExpArgumentFloor, ExpArgumentFloor, a);
    }

    /// <summary>1 + e^a rounded (a ≤ 0).</summary>
    [LaneHelper]
    private static double SigmoidDenominatorDouble(double a) => 1.0 + ScaleB(ExpMantissaDouble(a), ExpMantissaScaleDouble(a));

    /// <summary>1 + e^a − <see cref="SigmoidDenominatorDouble"/>(a): its rounding error (Fast2Sum, e^a ≤ 1) and e^a's low part.</summary>
    [LaneHelper]
    private static double SigmoidDenominatorLowDouble(double a)
    {
        double k = ExpMantissaScaleDouble(a);
        double e = ScaleB(ExpMantissaDouble(a), k);
        return ((1.0 - SigmoidDenominatorDouble(a)) + e) + ScaleB(ExpMantissaLowDouble(a), k);
    }

    /// <summary>The logistic sigmoid, 1/(1 + e^−x).</summary>
    /// <param name="x">The input.</param>
    /// <returns>A value in [0, 1]: e^x to within rounding below about −37 (subnormal below −708, +0 below −745), 1 above about 37; NaN for NaN.</returns>
    [Vectorize("Sigmoid", MaxUlp = 1.0, Domain = "all doubles", Reference = "sigmoid")]
    internal static double SigmoidDouble(double x)
    {
        // n/d as in SigmoidMantissaDouble, but with n = e^x itself below zero: no power of two to apply afterwards
        // (where e^x is subnormal, d = 1 and the result is e^x, rounded once).
        double a = SigmoidExpArgument(x);
        double k = ExpMantissaScaleDouble(a);
        double e = ScaleB(ExpMantissaDouble(a), k);
        double nLow = Select(x < 0.0, ScaleB(ExpMantissaLowDouble(a), k), 0.0);
        double n = Select(x < 0.0, e, 1.0);
        double d = SigmoidDenominatorDouble(a);
        double inverse = 1.0 / d;
        double q = n * inverse;
        double y = Fma(QuotientResidualDouble(n, nLow, d, SigmoidDenominatorLowDouble(a), q), inverse, q);
        return Select(IsNaN(x), double.NaN, y);
    }

    /// <summary>The logistic sigmoid, 1/(1 + e^−x).</summary>
    /// <param name="x">The input.</param>
    /// <returns>A value in [0, 1]: e^x to within rounding below about −17 (subnormal below −87.3, the correct subnormal down to about −103.3, then +0), 1 above about 17; NaN for NaN.</returns>
    [Vectorize("Sigmoid", MaxUlp = 1.0, Domain = "all floats", Reference = "sigmoid")]
    private static float SigmoidSingle(float x)
    {
        float a = Select(-Abs(x) < ExpFloorF, ExpFloorF, -Abs(x));
        bool positive = x >= 0.0f;
        float y = Fma(SigmoidResidualSingle(positive, a, HpcMath.ExpTableLowSingle(a)), SigmoidInverseSingle(a), SigmoidHeadSingle(positive, a));
        return Select(IsNaN(x), float.NaN, ScaleB(y, SigmoidScaleSingle(positive, a)));
    }

    /// <summary>SiLU (Swish), x·σ(x).</summary>
    /// <param name="x">The input.</param>
    /// <returns>x·σ(x): −0 for −∞ (the limit), x to within rounding above about 37; NaN for NaN.</returns>
    [Vectorize("Silu", MaxUlp = 1.0, Domain = "all doubles", Reference = "silu")]
    internal static double SiluDouble(double x)
    {
        // x·σ(x) = 2^K·x·(q + qLow), rounded once before the power of two; above 40, σ(x) > 1 − 2^-57 and the result is x.
        double clamped = Select(x < ExpArgumentFloor, ExpArgumentFloor, x);
        double y = ScaleB(Fma(clamped, SigmoidMantissaDouble(x), clamped * SigmoidMantissaLowDouble(x)), SigmoidScaleDouble(x));
        y = Select(x > 40.0, x, y);
        return Select(IsNaN(x), double.NaN, y);
    }

    /// <summary>SiLU (Swish), x·σ(x).</summary>
    /// <param name="x">The input.</param>
    /// <returns>x·σ(x): −0 for −∞ (the limit), x to within rounding above about 17; NaN for NaN.</returns>
    [Vectorize("Silu", MaxUlp = 1.0, Domain = "all floats", Reference = "silu")]
    private static float SiluSingle(float x)
    {
        // Below 2^-100 x²/4 is invisible to float arithmetic, yet it decides how a subnormal x/2 rounds: HalfAboveSingle.
        // The quotient is x·σ(x) rounded for every other input (above 17 that is x); ±0 (the sign), +∞ (∞·0 in the
        // low part) and NaN take the rare path, one integer comparison away.
        float a = Select(-Abs(x) < ExpFloorF, ExpFloorF, -Abs(x));
        bool positive = x >= 0.0f;
        float c = Select(x < ExpFloorF, ExpFloorF, x);                     // x·σ(x) below −150 underflows all the same
        float y = Fma(c, SigmoidHeadSingle(positive, a), c * (SigmoidResidualSingle(positive, a, HpcMath.ExpTableLowSingle(a)) * SigmoidInverseSingle(a)));
        y = ScaleB(y, SigmoidScaleSingle(positive, a));
        float special = Select(Abs(x) < TinyForSingle, HalfAboveSingle(x), y);
        special = Select(x == 0.0f | x == float.PositiveInfinity, x, special);
        return SelectRarely(IsTinyOrNotFiniteSingle(x), Select(IsNaN(x), float.NaN, special), y);
    }

    /// <summary>
    /// Whether |x| is below 2^-100 (zero included), infinite or NaN: adding 2^23 to the bits of |x| (wrapping) sends
    /// +∞ and NaN below zero and leaves those below 2^-100 below the bits of 2^-100 plus 2^23.
    /// </summary>
    [LaneHelper]
    private static bool IsTinyOrNotFiniteSingle(float x) => AsInt32(Abs(x)) + 0x00800000 < 0x0E000000;

    /// <summary>log σ(x) = min(x, 0) − log(1 + e^−|x|), without overflow or cancellation.</summary>
    /// <param name="x">The input.</param>
    /// <returns>A value ≤ 0: x to within rounding below about −37, −e^−x above (−0 where that underflows, and for +∞); −∞ for −∞; NaN for NaN.</returns>
    [Vectorize("LogSigmoid", MaxUlp = 2.0, Domain = "all doubles", Reference = "log_sigmoid")]
    internal static double LogSigmoidDouble(double x)
    {
        // Negated last, so a result that underflows is −0, on the side it comes from.
        double y = -(HpcMath.LogP1Double(HpcMath.ExpByPolynomialDouble(-Abs(x))) - Select(x < 0.0, x, 0.0));
        return Select(IsNaN(x), double.NaN, y);
    }

    /// <summary>log σ(x) = min(x, 0) − log(1 + e^−|x|), without overflow or cancellation.</summary>
    /// <param name="x">The input.</param>
    /// <returns>A value ≤ 0: x to within rounding below about −17, −e^−x above (−0 where that underflows, and for +∞); −∞ for −∞; NaN for NaN.</returns>
    [Vectorize("LogSigmoid", MaxUlp = 1.0, Domain = "all floats", Reference = "log_sigmoid")]
    private static float LogSigmoidSingle(float x) => Select(IsNaN(x), float.NaN, SoftplusCoreSingle(-x, -1.0f));

    /// <summary>
    /// Softplus, log(1 + e^(βx))/β, and x itself where βx exceeds the threshold (PyTorch's Softplus): computed as
    /// (max(βx, 0) + log(1 + e^−|βx|))·(1/β), so nothing overflows (a product: a division per vector cost a sixth of
    /// the time). The bound holds for β = 1 (and powers of two); for other β the roundings of βx, 1/β and the product
    /// add up to about 1 + |βx|·σ(βx)/softplus ULP.
    /// </summary>
    /// <param name="x">The input.</param>
    /// <param name="beta">β, one value for all elements.</param>
    /// <param name="threshold">Above this βx the result is x.</param>
    /// <returns>A positive value, +0 where e^(βx) underflows, x above the threshold; NaN for NaN.</returns>
    [Vectorize("Softplus", MaxUlp = 2.0, Domain = "all doubles, beta = 1, threshold = 20", Reference = "softplus(1,20)")]
    internal static double SoftplusDouble(double x, [Scalar] double beta = 1.0, [Scalar] double threshold = 20.0)
    {
        double z = beta * x;
        double y = (Select(z > 0.0, z, 0.0) + HpcMath.LogP1Double(HpcMath.ExpByPolynomialDouble(-Abs(z)))) * (1.0 / beta);   // 1/β: once per call
        y = Select(z > threshold, x, y);
        return Select(IsNaN(y), double.NaN, y);
    }

    /// <summary>
    /// Softplus, log(1 + e^(βx))/β, and x itself where βx exceeds the threshold (PyTorch's Softplus), computed as
    /// (max(βx, 0) + log(1 + e^−|βx|))·(1/β) in float pairs (PyTorch's form). The bound holds for β = 1 (and powers of
    /// two); for other β the roundings of βx, 1/β and the product add up to about 1 + |βx|·σ(βx)/softplus ULP.
    /// </summary>
    /// <param name="x">The input.</param>
    /// <param name="beta">β, one value for all elements.</param>
    /// <param name="threshold">Above this βx the result is x.</param>
    /// <returns>A positive value, +0 where e^(βx) underflows, x above the threshold; NaN for NaN.</returns>
    [Vectorize("Softplus", MaxUlp = 1.0, Domain = "all floats, beta = 1, threshold = 20", Reference = "softplus(1,20)")]
    private static float SoftplusSingle(float x, [Scalar] float beta = 1.0f, [Scalar] float threshold = 20.0f)
    {
        float z = beta * x;
        float y = Select(z > threshold, x, SoftplusCoreSingle(z, 1.0f / beta));   // 1/β depends on β alone: computed once per call
        return Select(IsNaN(y), float.NaN, y);
    }

    /// <summary>
    /// Mish, x·tanh(softplus(x)), as x·n/(n + 2) with n = e^x(e^x + 2) (tanh(log(1 + e^x)) exactly, no logarithm), and
    /// as x·e^x rounded once below −40. e^x, e^x + 2, n and n + 2 are carried as pairs and the quotient is corrected from
    /// its residual, so the result is rounded about once (the plain formula's six roundings reached 3.2 ULP).
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>x·tanh(softplus(x)): −0 for −∞ (the limit), x above 20; NaN for NaN.</returns>
    [Vectorize("Mish", MaxUlp = 1.5, Domain = "all doubles", Reference = "mish")]
    internal static double MishDouble(double x)
    {
        double a = Select(x < ExpArgumentFloor, ExpArgumentFloor, Select(x > 20.0, 20.0, x));
        double p = ExpMantissaDouble(a);
        double k = ExpMantissaScaleDouble(a);
        double q = MishTanhDouble(a);
        double qLow = MishTanhLowDouble(a);
        double y = Select(a < -40.0, ScaleB(Fma(a, p, a * ExpMantissaLowDouble(a)), k), Fma(a, q, a * qLow));   // tanh(softplus(x)) = e^x(1 + O(e^x)) below −40
        y = Select(x > 20.0 | x == 0.0, x, y);                                   // 1 − tanh(softplus(20)) < 2^-56; ±0 keeps its sign
        return Select(IsNaN(x), double.NaN, y);
    }

    /// <summary>Mish, x·tanh(softplus(x)), computed in double and rounded once.</summary>
    /// <param name="x">The input.</param>
    /// <returns>x·tanh(softplus(x)): −0 for −∞ (the limit), x above 20; NaN for NaN.</returns>
    [Vectorize("Mish", MaxUlp = 0.51, Domain = "all floats", Reference = "mish")]
    private static float MishSingle(float x)
    {
        double d = ToDouble(x);
        double a = Select(d > 20.0, 20.0, d);
        double e = ExpForSingle(a);
        double n = e * (e + 2.0);
        double y = Select(d > 20.0, d, Select(a < SingleExpFloor, SingleExpFloor, a) * n / (n + 2.0));
        return Select(IsNaN(x), float.NaN, ToSingle(y));
    }

    /// <summary>n = e^a(e^a + 2), so that tanh(softplus(a)) = n/(n + 2) (a ≤ 40: nothing overflows).</summary>
    [LaneHelper]
    private static double MishNumeratorDouble(double a)
    {
        double e = ScaleB(ExpMantissaDouble(a), ExpMantissaScaleDouble(a));
        return e * (e + 2.0);
    }

    /// <summary>The rounding error of <see cref="MishNumeratorDouble"/>, with e^a and e^a + 2 carried as pairs.</summary>
    [LaneHelper]
    private static double MishNumeratorLowDouble(double a)
    {
        double k = ExpMantissaScaleDouble(a);
        double e = ScaleB(ExpMantissaDouble(a), k);
        double eLow = ScaleB(ExpMantissaLowDouble(a), k);
        double e2 = e + 2.0;
        double e2Low = HpcMath.TwoSumErrorDouble(e, 2.0, e2) + eLow;
        return Fma(e, e2, -MishNumeratorDouble(a)) + Fma(e, e2Low, eLow * e2);
    }

    /// <summary>n + 2 = (e^a + 1)² + 1, rounded.</summary>
    [LaneHelper]
    private static double MishDenominatorDouble(double a) => MishNumeratorDouble(a) + 2.0;

    /// <summary>n + nLow + 2 − <see cref="MishDenominatorDouble"/>(a).</summary>
    [LaneHelper]
    private static double MishDenominatorLowDouble(double a) =>
        HpcMath.TwoSumErrorDouble(MishNumeratorDouble(a), 2.0, MishDenominatorDouble(a)) + MishNumeratorLowDouble(a);

    /// <summary>tanh(softplus(a)) = n/(n + 2), the head of a corrected quotient.</summary>
    [LaneHelper]
    private static double MishTanhDouble(double a) => MishNumeratorDouble(a) * (1.0 / MishDenominatorDouble(a));

    /// <summary>The correction to <see cref="MishTanhDouble"/> from the residual of the pairs n and n + 2.</summary>
    [LaneHelper]
    private static double MishTanhLowDouble(double a)
    {
        double d = MishDenominatorDouble(a);
        return QuotientResidualDouble(MishNumeratorDouble(a), MishNumeratorLowDouble(a), d, MishDenominatorLowDouble(a), MishTanhDouble(a)) * (1.0 / d);
    }
}
