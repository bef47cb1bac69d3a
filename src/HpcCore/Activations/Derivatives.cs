using static HpcCore.Lane;

namespace HpcCore;

// Derivatives for back-propagation: each *Backward(x, gradient) returns gradient·f'(x), the gradient with respect to the
// activation's input, as frameworks' backward kernels do (Sigmoid and Tanh take the forward output y instead of x, as
// PyTorch's sigmoid_backward and tanh_backward do). A zero derivative gives ±0, and an infinite or NaN gradient what
// IEEE multiplication gives. Where the derivative is an exponential, the gradient multiplies its mantissa before the
// power of two is applied, so a derivative far below double's range still meets a huge gradient with full accuracy.
// Float versions compute in double and round once.
// Double versions of SiLU, Mish and GELU (both forms) are not here yet: their derivatives cross zero (near x = −1.28,
// −1.19 and −0.75), where a double result accurate to a few ULP needs the terms in double-double.
public static partial class Activations
{
    /// <summary>Relu's backward: gradient where x &gt; 0, else gradient·0.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·Relu'(x) (Relu'(0) = 0, as in PyTorch).</returns>
    [Vectorize("ReluBackward", MaxUlp = 0.5, Domain = "all double pairs (exact)", Reference = "relu_backward")]
    internal static double ReluBackwardDouble(double x, double gradient) => Canonical(gradient * Select(x > 0.0, 1.0, Select(IsNaN(x), x, 0.0)));

    /// <summary>Relu's backward: gradient where x &gt; 0, else gradient·0.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·Relu'(x) (Relu'(0) = 0, as in PyTorch).</returns>
    [Vectorize("ReluBackward", MaxUlp = 0.5, Domain = "all float pairs (exact)", Reference = "relu_backward")]
    private static float ReluBackwardSingle(float x, float gradient) => Narrowed(ReluBackwardDouble(ToDouble(x), ToDouble(gradient)));

    /// <summary>LeakyRelu's backward: gradient where x &gt; 0, else slope·gradient.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <param name="slope">The forward slope below zero.</param>
    /// <returns>gradient·LeakyRelu'(x), rounded once.</returns>
    [Vectorize("LeakyReluBackward", MaxUlp = 0.5, Domain = "all double pairs, any slope", Reference = "leaky_relu_backward(0.01)")]
    internal static double LeakyReluBackwardDouble(double x, double gradient, [Scalar] double slope = 0.01) =>
        Canonical(gradient * Select(x > 0.0, 1.0, Select(IsNaN(x), x, slope)));

    /// <summary>LeakyRelu's backward: gradient where x &gt; 0, else slope·gradient.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <param name="slope">The forward slope below zero.</param>
    /// <returns>gradient·LeakyRelu'(x), rounded once.</returns>
    [Vectorize("LeakyReluBackward", MaxUlp = 0.5, Domain = "all float pairs, any slope", Reference = "leaky_relu_backward(0.01f)")]
    private static float LeakyReluBackwardSingle(float x, float gradient, [Scalar] float slope = 0.01f) =>
        Narrowed(LeakyReluBackwardDouble(ToDouble(x), ToDouble(gradient), ToDouble(slope)));

    /// <summary>Elu's backward: gradient where x &gt; 0, else gradient·α·e^x. The bound holds for α = 1.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <param name="alpha">The forward α.</param>
    /// <returns>gradient·Elu'(x).</returns>
    [Vectorize("EluBackward", MaxUlp = 1.5, Domain = "all double pairs, alpha = 1", Reference = "elu_backward(1)")]
    internal static double EluBackwardDouble(double x, double gradient, [Scalar] double alpha = 1.0) =>
        Canonical(Select(x > 0.0, gradient, GradientTimesExpDouble(gradient, x, alpha)));

    /// <summary>Elu's backward: gradient where x &gt; 0, else gradient·α·e^x, computed in double and rounded once.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <param name="alpha">The forward α.</param>
    /// <returns>gradient·Elu'(x).</returns>
    [Vectorize("EluBackward", MaxUlp = 0.51, Domain = "all float pairs, alpha = 1", Reference = "elu_backward(1f)")]
    private static float EluBackwardSingle(float x, float gradient, [Scalar] float alpha = 1.0f) =>
        Narrowed(EluBackwardDouble(ToDouble(x), ToDouble(gradient), ToDouble(alpha)));

    /// <summary>Selu's backward: gradient·λ where x &gt; 0, else gradient·λα·e^x.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·Selu'(x).</returns>
    [Vectorize("SeluBackward", MaxUlp = 2.5, Domain = "all double pairs", Reference = "selu_backward")]
    internal static double SeluBackwardDouble(double x, double gradient) =>
        Canonical(Select(x > 0.0, gradient * SeluScale, GradientTimesExpDouble(gradient, x, SeluScaleAlpha)));

