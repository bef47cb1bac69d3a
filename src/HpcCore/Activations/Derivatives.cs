using static HpcCore.Lane;

namespace HpcCore;

// Derivatives for back-propagation: each *Backward(x, gradient) returns gradient·f'(x), the gradient with respect to the
// activation's input, as frameworks' backward kernels do (Sigmoid and Tanh take the forward output y instead of x, as
// PyTorch's sigmoid_backward and tanh_backward do). A zero derivative gives ±0, and an infinite or NaN gradient what
// IEEE multiplication gives. Where the derivative is an exponential, the gradient multiplies its mantissa before the
// power of two is applied, so a derivative far below double's range still meets a huge gradient with full accuracy.
// Float versions compute in double and round once; those whose derivative is e^x or σ(x) use the float activations'
// short exp core (2^-45) rather than the double definitions' pairs: nothing cancels, so 2^-44 leaves the float
// result within 0.5 + 2^-19 ULP. The gated activations' backward functions are in GatedDerivatives.cs.
public static partial class Activations
{
    private const double DoubleExpUnderflow = -745.1332191019412;     // −1075·ln 2: below it e^a rounds to 0 in double
    private const double NegligibleExpForSingle = 4.909093465297727e-91; // 2^-300 stands for e^a in (−745, −200), see below

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

    /// <summary>Prelu's backward with respect to x: gradient where x &gt; 0, else weight·gradient (PyTorch's grad_input).</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="weight">The forward weight of this element.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·∂Prelu/∂x, rounded once.</returns>
    [Vectorize("PreluBackward", MaxUlp = 0.5, Domain = "all double triples", Reference = "prelu_backward")]
    internal static double PreluBackwardDouble(double x, double weight, double gradient) =>
        Canonical(gradient * Select(x > 0.0, 1.0, Select(IsNaN(x), x, weight)));

    /// <summary>Prelu's backward with respect to x: gradient where x &gt; 0, else weight·gradient (PyTorch's grad_input).</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="weight">The forward weight of this element.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·∂Prelu/∂x, rounded once.</returns>
    [Vectorize("PreluBackward", MaxUlp = 0.5, Domain = "all float triples", Reference = "prelu_backward")]
    private static float PreluBackwardSingle(float x, float weight, float gradient) =>
        Narrowed(PreluBackwardDouble(ToDouble(x), ToDouble(weight), ToDouble(gradient)));

    /// <summary>
    /// Prelu's backward with respect to its weight, per element: gradient·x where x ≤ 0, else gradient·0 (PyTorch's
    /// grad_weight before it is summed over the elements that share a weight).
    /// </summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·∂Prelu/∂weight, rounded once.</returns>
    [Vectorize("PreluWeightBackward", MaxUlp = 0.5, Domain = "all double pairs", Reference = "prelu_weight_backward")]
    internal static double PreluWeightBackwardDouble(double x, double gradient) => Canonical(gradient * Select(x > 0.0, 0.0, x));

    /// <summary>
    /// Prelu's backward with respect to its weight, per element: gradient·x where x ≤ 0, else gradient·0 (PyTorch's
    /// grad_weight before it is summed over the elements that share a weight).
    /// </summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·∂Prelu/∂weight, rounded once.</returns>
    [Vectorize("PreluWeightBackward", MaxUlp = 0.5, Domain = "all float pairs", Reference = "prelu_weight_backward")]
    private static float PreluWeightBackwardSingle(float x, float gradient) =>
        Narrowed(PreluWeightBackwardDouble(ToDouble(x), ToDouble(gradient)));

    /// <summary>Elu's backward: gradient where x &gt; 0, else gradient·α·e^x. The bound holds for α = 1.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <param name="alpha">The forward α.</param>
    /// <returns>gradient·Elu'(x).</returns>
    [Vectorize("EluBackward", MaxUlp = 1.5, Domain = "all double pairs, alpha = 1", Reference = "elu_backward(1)")]
    internal static double EluBackwardDouble(double x, double gradient, [Scalar] double alpha = 1.0) =>
        Canonical(Select(x > 0.0, gradient, GradientTimesExpDouble(gradient, x, alpha)));

    /// <summary>Elu's backward: gradient where x &gt; 0, else gradient·α·e^x, in double from the float cores' e^x (2^-45) and rounded once.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <param name="alpha">The forward α.</param>
    /// <returns>gradient·Elu'(x).</returns>
    [Vectorize("EluBackward", MaxUlp = 0.51, Domain = "all float pairs, alpha = 1", Reference = "elu_backward(1f)")]
    private static float EluBackwardSingle(float x, float gradient, [Scalar] float alpha = 1.0f)
    {
        double d = ToDouble(x), g = ToDouble(gradient);
        return Narrowed(Canonical(Select(d > 0.0, g, g * (ToDouble(alpha) * ExpOrZeroForSingle(Select(d > 0.0, 0.0, d))))));
    }

