using static HpcCore.Lane;

namespace HpcCore;

/// <summary>
/// Activation functions of neural networks, each written once in the dialect: scalar, Vector128/256/512, span and OpenCL
/// overloads that give the same bits, each bound proven against MPFR (float: every input; double: hard inputs).
/// Float versions of the smooth activations evaluate the double definition on the widened input and round once, which
/// keeps them within about half an ULP and makes saturation exact: <c>Sigmoid(-100f)</c> is the subnormal 3.7e-44, not 0.
/// </summary>
public static partial class Activations
{
    // Piecewise-linear activations: exact, or one rounding. NaN in gives the canonical NaN out on every back end, except
    // where the function only selects (Relu, HardTanh): there the input NaN itself passes through, on every back end
    // alike, and the two instructions of a canonicalization are saved (a third of Relu's).

    /// <summary>Rectified linear unit, max(x, 0).</summary>
    /// <param name="x">The input.</param>
    /// <returns>x above zero, +0 otherwise (also for −0); a NaN input itself.</returns>
    [Vectorize("Relu", MaxUlp = 0.5, Domain = "all floats (exact)", Reference = "relu")]
    private static float ReluSingle(float x) => Select(x <= 0.0f, 0.0f, x);

    /// <summary>Rectified linear unit, max(x, 0).</summary>
    /// <param name="x">The input.</param>
    /// <returns>x above zero, +0 otherwise (also for −0); a NaN input itself.</returns>
    [Vectorize("Relu", MaxUlp = 0.5, Domain = "all doubles (exact)", Reference = "relu")]
    private static double ReluDouble(double x) => Select(x <= 0.0, 0.0, x);

    /// <summary>Leaky rectifier: x, or slope·x below zero.</summary>
    /// <param name="x">The input.</param>
    /// <param name="slope">The slope below zero (PyTorch's negative_slope), one value for all elements.</param>
    /// <returns>x for x ≥ 0, slope·x rounded once below; NaN for NaN.</returns>
    [Vectorize("LeakyRelu", MaxUlp = 0.5, Domain = "all floats, any slope", Reference = "leaky_relu(0.01f)")]
    private static float LeakyReluSingle(float x, [Scalar] float slope = 0.01f) => Select(IsNaN(x), float.NaN, Select(x < 0.0f, x * slope, x));

    /// <summary>Leaky rectifier: x, or slope·x below zero.</summary>
    /// <param name="x">The input.</param>
    /// <param name="slope">The slope below zero (PyTorch's negative_slope), one value for all elements.</param>
    /// <returns>x for x ≥ 0, slope·x rounded once below; NaN for NaN.</returns>
    [Vectorize("LeakyRelu", MaxUlp = 0.5, Domain = "all doubles, any slope", Reference = "leaky_relu(0.01)")]
    private static double LeakyReluDouble(double x, [Scalar] double slope = 0.01) => Select(IsNaN(x), double.NaN, Select(x < 0.0, x * slope, x));

    /// <summary>Parametric rectifier: x, or weight·x below zero, with a weight per element (PyTorch's PReLU with its weight broadcast to x).</summary>
    /// <param name="x">The input.</param>
    /// <param name="weight">The slope below zero for this element.</param>
    /// <returns>x for x ≥ 0, weight·x rounded once below; NaN when that is NaN.</returns>
    [Vectorize("Prelu", MaxUlp = 0.5, Domain = "all float pairs", Reference = "prelu")]
    private static float PreluSingle(float x, float weight)
    {
        float y = Select(x < 0.0f, x * weight, x);
        return Select(IsNaN(y), float.NaN, y);
    }

    /// <summary>Parametric rectifier: x, or weight·x below zero, with a weight per element (PyTorch's PReLU with its weight broadcast to x).</summary>
    /// <param name="x">The input.</param>
    /// <param name="weight">The slope below zero for this element.</param>
    /// <returns>x for x ≥ 0, weight·x rounded once below; NaN when that is NaN.</returns>
    [Vectorize("Prelu", MaxUlp = 0.5, Domain = "all double pairs", Reference = "prelu")]
    private static double PreluDouble(double x, double weight)
    {
        double y = Select(x < 0.0, x * weight, x);
        return Select(IsNaN(y), double.NaN, y);
    }