    /// <summary>Selu's backward, computed in double and rounded once.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·Selu'(x).</returns>
    [Vectorize("SeluBackward", MaxUlp = 0.51, Domain = "all float pairs", Reference = "selu_backward")]
    private static float SeluBackwardSingle(float x, float gradient) => Narrowed(SeluBackwardDouble(ToDouble(x), ToDouble(gradient)));

    /// <summary>Celu's backward: gradient where x &gt; 0, else gradient·e^(x/α). The bound holds for α = 1.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <param name="alpha">The forward α.</param>
    /// <returns>gradient·Celu'(x).</returns>
    [Vectorize("CeluBackward", MaxUlp = 1.5, Domain = "all double pairs, alpha = 1", Reference = "celu_backward(1)")]
    internal static double CeluBackwardDouble(double x, double gradient, [Scalar] double alpha = 1.0) =>
        Canonical(Select(x > 0.0, gradient, GradientTimesExpDouble(gradient, x / alpha, 1.0)));

    /// <summary>Celu's backward, computed in double and rounded once.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <param name="alpha">The forward α.</param>
    /// <returns>gradient·Celu'(x).</returns>
    [Vectorize("CeluBackward", MaxUlp = 0.51, Domain = "all float pairs, alpha = 1", Reference = "celu_backward(1f)")]
    private static float CeluBackwardSingle(float x, float gradient, [Scalar] float alpha = 1.0f) =>
        Narrowed(CeluBackwardDouble(ToDouble(x), ToDouble(gradient), ToDouble(alpha)));

    /// <summary>Sigmoid's backward from the forward output y = σ(x): gradient·y(1 − y).</summary>
    /// <param name="y">The forward output, in [0, 1].</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·y·(1 − y).</returns>
    [Vectorize("SigmoidBackward", MaxUlp = 2.0, Domain = "all double pairs", Reference = "sigmoid_backward")]
    internal static double SigmoidBackwardDouble(double y, double gradient)
    {
        // Outside [0, 1] (not a sigmoid output, but any input gets an answer) y(1 − y) alone overflows from |y| = 10^154.
        bool huge = Abs(y) > 1e150 & Abs(y) < double.PositiveInfinity;
        return Canonical(Select(huge & Abs(gradient) < double.PositiveInfinity, (gradient * y) * (1.0 - y), gradient * (y * (1.0 - y))));
    }

    /// <summary>Sigmoid's backward from the forward output y = σ(x), computed in double and rounded once.</summary>
    /// <param name="y">The forward output, in [0, 1].</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·y·(1 − y).</returns>
    [Vectorize("SigmoidBackward", MaxUlp = 0.51, Domain = "all float pairs", Reference = "sigmoid_backward")]
    private static float SigmoidBackwardSingle(float y, float gradient) => Narrowed(SigmoidBackwardDouble(ToDouble(y), ToDouble(gradient)));

    /// <summary>Tanh's backward from the forward output y = tanh(x): gradient·(1 − y²), with 1 − y² rounded once.</summary>
    /// <param name="y">The forward output, in [−1, 1].</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·(1 − y²).</returns>
    [Vectorize("TanhBackward", MaxUlp = 1.5, Domain = "all double pairs", Reference = "tanh_backward")]
    internal static double TanhBackwardDouble(double y, double gradient)
    {
        // Outside [−1, 1] (not a tanh output) y² alone overflows from |y| = 10^154.
        bool huge = Abs(y) > 1e150 & Abs(y) < double.PositiveInfinity;
        double outside = Select(gradient == 0.0, -gradient, Fma(-(gradient * y), y, gradient));   // 1 − y² < 0 there
        return Canonical(Select(huge & Abs(gradient) < double.PositiveInfinity, outside, gradient * Fma(-y, y, 1.0)));
    }

    /// <summary>Tanh's backward from the forward output y = tanh(x), computed in double and rounded once.</summary>
    /// <param name="y">The forward output, in [−1, 1].</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·(1 − y²).</returns>
    [Vectorize("TanhBackward", MaxUlp = 0.51, Domain = "all float pairs", Reference = "tanh_backward")]
    private static float TanhBackwardSingle(float y, float gradient) => Narrowed(TanhBackwardDouble(ToDouble(y), ToDouble(gradient)));

