using static HpcCore.Lane;

namespace HpcCore;

// Backward of the gated activations (SiLU, Mish, GELU and its tanh form), float only for now: each derivative crosses
// zero once (x ≈ −1.28, −1.19, −0.75, −0.75), and the double computation here has an absolute error of a few 2^-53,
// which a float result (24 bits) absorbs but a double result near the zero would not (see Derivatives.cs). Inputs are
// clamped where the derivative is already 1 or underflows; an underflowing derivative is −0 (it comes from below).
public static partial class Activations
{
    /// <summary>SiLU's backward: gradient·σ(x)(1 + x·σ(−x)), computed in double and rounded once.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·Silu'(x).</returns>
    [Vectorize("SiluBackward", MaxUlp = 1.0, Domain = "all float pairs", Reference = "silu_backward")]
    private static float SiluBackwardSingle(float x, float gradient)
    {
        double c = Clamp(ToDouble(x), ExpArgumentFloor, 800.0);
        double e = HpcMath.ExpDouble(-Abs(c));
        double d = 1.0 + e;
        double up = 1.0 / d, down = e / d;                     // σ(|x|), σ(−|x|)
        double sigmoid = Select(c < 0.0, down, up), mirror = Select(c < 0.0, up, down);
        return Narrowed(Canonical(ToDouble(gradient) * (sigmoid * Fma(c, mirror, 1.0))));
    }

    /// <summary>
    /// Mish's backward: gradient·(tanh(sp) + x·σ(x)·sech²(sp)), sp = softplus(x), as gradient·(n(n + 2) + 4x·e(1 + e))/(n + 2)²
    /// with e = e^x and n = e(e + 2); computed in double and rounded once.
    /// </summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·Mish'(x).</returns>
    [Vectorize("MishBackward", MaxUlp = 1.0, Domain = "all float pairs", Reference = "mish_backward")]
    private static float MishBackwardSingle(float x, float gradient)
    {
        double c = Clamp(ToDouble(x), ExpArgumentFloor, 40.0);
        double e = HpcMath.ExpDouble(c);
        double n = e * (e + 2.0);
        double m = n + 2.0;
        double derivative = Fma(n, m, 4.0 * c * (e * (1.0 + e))) / (m * m);
        derivative = Select(e == 0.0, -0.0, derivative);                         // e^x(1 + x)·… underflows from below
        return Narrowed(Canonical(ToDouble(gradient) * Select(ToDouble(x) > 40.0, 1.0, derivative)));
    }

    /// <summary>GELU's backward: gradient·(Φ(x) + x·φ(x)), computed in double and rounded once.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·Gelu'(x).</returns>
    [Vectorize("GeluBackward", MaxUlp = 1.0, Domain = "all float pairs", Reference = "gelu_backward")]
    private static float GeluBackwardSingle(float x, float gradient)
    {
        double c = Clamp(ToDouble(x), -40.0, 40.0);
        double cdf = 0.5 * HpcMath.ErfcDouble(-c * InvSqrt2);
        double density = HpcMath.ExpDouble(-0.5 * (c * c)) * InvSqrtTwoPi;
        double derivative = Select(c < 0.0 & density == 0.0, -0.0, Fma(c, density, cdf));   // underflows from below
        return Narrowed(Canonical(ToDouble(gradient) * derivative));
    }

    /// <summary>GeluTanh's backward: gradient·(σ(v) + x·σ(v)σ(−v)·v'), v = 2√(2/π)(x + 0.044715x³); in double, rounded once.</summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·GeluTanh'(x).</returns>
    [Vectorize("GeluTanhBackward", MaxUlp = 1.0, Domain = "all float pairs", Reference = "gelu_tanh_backward")]
    private static float GeluTanhBackwardSingle(float x, float gradient)
    {
        double c = Clamp(ToDouble(x), -30.0, 10.0);
        double square = c * c;
        double v = GeluTanhScale * (c * Fma(GeluTanhCubic, square, 1.0));
        double slope = GeluTanhScale * Fma(3.0 * GeluTanhCubic, square, 1.0);
        double e = HpcMath.ExpDouble(-Abs(v));
        double d = 1.0 + e;
        double up = 1.0 / d, down = e / d;
        double sigmoid = Select(v < 0.0, down, up);
        double derivative = Select(e == 0.0 & v < 0.0, -0.0, Fma(c * (up * down), slope, sigmoid));   // underflows from below
        return Narrowed(Canonical(ToDouble(gradient) * Select(ToDouble(x) > 10.0, 1.0, derivative)));
    }

    private const double InvSqrtTwoPi = 0.3989422804014327;   // 1/√(2π)

    [LaneHelper]
    private static double Clamp(double x, double low, double high) => Select(x < low, low, Select(x > high, high, x));
}