    /// <summary>Selu's backward: gradient·λ where x &gt; 0, else gradient·λα·e^x.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·Selu'(x).</returns>
    [Vectorize("SeluBackward", MaxUlp = 1.5, Domain = "all double pairs", Reference = "selu_backward")]
    internal static double SeluBackwardDouble(double x, double gradient) =>
        Canonical(Select(x > 0.0, gradient * SeluScale, GradientTimesExpDouble(gradient, x, SeluScaleAlpha)));

    /// <summary>Selu's backward, in double from the float cores' e^x (2^-45) and rounded once.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·Selu'(x).</returns>
    [Vectorize("SeluBackward", MaxUlp = 0.51, Domain = "all float pairs", Reference = "selu_backward")]
    private static float SeluBackwardSingle(float x, float gradient)
    {
        double d = ToDouble(x), g = ToDouble(gradient);
        return Narrowed(Canonical(Select(d > 0.0, g * SeluScale, g * (SeluScaleAlpha * ExpOrZeroForSingle(Select(d > 0.0, 0.0, d))))));
    }

    /// <summary>Celu's backward: gradient where x &gt; 0, else gradient·e^(x/α). The bound holds for α = 1.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <param name="alpha">The forward α.</param>
    /// <returns>gradient·Celu'(x).</returns>
    [Vectorize("CeluBackward", MaxUlp = 1.5, Domain = "all double pairs, alpha = 1", Reference = "celu_backward(1)")]
    internal static double CeluBackwardDouble(double x, double gradient, [Scalar] double alpha = 1.0) =>
        Canonical(Select(x > 0.0, gradient, GradientTimesExpDouble(gradient, x / alpha, 1.0)));

    /// <summary>Celu's backward, in double from the float cores' e^x (2^-45) and rounded once; x/α as x·(1/α) in double.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <param name="alpha">The forward α.</param>
    /// <returns>gradient·Celu'(x).</returns>
    [Vectorize("CeluBackward", MaxUlp = 0.51, Domain = "all float pairs, alpha = 1", Reference = "celu_backward(1f)")]
    private static float CeluBackwardSingle(float x, float gradient, [Scalar] float alpha = 1.0f)
    {
        double d = ToDouble(x), g = ToDouble(gradient);
        double z = d * (1.0 / ToDouble(alpha));                                 // 1/α depends on α alone: computed once per call
        return Narrowed(Canonical(Select(d > 0.0, g, g * ExpOrZeroForSingle(Select(d > 0.0, 0.0, z)))));
    }

