using static HpcCore.Lane;

namespace HpcCore;

// The logistic family: σ(x) = 1/(1 + e^−x) and what is built from it. Each double definition computes e^(−|x|) ≤ 1 once
// (so nothing overflows) as 2^k·p with p in [0.7, 1.42] (the Exp core's pieces); products with x are formed as
// ScaleB(x·p, k), so a result in the subnormal range is rounded once rather than x times a subnormal e^x, which would
// carry hundreds of ULPs of error (silu(−740) is a subnormal double). The float versions round the double result once.
public static partial class Activations
{
    private const double ExpArgumentFloor = -1400.0;   // e^−1400 is far below double's range; clamping keeps ±∞ out of the Exp core

    /// <summary>p = exp(a)/2^k in [0.7, 1.42] for the k of <c>HpcMath.ExpScaleDouble(a)</c>, to about 2^-57 relative (a ≥ −1400).</summary>
    [LaneHelper]
    private static double ExpMantissaDouble(double a)
    {
        double r = HpcMath.ExpRemainderDouble(a);
        return HpcMath.ExpHeadDouble(r) + HpcMath.ExpTailDouble(r, HpcMath.ExpRemainderLowDouble(a));
    }

    /// <summary>The logistic sigmoid, 1/(1 + e^−x).</summary>
    /// <param name="x">The input.</param>
    /// <returns>A value in [0, 1]: e^x to within rounding below about −37 (subnormal below −708, +0 below −745), 1 above about 37; NaN for NaN.</returns>
    [Vectorize("Sigmoid", MaxUlp = 2.0, Domain = "all doubles", Reference = "sigmoid")]
    internal static double SigmoidDouble(double x)
    {
        double a = Select(x > 0.0, -x, x);
        a = Select(a < ExpArgumentFloor, ExpArgumentFloor, a);
        double e = ScaleB(ExpMantissaDouble(a), HpcMath.ExpScaleDouble(a));   // e^−|x|
        double y = Select(x < 0.0, e, 1.0) / (1.0 + e);
        return Select(IsNaN(x), double.NaN, y);
    }

    /// <summary>The logistic sigmoid, 1/(1 + e^−x).</summary>
    /// <param name="x">The input.</param>
    /// <returns>A value in [0, 1]: e^x to within rounding below about −17 (subnormal below −87.3, the correct subnormal down to about −103.3, then +0), 1 above about 17; NaN for NaN.</returns>
    [Vectorize("Sigmoid", MaxUlp = 0.51, Domain = "all floats", Reference = "sigmoid")]
    private static float SigmoidSingle(float x) => ToSingle(SigmoidDouble(ToDouble(x)));

    /// <summary>SiLU (Swish), x·σ(x).</summary>
    /// <param name="x">The input.</param>
    /// <returns>x·σ(x): −0 for −∞ (the limit), x to within rounding above about 37; NaN for NaN.</returns>
    [Vectorize("Silu", MaxUlp = 2.5, Domain = "all doubles", Reference = "silu")]
    internal static double SiluDouble(double x)
    {
        double clamped = Select(x < ExpArgumentFloor, ExpArgumentFloor, x);
        double a = Select(x > 0.0, -x, x);
        a = Select(a < ExpArgumentFloor, ExpArgumentFloor, a);
        double p = ExpMantissaDouble(a);
        double k = HpcMath.ExpScaleDouble(a);
        double numerator = Select(x < 0.0, ScaleB(clamped * p, k), x);    // x·e^x below zero, rounded once
        double y = numerator / (1.0 + ScaleB(p, k));
        return Select(IsNaN(x), double.NaN, y);
    }

    /// <summary>SiLU (Swish), x·σ(x).</summary>
    /// <param name="x">The input.</param>
    /// <returns>x·σ(x): −0 for −∞ (the limit), x to within rounding above about 17; NaN for NaN.</returns>
    [Vectorize("Silu", MaxUlp = 0.51, Domain = "all floats", Reference = "silu")]
    private static float SiluSingle(float x) => ToSingle(SiluDouble(ToDouble(x)));

    /// <summary>log σ(x) = min(x, 0) − log(1 + e^−|x|), without overflow or cancellation.</summary>
    /// <param name="x">The input.</param>
    /// <returns>A value ≤ 0: x to within rounding below about −37, −e^−x above (−0 where that underflows, and for +∞); −∞ for −∞; NaN for NaN.</returns>
    [Vectorize("LogSigmoid", MaxUlp = 2.0, Domain = "all doubles", Reference = "log_sigmoid")]
    internal static double LogSigmoidDouble(double x)
    {
        // Negated last, so a result that underflows is −0, on the side it comes from.
        double y = -(HpcMath.LogP1Double(HpcMath.ExpDouble(-Abs(x))) - Select(x < 0.0, x, 0.0));
        return Select(IsNaN(x), double.NaN, y);
    }