    /// <summary>x clamped to [min, max].</summary>
    /// <param name="x">The input.</param>
    /// <param name="min">The lower limit (PyTorch's min_val).</param>
    /// <param name="max">The upper limit (PyTorch's max_val), at least <paramref name="min"/>.</param>
    /// <returns>min below it, max above it, x between (exact); a NaN input itself.</returns>
    [Vectorize("HardTanh", MaxUlp = 0.5, Domain = "all floats (exact)", Reference = "hard_tanh(-1f,1f)")]
    private static float HardTanhSingle(float x, [Scalar] float min = -1.0f, [Scalar] float max = 1.0f) =>
        Select(x < min, min, Select(x > max, max, x));

    /// <summary>x clamped to [min, max].</summary>
    /// <param name="x">The input.</param>
    /// <param name="min">The lower limit (PyTorch's min_val).</param>
    /// <param name="max">The upper limit (PyTorch's max_val), at least <paramref name="min"/>.</param>
    /// <returns>min below it, max above it, x between (exact); a NaN input itself.</returns>
    [Vectorize("HardTanh", MaxUlp = 0.5, Domain = "all doubles (exact)", Reference = "hard_tanh(-1,1)")]
    private static double HardTanhDouble(double x, [Scalar] double min = -1.0, [Scalar] double max = 1.0) =>
        Select(x < min, min, Select(x > max, max, x));

    /// <summary>Piecewise-linear sigmoid, min(max((x + 3)/6, 0), 1) (PyTorch's Hardsigmoid).</summary>
    /// <param name="x">The input.</param>
    /// <returns>0 for x ≤ −3, 1 for x ≥ 3, (x + 3)/6 between; NaN for NaN.</returns>
    [Vectorize("HardSigmoid", MaxUlp = 0.51, Domain = "all doubles", Reference = "hard_sigmoid")]
    internal static double HardSigmoidDouble(double x)
    {
        // (s + sLow)/6 with s + sLow = x + 3 exactly: the quotient's residual (exact by FMA) corrects it, so the two
        // roundings of (x + 3)/6 (up to 1.17 ULP where x + 3 < 3) become one.
        double s = x + 3.0;
        double q = s / 6.0;
        double residual = Fma(-q, 6.0, s) + HpcMath.TwoSumErrorDouble(x, 3.0, s);
        double y = Select(x <= -3.0, 0.0, Select(x >= 3.0, 1.0, Fma(residual, 1.0 / 6.0, q)));
        return Select(IsNaN(x), double.NaN, y);
    }

    /// <summary>Piecewise-linear sigmoid, min(max((x + 3)/6, 0), 1) (PyTorch's Hardsigmoid).</summary>
    /// <param name="x">The input.</param>
    /// <returns>0 for x ≤ −3, 1 for x ≥ 3, (x + 3)/6 between; NaN for NaN.</returns>
    [Vectorize("HardSigmoid", MaxUlp = 0.51, Domain = "all floats", Reference = "hard_sigmoid")]
    private static float HardSigmoidSingle(float x)
    {
        // As the double version, with a product by 1/6 rounded for the division: within 2^-25 relative, so q is
        // faithful and its residual still exact. x + 3's error by Fast2Sum: |x| < 3 wherever the result is used.
        float s = x + 3.0f;
        float q = s * (1.0f / 6.0f);
        float residual = Fma(-q, 6.0f, s) + ((3.0f - s) + x);
        float y = Select(x <= -3.0f, 0.0f, Select(x >= 3.0f, 1.0f, Fma(residual, 1.0f / 6.0f, q)));
        return Select(IsNaN(x), float.NaN, y);
    }

    /// <summary>x·HardSigmoid(x) = x·min(max(x + 3, 0), 6)/6 (PyTorch's Hardswish).</summary>
    /// <param name="x">The input.</param>
    /// <returns>−0 for x ≤ −3, x for x ≥ 3, x(x + 3)/6 between; NaN for NaN.</returns>
    [Vectorize("HardSwish", MaxUlp = 0.51, Domain = "all doubles", Reference = "hard_swish")]
    internal static double HardSwishDouble(double x)
    {
        // x(x + 3) as the pair p + pLow (2Sum, then the product's error by FMA), divided by 6 with the residual as the
        // correction: one rounding instead of three (which reached 1.9 ULP).
        double s = x + 3.0;
        double p = x * s;
        double pLow = Fma(x, s, -p) + x * HpcMath.TwoSumErrorDouble(x, 3.0, s);
        double q = p / 6.0;
        double y = Select(x <= -3.0, -0.0, Select(x >= 3.0, x, Select(p == 0.0, p, Fma(Fma(-q, 6.0, p) + pLow, 1.0 / 6.0, q))));   // ±0 keeps its sign
        return Select(IsNaN(x), double.NaN, y);
    }