    /// <summary>Sigmoid's backward from the forward output y = σ(x): gradient·y(1 − y).</summary>
    /// <param name="y">The forward output, in [0, 1].</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·y·(1 − y).</returns>
    [Vectorize("SigmoidBackward", MaxUlp = 1.5, Domain = "all double pairs", Reference = "sigmoid_backward")]
    internal static double SigmoidBackwardDouble(double y, double gradient)
    {
        // Outside [0, 1] (not a sigmoid output, but any input gets an answer) y(1 − y) alone overflows from |y| = 10^154.
        bool huge = Abs(y) > 1e150 & Abs(y) < double.PositiveInfinity;
        double t = 1.0 - y;
        double d = y * t;
        double dLow = Fma(y, t, -d) + y * HpcMath.TwoSumErrorDouble(1.0, -y, t);   // y(1 − y) = d + dLow to first order
        return Canonical(Select(huge & Abs(gradient) < double.PositiveInfinity, (gradient * y) * t, GradientTimesPairDouble(gradient, d, dLow)));
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
    [Vectorize("SoftplusBackward", MaxUlp = 1.5, Domain = "all double pairs, beta = 1, threshold = 20", Reference = "softplus_backward(1,20)")]
    internal static double SoftplusBackwardDouble(double x, double gradient, [Scalar] double beta = 1.0, [Scalar] double threshold = 20.0)
    {
        double z = beta * x;
        return Canonical(Select(z > threshold, gradient, GradientTimesSigmoidDouble(gradient, z)));
    }

    /// <summary>Softplus's backward, in double from the float cores' e^x (2^-45), one quotient, rounded once. The bound holds for β = 1.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <param name="beta">The forward β.</param>
    /// <param name="threshold">The forward threshold.</param>
    /// <returns>gradient·Softplus'(x).</returns>
    [Vectorize("SoftplusBackward", MaxUlp = 0.51, Domain = "all float pairs, beta = 1, threshold = 20", Reference = "softplus_backward(1,20)")]
    private static float SoftplusBackwardSingle(float x, float gradient, [Scalar] float beta = 1.0f, [Scalar] float threshold = 20.0f)
    {
        double z = ToDouble(beta) * ToDouble(x), g = ToDouble(gradient);
        return Narrowed(Canonical(Select(z > ToDouble(threshold), g, g * SigmoidForSingle(z))));
    }

    /// <summary>LogSigmoid's backward: gradient·σ(−x).</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·σ(−x).</returns>
    [Vectorize("LogSigmoidBackward", MaxUlp = 1.5, Domain = "all double pairs", Reference = "log_sigmoid_backward")]
    internal static double LogSigmoidBackwardDouble(double x, double gradient) => Canonical(GradientTimesSigmoidDouble(gradient, -x));

    /// <summary>LogSigmoid's backward, in double from the float cores' e^x (2^-45), one quotient, rounded once.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·σ(−x).</returns>
    [Vectorize("LogSigmoidBackward", MaxUlp = 0.51, Domain = "all float pairs", Reference = "log_sigmoid_backward")]
    private static float LogSigmoidBackwardSingle(float x, float gradient) =>
        Narrowed(Canonical(ToDouble(gradient) * SigmoidForSingle(-ToDouble(x))));

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
    private static float SoftsignBackwardSingle(float x, float gradient)
    {
        // One division, where the double definition needs three: for floats (1 + |x|)² stays far from double's range,
        // and gradient·v·v with v = 1/(1 + |x|) is within about 2^-50 of the quotient (0.5 + 2^-26 ULP once rounded).
        // Double divisions were this function's time: one 512-bit VDIVPD took 5.5 ns on an Intel Xeon (model 207).
        double inverse = 1.0 / (1.0 + Abs(ToDouble(x)));
        return Narrowed(Canonical(ToDouble(gradient) * inverse * inverse));
    }

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
    private static float HardSigmoidBackwardSingle(float x, float gradient)
    {
        // gradient·(1/6) in double instead of a division: a float over 6 is a float itself or, its significand not a
        // multiple of 3, a binary fraction repeating 01 far from every float midpoint, so the product (within 2^-52)
        // rounds the same way.
        double g = ToDouble(gradient), d = ToDouble(x);
        return Narrowed(Canonical(Select(d > -3.0 & d < 3.0, g * (1.0 / 6.0), g * Select(IsNaN(d), d, 0.0))));
    }

    /// <summary>HardSwish's backward as PyTorch defines it: 0 below −3, gradient·(2x + 3)/6 up to 3, gradient above.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·HardSwish'(x).</returns>
    [Vectorize("HardSwishBackward", MaxUlp = 1.5, Domain = "all double pairs", Reference = "hard_swish_backward")]
    internal static double HardSwishBackwardDouble(double x, double gradient)
    {
        // (2x + 3)/6 as q + qLow: 2x + 3 with its 2Sum error, the quotient corrected from its FMA residual.
        double s = Fma(x, 2.0, 3.0);
        double q = s / 6.0;
        double qLow = (Fma(-q, 6.0, s) + HpcMath.TwoSumErrorDouble(2.0 * x, 3.0, s)) * (1.0 / 6.0);
        double y = Select(x < -3.0, gradient * 0.0, Select(x <= 3.0, GradientTimesPairDouble(gradient, q, qLow), gradient));
        return Canonical(Select(IsNaN(x), x, y));
    }

    /// <summary>HardSwish's backward (PyTorch's definition), computed in double and rounded once.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·HardSwish'(x).</returns>
    [Vectorize("HardSwishBackward", MaxUlp = 0.51, Domain = "all float pairs", Reference = "hard_swish_backward")]
    private static float HardSwishBackwardSingle(float x, float gradient)
    {
        // gradient·(2x + 3)·(1/6) in double, four roundings of 2^-53 where the double definition carries a pair: within
        // 2^-50 of the true value, so the float is off by at most 0.5 + 2^-26 ULP, with no division.
        double g = ToDouble(gradient), d = ToDouble(x);
        double y = Select(d < -3.0, g * 0.0, Select(d <= 3.0, g * Fma(d, 2.0, 3.0) * (1.0 / 6.0), g));
        return Narrowed(Canonical(Select(IsNaN(d), d, y)));
    }

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

    /// <summary>
    /// gradient·factor·e^a for a ≤ 0 and factor &lt; 2, the derivative carried as the pair 2^k(f + fLow) and multiplied by
    /// the gradient in one FMA.
    /// </summary>
    [LaneHelper]
    private static double GradientTimesExpDouble(double gradient, double a, double factor)
    {
        a = Select(a < ExpArgumentFloor, ExpArgumentFloor, a);
        double p = ExpMantissaDouble(a);
        double k = ExpMantissaScaleDouble(a);
        double f = factor * p;                                                         // factor·e^a = 2^k(f + fLow)
        double fLow = Fma(factor, p, -f) + factor * ExpMantissaLowDouble(a);
        return GradientTimesScaledPairDouble(gradient, f, fLow, k, 2.0);
    }

    /// <summary>
    /// gradient·2^k(f + fLow) for |f| &lt; 2^h: where k &lt; −h the gradient meets f·2^−h and the rest of the power of two is
    /// applied last (nothing overflows, and a derivative below double's range still meets a huge gradient), rounded
    /// once more only where the result is subnormal; elsewhere 2^k is applied first, so a subnormal gradient is not
    /// shifted down. An infinite gradient meets the rounded derivative (∞·0 = NaN where it underflows).
    /// </summary>
    [LaneHelper]
    private static double GradientTimesScaledPairDouble(double gradient, double f, double fLow, double k, double h)
    {
        double far = ScaleB(GradientTimesPairDouble(gradient, ScaleB(f, -h), ScaleB(fLow, -h)), k + h);
        double near = GradientTimesPairDouble(gradient, ScaleB(f, k), ScaleB(fLow, k));
        return Select(k < -h & Abs(gradient) < double.PositiveInfinity, far, near);
    }

    /// <summary>
    /// gradient·σ(z), with σ(z) = 2^K(q + qLow) (the sigmoid's corrected quotient, q &lt; 1.42 &lt; 2^1) and the gradient
    /// inside the power of two as <see cref="GradientTimesScaledPairDouble"/> places it.
    /// </summary>
    [LaneHelper]
    private static double GradientTimesSigmoidDouble(double gradient, double z) =>
        GradientTimesScaledPairDouble(gradient, SigmoidMantissaDouble(z), SigmoidMantissaLowDouble(z), SigmoidScaleDouble(z), 1.0);

    /// <summary>
    /// gradient·(d + dLow) rounded once, for a derivative carried as a pair. Where gradient or d is zero, or their product
    /// is infinite, the gradient meets d alone (the derivative rounded): ∞·0 is NaN as everywhere else here, ±0 keeps the
    /// sign of the product (the low term's own signed zero would overrule it), and an overflowing gradient·dLow cannot
    /// turn the sign of an overflowing result. Where gradient·dLow is subnormal its
    /// rounding adds up to half an ULP of a result near double's smallest normal, hence the 1.5-ULP bounds.
    /// </summary>
    [LaneHelper]
    private static double GradientTimesPairDouble(double gradient, double d, double dLow) =>
        Select(gradient == 0.0 | d == 0.0 | Abs(gradient * d) == double.PositiveInfinity,
            gradient * d, Fma(gradient, d, gradient * dLow));

    /// <summary>
    /// e^a for a ≤ 0 in double to about 2^-45 (<see cref="ExpForSingle"/>), and 0 where double's own e^a is 0 (a below
    /// −1075·ln 2), as in the double definitions: there an infinite gradient meets 0 and gives NaN. Between those two
    /// points (where <see cref="ExpForSingle"/> clamps) the value is 2^-300: its product with any float gradient and
    /// any factor below 2^20 a derivative puts on it (GeluTanh's reaches 5,838) still rounds to ±0 as the true one
    /// does, where e^−200 would not (e^−200·5,838·float.MaxValue is a float subnormal), and an infinite gradient stays
    /// infinite. Its products with the smallest float gradients stay far above double's subnormals, which cost a
    /// microcode assist per lane: 10^-300 made GeluTanh's backward 45 % slower on inputs in (−20, 20).
    /// </summary>
    [LaneHelper]
    private static double ExpOrZeroForSingle(double a) =>
        Select(a < DoubleExpUnderflow, 0.0, Select(a < SingleExpFloor, NegligibleExpForSingle, ExpForSingle(a)));

    /// <summary>σ(z) in double to about 2^-44 relative: 1/(1 + e) or e/(1 + e) with e = e^−|z| (0 where it underflows double).</summary>
    [LaneHelper]
    private static double SigmoidForSingle(double z)
    {
        double e = ExpOrZeroForSingle(-Abs(z));
        return Select(z >= 0.0, 1.0, e) / (1.0 + e);
    }

    /// <summary>NaN results as the one canonical NaN, so every back end gives the same bits.</summary>
    [LaneHelper]
    private static double Canonical(double y) => Select(IsNaN(y), double.NaN, y);

    /// <summary>A double result (already canonical) rounded to float once.</summary>
    [LaneHelper]
    private static float Narrowed(double y) => ToSingle(y);
}