    /// <summary>log σ(x) = min(x, 0) − log(1 + e^−|x|), without overflow or cancellation.</summary>
    /// <param name="x">The input.</param>
    /// <returns>A value ≤ 0: x to within rounding below about −17, −e^−x above (−0 where that underflows, and for +∞); −∞ for −∞; NaN for NaN.</returns>
    [Vectorize("LogSigmoid", MaxUlp = 0.51, Domain = "all floats", Reference = "log_sigmoid")]
    private static float LogSigmoidSingle(float x) => ToSingle(LogSigmoidDouble(ToDouble(x)));

    /// <summary>
    /// Softplus, log(1 + e^(βx))/β, and x itself where βx exceeds the threshold (PyTorch's Softplus): computed as
    /// (max(βx, 0) + log(1 + e^−|βx|))/β, so nothing overflows. The bound holds for β = 1; for other β the rounding of βx
    /// adds up to about |βx|·σ(βx)/softplus ULP.
    /// </summary>
    /// <param name="x">The input.</param>
    /// <param name="beta">β, one value for all elements.</param>
    /// <param name="threshold">Above this βx the result is x.</param>
    /// <returns>A positive value, +0 where e^(βx) underflows, x above the threshold; NaN for NaN.</returns>
    [Vectorize("Softplus", MaxUlp = 2.0, Domain = "all doubles, beta = 1, threshold = 20", Reference = "softplus(1,20)")]
    internal static double SoftplusDouble(double x, [Scalar] double beta = 1.0, [Scalar] double threshold = 20.0)
    {
        double z = beta * x;
        double y = (Select(z > 0.0, z, 0.0) + HpcMath.LogP1Double(HpcMath.ExpDouble(-Abs(z)))) / beta;
        y = Select(z > threshold, x, y);
        return Select(IsNaN(y), double.NaN, y);
    }

    /// <summary>
    /// Softplus, log(1 + e^(βx))/β, and x itself where βx exceeds the threshold (PyTorch's Softplus), computed in double
    /// and rounded once. The bound holds for β = 1.
    /// </summary>
    /// <param name="x">The input.</param>
    /// <param name="beta">β, one value for all elements.</param>
    /// <param name="threshold">Above this βx the result is x.</param>
    /// <returns>A positive value, +0 where e^(βx) underflows, x above the threshold; NaN for NaN.</returns>
    [Vectorize("Softplus", MaxUlp = 0.51, Domain = "all floats, beta = 1, threshold = 20", Reference = "softplus(1,20)")]
    private static float SoftplusSingle(float x, [Scalar] float beta = 1.0f, [Scalar] float threshold = 20.0f) =>
        ToSingle(SoftplusDouble(ToDouble(x), ToDouble(beta), ToDouble(threshold)));

    /// <summary>
    /// Mish, x·tanh(softplus(x)), as x·n/(n + 2) with n = e^x(e^x + 2) (tanh(log(1 + e^x)) exactly, no logarithm), and
    /// as x·e^x rounded once below −40.
    /// </summary>
    /// <param name="x">The input.</param>
    /// <returns>x·tanh(softplus(x)): −0 for −∞ (the limit), x above 20; NaN for NaN.</returns>
    [Vectorize("Mish", MaxUlp = 3.5, Domain = "all doubles", Reference = "mish")]
    internal static double MishDouble(double x)
    {
        double a = Select(x < ExpArgumentFloor, ExpArgumentFloor, Select(x > 20.0, 20.0, x));
        double p = ExpMantissaDouble(a);
        double k = HpcMath.ExpScaleDouble(a);
        double e = ScaleB(p, k);
        double n = e * (e + 2.0);
        double y = Select(a < -40.0, ScaleB(a * p, k), a * n / (n + 2.0));   // tanh(softplus(x)) = e^x(1 + O(e^x)) below −40
        y = Select(x > 20.0, x, y);                                              // 1 − tanh(softplus(20)) < 2^-56
        return Select(IsNaN(x), double.NaN, y);
    }

    /// <summary>Mish, x·tanh(softplus(x)), computed in double and rounded once.</summary>
    /// <param name="x">The input.</param>
    /// <returns>x·tanh(softplus(x)): −0 for −∞ (the limit), x above 20; NaN for NaN.</returns>
    [Vectorize("Mish", MaxUlp = 0.51, Domain = "all floats", Reference = "mish")]
    private static float MishSingle(float x) => ToSingle(MishDouble(ToDouble(x)));
}