    /// <summary>x·HardSigmoid(x) = x·min(max(x + 3, 0), 6)/6 (PyTorch's Hardswish).</summary>
    /// <param name="x">The input.</param>
    /// <returns>−0 for x ≤ −3, x for x ≥ 3, x(x + 3)/6 between; NaN for NaN.</returns>
    [Vectorize("HardSwish", MaxUlp = 0.51, Domain = "all floats", Reference = "hard_swish")]
    private static float HardSwishSingle(float x)
    {
        // As the double version, with a product by 1/6 rounded for the division (faithful, so the residual is exact)
        // and x + 3's error by Fast2Sum (|x| < 3 wherever the result is used).
        float s = x + 3.0f;
        float p = x * s;
        float pLow = Fma(x, s, -p) + x * ((3.0f - s) + x);
        float q = p * (1.0f / 6.0f);
        float y = Select(x <= -3.0f, -0.0f, Select(x >= 3.0f, x, Select(p == 0.0f, p, Fma(Fma(-q, 6.0f, p) + pLow, 1.0f / 6.0f, q))));   // ±0 keeps its sign
        return Select(IsNaN(x), float.NaN, y);
    }

    /// <summary>x / (1 + |x|).</summary>
    /// <param name="x">The input.</param>
    /// <returns>A value in (−1, 1) with the sign of x (±1 for ±∞, ±0 for ±0); NaN for NaN.</returns>
    [Vectorize("Softsign", MaxUlp = 0.51, Domain = "all doubles", Reference = "softsign")]
    internal static double SoftsignDouble(double x)
    {
        // As the float version: 1 + |x| = d + e exactly, q = x·(1/d) corrected by the residual x − q(d + e) (plain
        // x/(1 + |x|) rounds twice: 1.5 ULP). From |x| = 2^54 on the result rounds to ±1.
        double a = Abs(x);
        double d = 1.0 + a;
        double e = (Select(a > 1.0, a, 1.0) - d) + Select(a > 1.0, 1.0, a);
        double inverse = 1.0 / d;
        double q = x * inverse;
        double residual = Fma(-q, d, x) - q * e;
        double y = CopySign(Select(a >= 18014398509481984.0, 1.0, Fma(residual, inverse, q)), x);   // −0 stays −0
        return Select(IsNaN(x), double.NaN, y);
    }

    /// <summary>x / (1 + |x|).</summary>
    /// <param name="x">The input.</param>
    /// <returns>A value in (−1, 1) with the sign of x (±1 for ±∞, ±0 for ±0); NaN for NaN.</returns>
    [Vectorize("Softsign", MaxUlp = 0.51, Domain = "all floats", Reference = "softsign")]
    private static float SoftsignSingle(float x)
    {
        // In float, with one division: 1 + |x| = d + e exactly (Fast2Sum on the larger term first), q = x·(1/d) within
        // about 1 ULP, then q corrected by the residual x − q(d + e) (its Fma part exact, as q is that close), times
        // 1/d. Within 0.5 + 2^-20 ULP; dividing in double cost two double divisions per float vector (0.19 against
        // 0.10 ns/element for TensorPrimitives' three-call chain). From |x| = 2^25 on the result rounds to ±1, and
        // 1/d would leave float's normal range for the largest |x|.
        float a = Abs(x);
        float d = 1.0f + a;
        float e = (Select(a > 1.0f, a, 1.0f) - d) + Select(a > 1.0f, 1.0f, a);
        float inverse = 1.0f / d;
        float q = x * inverse;
        float residual = Fma(-q, d, x) - q * e;
        float y = CopySign(Select(a >= 33554432f, 1.0f, Fma(residual, inverse, q)), x);   // −0 stays −0
        return Select(IsNaN(x), float.NaN, y);
    }
}