    /// <summary>Softplus's backward: gradient·σ(βx), or gradient where βx exceeds the threshold. The bound holds for β = 1.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <param name="beta">The forward β.</param>
    /// <param name="threshold">The forward threshold.</param>
    /// <returns>gradient·Softplus'(x).</returns>
    [Vectorize("SoftplusBackward", MaxUlp = 2.5, Domain = "all double pairs, beta = 1, threshold = 20", Reference = "softplus_backward(1,20)")]
    internal static double SoftplusBackwardDouble(double x, double gradient, [Scalar] double beta = 1.0, [Scalar] double threshold = 20.0)
    {
        double z = beta * x;
        return Canonical(Select(z > threshold, gradient, GradientTimesSigmoidDouble(gradient, z)));
    }

    /// <summary>Softplus's backward, computed in double and rounded once. The bound holds for β = 1.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <param name="beta">The forward β.</param>
    /// <param name="threshold">The forward threshold.</param>
    /// <returns>gradient·Softplus'(x).</returns>
    [Vectorize("SoftplusBackward", MaxUlp = 0.51, Domain = "all float pairs, beta = 1, threshold = 20", Reference = "softplus_backward(1,20)")]
    private static float SoftplusBackwardSingle(float x, float gradient, [Scalar] float beta = 1.0f, [Scalar] float threshold = 20.0f) =>
        Narrowed(SoftplusBackwardDouble(ToDouble(x), ToDouble(gradient), ToDouble(beta), ToDouble(threshold)));

    /// <summary>LogSigmoid's backward: gradient·σ(−x).</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·σ(−x).</returns>
    [Vectorize("LogSigmoidBackward", MaxUlp = 2.5, Domain = "all double pairs", Reference = "log_sigmoid_backward")]
    internal static double LogSigmoidBackwardDouble(double x, double gradient) => Canonical(GradientTimesSigmoidDouble(gradient, -x));

    /// <summary>LogSigmoid's backward, computed in double and rounded once.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·σ(−x).</returns>
    [Vectorize("LogSigmoidBackward", MaxUlp = 0.51, Domain = "all float pairs", Reference = "log_sigmoid_backward")]
    private static float LogSigmoidBackwardSingle(float x, float gradient) => Narrowed(LogSigmoidBackwardDouble(ToDouble(x), ToDouble(gradient)));

    /// <summary>Softsign's backward: gradient/(1 + |x|)².</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient/(1 + |x|)² (gradient·0 for infinite x).</returns>
    [Vectorize("SoftsignBackward", MaxUlp = 3.5, Domain = "all double pairs", Reference = "softsign_backward")]
    internal static double SoftsignBackwardDouble(double x, double gradient)
    {
        double d = 1.0 + Abs(x);
        // Two divisions: (1 + |x|)² alone would overflow from |x| = 10^154; an infinite gradient meets the rounded derivative.
        return Canonical(Select(Abs(gradient) == double.PositiveInfinity, gradient * (1.0 / d / d), gradient / d / d));
    }

    /// <summary>Softsign's backward, computed in double and rounded once.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient/(1 + |x|)².</returns>
    [Vectorize("SoftsignBackward", MaxUlp = 0.51, Domain = "all float pairs", Reference = "softsign_backward")]
    private static float SoftsignBackwardSingle(float x, float gradient) => Narrowed(SoftsignBackwardDouble(ToDouble(x), ToDouble(gradient)));

    /// <summary>HardSigmoid's backward: gradient/6 for −3 &lt; x &lt; 3, else gradient·0.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·HardSigmoid'(x).</returns>
    [Vectorize("HardSigmoidBackward", MaxUlp = 0.5, Domain = "all double pairs", Reference = "hard_sigmoid_backward")]
    internal static double HardSigmoidBackwardDouble(double x, double gradient) =>
        Canonical(Select(x > -3.0 & x < 3.0, gradient / 6.0, gradient * Select(IsNaN(x), x, 0.0)));

    /// <summary>HardSigmoid's backward: gradient/6 for −3 &lt; x &lt; 3, else gradient·0.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·HardSigmoid'(x).</returns>
    [Vectorize("HardSigmoidBackward", MaxUlp = 0.51, Domain = "all float pairs", Reference = "hard_sigmoid_backward")]
    private static float HardSigmoidBackwardSingle(float x, float gradient) => Narrowed(HardSigmoidBackwardDouble(ToDouble(x), ToDouble(gradient)));

