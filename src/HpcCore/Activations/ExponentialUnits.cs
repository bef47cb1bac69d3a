using static HpcCore.Lane;

namespace HpcCore;

// ELU, SELU and CELU: x above zero, a multiple of e^x − 1 below, through ExpM1 (no cancellation near zero); the float
// versions through the float pair of SingleCores.cs (ExpM1HeadSingle/LowSingle), sixteen lanes per 512-bit vector.
public static partial class Activations
{
    private const double SeluScale = 1.0507009873554804934193349852946;   // λ, as PyTorch's double
    private const double SeluAlpha = 1.6732632423543772848170429916717;   // α, as PyTorch's double
    private const double SeluScaleAlpha = SeluScale * SeluAlpha;           // λα rounded once; λα = SeluScaleAlpha + SeluScaleAlphaLow exactly
    private const double SeluScaleAlphaLow = 5.75014648756476e-17;
    private const float SeluScaleF = (float)SeluScale;                      // λ = SeluScaleF + SeluScaleLowF to about 2^-48
    private const float SeluScaleLowF = (float)(SeluScale - SeluScaleF);
    private const float SeluScaleAlphaF = (float)SeluScaleAlpha;            // λα = SeluScaleAlphaF + SeluScaleAlphaLowF likewise
    private const float SeluScaleAlphaLowF = (float)(SeluScaleAlpha - SeluScaleAlphaF + SeluScaleAlphaLow);

    /// <summary>Exponential linear unit: x above zero, α(e^x − 1) below. The bound holds for α = 1 (then exactly ExpM1 below zero); other α add one rounding.</summary>
    /// <param name="x">The input.</param>
    /// <param name="alpha">α, one value for all elements.</param>
    /// <returns>x for x &gt; 0, α·expm1(x) otherwise (−0 for −0, −α for −∞); NaN for NaN.</returns>
    [Vectorize("Elu", MaxUlp = 1.0, Domain = "all doubles, alpha = 1", Reference = "elu(1)")]
    internal static double EluDouble(double x, [Scalar] double alpha = 1.0)
    {
        double y = Select(x > 0.0, x, alpha * HpcMath.ExpM1Double(x));
        return Select(IsNaN(y), double.NaN, y);
    }

    /// <summary>Exponential linear unit: x above zero, α(e^x − 1) below, with e^x − 1 as a float pair. The bound holds for α = 1 (and any power of two).</summary>
    /// <param name="x">The input.</param>
    /// <param name="alpha">α, one value for all elements.</param>
    /// <returns>x for x &gt; 0, α·expm1(x) otherwise (−0 for −0, −α for −∞); NaN for NaN.</returns>
    [Vectorize("Elu", MaxUlp = 1.0, Domain = "all floats, alpha = 1", Reference = "elu(1f)")]
    private static float EluSingle(float x, [Scalar] float alpha = 1.0f)
    {
        float low = ExpM1LowSingle(x);                                 // before the head: see ExpM1HeadSingle
        float y = Select(x >= 0.0f, x, Fma(alpha, ExpM1HeadSingle(x), alpha * low));
        return Select(IsNaN(y), float.NaN, y);
    }

    /// <summary>Scaled ELU: λx above zero, λα(e^x − 1) below, with PyTorch's λ ≈ 1.0507 and α ≈ 1.6733 (as doubles).</summary>
    /// <param name="x">The input.</param>
    /// <returns>λx for x &gt; 0, λα·expm1(x) otherwise (−0 for −0, −λα for −∞); NaN for NaN.</returns>
    [Vectorize("Selu", MaxUlp = 2.0, Domain = "all doubles", Reference = "selu")]
    internal static double SeluDouble(double x)
    {
        double m = HpcMath.ExpM1Double(x);
        double y = Select(x > 0.0, SeluScale * x, Fma(SeluScaleAlpha, m, SeluScaleAlphaLow * m));   // λα exact: one rounding after ExpM1
        return Select(IsNaN(x), double.NaN, y);
    }

    /// <summary>Scaled ELU: λx above zero, λα(e^x − 1) below, with λ, λα and e^x − 1 as float pairs, rounded about once.</summary>
    /// <param name="x">The input.</param>
    /// <returns>λx for x &gt; 0, λα·expm1(x) otherwise (−0 for −0, −λα for −∞); NaN for NaN.</returns>
    [Vectorize("Selu", MaxUlp = 1.0, Domain = "all floats", Reference = "selu")]
    private static float SeluSingle(float x)
    {
        float low = ExpM1LowSingle(x);
        float head = ExpM1HeadSingle(x);
        float below = Fma(SeluScaleAlphaF, head, SeluScaleAlphaF * low + SeluScaleAlphaLowF * head);
        float above = Select(x == 0.0f | x == float.PositiveInfinity, x, Fma(SeluScaleF, x, SeluScaleLowF * x));   // λ·(−0) is −0, λ·∞ is ∞ (not ∞ − ∞)
        float y = Select(x >= 0.0f, above, below);
        // Below 2^-100 the low products (λ's and λα's low parts times x) fall into float's subnormal range and round to
        // half an ULP of the result: those lanes take the double product.
        double d = ToDouble(x);
        y = SelectRarely(Abs(x) < TinyForSingle & x != 0.0f, ToSingle(Select(d > 0.0, SeluScale, SeluScaleAlpha) * d), y);
        return Select(IsNaN(x), float.NaN, y);
    }

    /// <summary>Continuously differentiable ELU: x above zero, α(e^(x/α) − 1) below. The bound holds for α = 1.</summary>
    /// <param name="x">The input.</param>
    /// <param name="alpha">α &gt; 0, one value for all elements.</param>
    /// <returns>x for x &gt; 0, α·expm1(x/α) otherwise (−0 for −0, −α for −∞); NaN for NaN.</returns>
    [Vectorize("Celu", MaxUlp = 1.0, Domain = "all doubles, alpha = 1", Reference = "celu(1)")]
    internal static double CeluDouble(double x, [Scalar] double alpha = 1.0)
    {
        double y = Select(x > 0.0, x, alpha * HpcMath.ExpM1Double(x / alpha));
        return Select(IsNaN(y), double.NaN, y);
    }

    /// <summary>
    /// Continuously differentiable ELU: x above zero, α(e^(x/α) − 1) below, with e^(x/α) − 1 as a float pair. The bound
    /// holds for α = 1 (and any power of two); for other α, x/α is computed as x·(1/α), one rounding more.
    /// </summary>
    /// <param name="x">The input.</param>
    /// <param name="alpha">α &gt; 0, one value for all elements.</param>
    /// <returns>x for x &gt; 0, α·expm1(x/α) otherwise (−0 for −0, −α for −∞); NaN for NaN.</returns>
    [Vectorize("Celu", MaxUlp = 1.0, Domain = "all floats, alpha = 1", Reference = "celu(1f)")]
    private static float CeluSingle(float x, [Scalar] float alpha = 1.0f)
    {
        float z = x * (1.0f / alpha);                                  // 1/α depends on α alone: computed once per call
        float low = ExpM1LowSingle(z);
        float y = Select(x >= 0.0f, x, Fma(alpha, ExpM1HeadSingle(z), alpha * low));
        return Select(IsNaN(y), float.NaN, y);
    }
}