    /// <summary>HardSwish's backward as PyTorch defines it: 0 below −3, gradient·(2x + 3)/6 up to 3, gradient above.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·HardSwish'(x).</returns>
    [Vectorize("HardSwishBackward", MaxUlp = 2.0, Domain = "all double pairs", Reference = "hard_swish_backward")]
    internal static double HardSwishBackwardDouble(double x, double gradient)
    {
        // 2x + 3 is exact near its zero, x = −1.5 (Sterbenz), so the derivative keeps its relative accuracy there.
        double y = Select(x < -3.0, gradient * 0.0, Select(x <= 3.0, gradient * ((2.0 * x + 3.0) / 6.0), gradient));
        return Canonical(Select(IsNaN(x), x, y));
    }

    /// <summary>HardSwish's backward (PyTorch's definition), computed in double and rounded once.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·HardSwish'(x).</returns>
    [Vectorize("HardSwishBackward", MaxUlp = 0.51, Domain = "all float pairs", Reference = "hard_swish_backward")]
    private static float HardSwishBackwardSingle(float x, float gradient) => Narrowed(HardSwishBackwardDouble(ToDouble(x), ToDouble(gradient)));

    /// <summary>HardTanh's backward: gradient for min &lt; x &lt; max, else gradient·0.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <param name="min">The forward lower limit.</param>
    /// <param name="max">The forward upper limit.</param>
    /// <returns>gradient·HardTanh'(x) (exact).</returns>
    [Vectorize("HardTanhBackward", MaxUlp = 0.5, Domain = "all double pairs (exact)", Reference = "hard_tanh_backward(-1,1)")]
    internal static double HardTanhBackwardDouble(double x, double gradient, [Scalar] double min = -1.0, [Scalar] double max = 1.0) =>
        Canonical(gradient * Select(x > min & x < max, 1.0, Select(IsNaN(x), x, 0.0)));

    /// <summary>HardTanh's backward: gradient for min &lt; x &lt; max, else gradient·0.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <param name="min">The forward lower limit.</param>
    /// <param name="max">The forward upper limit.</param>
    /// <returns>gradient·HardTanh'(x) (exact).</returns>
    [Vectorize("HardTanhBackward", MaxUlp = 0.5, Domain = "all float pairs (exact)", Reference = "hard_tanh_backward(-1f,1f)")]
    private static float HardTanhBackwardSingle(float x, float gradient, [Scalar] float min = -1.0f, [Scalar] float max = 1.0f) =>
        Narrowed(HardTanhBackwardDouble(ToDouble(x), ToDouble(gradient), ToDouble(min), ToDouble(max)));

    private const double GradientExpFloor = -1500.0;   // even the largest gradient times e^−1500 is below double's range

    /// <summary>
    /// gradient·factor·e^a for a ≤ 0 and factor &lt; 2 (a ≥ −1500 after clamping). Far below zero (k &lt; −2) the gradient
    /// multiplies a quarter of the Exp core's mantissa and the factor (nothing overflows), then 2^(k+2) is applied, rounded
    /// once more only where the result is subnormal; near zero the derivative factor·e^a is formed first, so a subnormal
    /// gradient is not shifted down. An infinite gradient meets that rounded derivative (∞·0 = NaN where it underflows),
    /// as with every other derivative here.
    /// </summary>
    [LaneHelper]
    private static double GradientTimesExpDouble(double gradient, double a, double factor)
    {
        a = Select(a < GradientExpFloor, GradientExpFloor, a);
        double p = ExpMantissaDouble(a);
        double k = HpcMath.ExpScaleDouble(a);
        double direct = gradient * ScaleB(factor * (0.25 * p), k + 2.0);
        return Select(k < -2.0 & Abs(gradient) < double.PositiveInfinity, ScaleB(gradient * (0.25 * p) * factor, k + 2.0), direct);
    }

    /// <summary>gradient·σ(z), σ(z) = e^z/(1 + e^z) below zero formed with the gradient inside the power of two.</summary>
    [LaneHelper]
    private static double GradientTimesSigmoidDouble(double gradient, double z)
    {
        double a = Select(z > 0.0, -z, z);
        a = Select(a < GradientExpFloor, GradientExpFloor, a);
        double p = ExpMantissaDouble(a);
        double k = HpcMath.ExpScaleDouble(a);
        double e = ScaleB(p, k);                                                   // e^−|z|
        double d = 1.0 + e;
        double small = Select(Abs(gradient) == double.PositiveInfinity, gradient * (e / d), ScaleB(gradient * (0.5 * p) / d, k + 1.0));
        return Select(z < 0.0, small, gradient / d);
    }

    /// <summary>NaN results as the one canonical NaN, so every back end gives the same bits.</summary>
    [LaneHelper]
    private static double Canonical(double y) => Select(IsNaN(y), double.NaN, y);

    /// <summary>A double result (already canonical) rounded to float once.</summary>
    [LaneHelper]
    private static float Narrowed(double y) => ToSingle(y);
}
