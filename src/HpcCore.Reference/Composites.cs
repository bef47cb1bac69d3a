using System;
using System.Globalization;
using System.Linq;
using HpcCore.Reference.Mpfr;

namespace HpcCore.Reference;

/// <summary>
/// Reference functions MPFR lacks, the activations, each the exact real function written with MPFR's (256-bit
/// arithmetic, far beyond any error measured). Named like MPFR's, with parameters in parentheses where the function has
/// them: <c>"leaky_relu(0.01f)"</c> is the slope the float function takes by default (a trailing f: the float nearest the
/// decimal, as the function receives it), <c>"softplus(1,20)"</c> β and threshold. Inputs arrive as doubles (floats
/// convert exactly); special inputs are settled in double first, where the formula alone would give the wrong limit
/// (silu(−∞) = −0, not −∞·0).
/// </summary>
internal static class Composites
{
    private static ExactFunction F(string name) => ExactFunction.Get(name);

    private static Real Exp(Real x) => Real.Apply(F("exp"), x);

    private static Real ExpM1(Real x) => Real.Apply(F("expm1"), x);

    private static Real Log1p(Real x) => Real.Apply(F("log1p"), x);

    private static Real Tanh(Real x) => Real.Apply(F("tanh"), x);

    private static Real Erfc(Real x) => Real.Apply(F("erfc"), x);

    private static Real Sqrt(Real x) => Real.Apply(F("sqrt"), x);

    private static Real Pi() => Real.Apply(F("atan"), 1.0) * 4.0;

    /// <summary>log(1 + e^z) = max(z, 0) + log(1 + e^−|z|).</summary>
    private static Real Softplus(Real z) => (z > Real.Zero ? z : Real.Zero) + Log1p(Exp(-z.Abs()));

    /// <summary>The one-argument composite named by <paramref name="reference"/>, or null.</summary>
    public static Func<double, Real>? Unary(string reference)
    {
        (string name, double[] p) = Parse(reference);
        Func<double, Real>? f = name switch
        {
            "relu" => x => x > 0 ? x : 0.0,
            "leaky_relu" => x => x < 0 ? (Real)x * p[0] : x,
            "hard_tanh" => x => x < p[0] ? p[0] : x > p[1] ? p[1] : x,
            "hard_sigmoid" => x => x <= -3 ? 0.0 : x >= 3 ? 1.0 : ((Real)x + 3.0) / 6.0,
            "hard_swish" => x => x <= -3 ? -0.0 : x >= 3 ? x : (Real)x * ((Real)x + 3.0) / 6.0,
            "softsign" => x => double.IsInfinity(x) ? Math.CopySign(1.0, x) : (Real)x / ((Real)1.0 + Math.Abs(x)),
            "sigmoid" => x => (Real)1.0 / ((Real)1.0 + Exp(-x)),
            "silu" => x => Limit(x, -0.0, x) ?? (Real)x / ((Real)1.0 + Exp(-x)),
            "log_sigmoid" => x => -(Log1p(Exp(-Math.Abs(x))) - Math.Min(x, 0.0)),   // negated last: −0 where e^−x underflows, even in MPFR
            "softplus" => x => (Real)x * p[0] > (Real)p[1] ? x : Softplus((Real)x * p[0]) / p[0],
            "mish" => x => Limit(x, -0.0, x) ?? (Real)x * Tanh(Softplus(x)),
            "elu" => x => x > 0 ? x : p[0] * ExpM1(x),
            "celu" => x => x > 0 ? x : p[0] * ExpM1((Real)x / p[0]),
            "selu" => x => (Real)1.0507009873554804934193349852946 * (x > 0 ? x : 1.6732632423543772848170429916717 * ExpM1(x)),
            "gelu" => x => Limit(x, -0.0, x) ?? (Real)x * Erfc(-x / Sqrt(2.0)) / 2.0,
            "gelu_tanh" => x => Limit(x, -0.0, x) ?? (Real)x / ((Real)1.0 + Exp(-(Real)2.0 * Sqrt((Real)2.0 / Pi()) * ((Real)x + (Real)0.044715 * ((Real)x).Power(3)))),
            _ => null,
        };
        return f is null ? null : x => double.IsNaN(x) ? double.NaN : f(x);
    }

    /// <summary>The two-argument composite named by <paramref name="reference"/>, or null.</summary>
    public static Func<double, double, Real>? Binary(string reference)
    {
        (string name, double[] p) = Parse(reference);
        if (name == "prelu")
            return static (x, weight) => double.IsNaN(x) ? double.NaN : x < 0 ? (double.IsNaN(weight) ? double.NaN : (Real)x * weight) : x;
        Func<double, Real>? derivative = Derivative(name, p);
        if (derivative is null)
            return null;
        // gradient·f'(x); an infinite gradient meets f' rounded to double, as any double computation does (∞·0 is NaN).
        return (x, gradient) => double.IsNaN(x) || double.IsNaN(gradient) ? double.NaN
            : double.IsInfinity(gradient) ? (Real)gradient * derivative(x).ToDouble() : (Real)gradient * derivative(x);
    }

    /// <summary>
    /// The three-argument composite named by <paramref name="reference"/>, or null: Prelu's backward (x, weight, gradient),
    /// gradient·∂Prelu/∂x, with the binary backward functions' rules for NaN and infinite gradients.
    /// </summary>
    public static Func<double, double, double, Real>? Ternary(string reference) => reference switch
    {
        "prelu_backward" => static (x, weight, gradient) =>
        {
            if (double.IsNaN(x) || double.IsNaN(gradient) || (x <= 0 && double.IsNaN(weight)))
                return double.NaN;
            double derivative = x > 0 ? 1.0 : weight;
            return double.IsInfinity(gradient) || double.IsInfinity(derivative) ? gradient * derivative : (Real)gradient * derivative;
        },
        _ => null,
    };

    /// <summary>
    /// The derivative of the activation whose backward is named (x is the forward input, or output for sigmoid and tanh).
    /// The gated ones are −0 below −10^4 (−10^3 for the tanh form, whose exponent grows as x³): there the exponentials
    /// underflow even in MPFR, which would lose the sign.
    /// </summary>
    private static Func<double, Real>? Derivative(string name, double[] p) => name switch
    {
        "relu_backward" => x => x > 0 ? 1.0 : 0.0,
        "leaky_relu_backward" => x => x > 0 ? 1.0 : p[0],
        "prelu_weight_backward" => x => x > 0 ? 0.0 : x,
        "elu_backward" => x => x > 0 ? 1.0 : p[0] * Exp(x),
        "selu_backward" => x => (Real)1.0507009873554804934193349852946 * (x > 0 ? 1.0 : 1.6732632423543772848170429916717 * Exp(x)),
        "celu_backward" => x => x > 0 ? 1.0 : Exp((Real)x / p[0]),
        "sigmoid_backward" => y => (Real)y * ((Real)1.0 - y),
        "tanh_backward" => y => (Real)1.0 - (Real)y * y,
        "softplus_backward" => x => (Real)x * p[0] > (Real)p[1] ? 1.0 : Sigmoid((Real)x * p[0]),
        "log_sigmoid_backward" => x => Sigmoid(-x),
        "softsign_backward" => x => double.IsInfinity(x) ? 0.0 : (Real)1.0 / ((Real)1.0 + Math.Abs(x)).Power(2),
        "hard_sigmoid_backward" => x => x > -3 && x < 3 ? (Real)1.0 / 6.0 : 0.0,
        "hard_swish_backward" => x => x < -3 ? 0.0 : x <= 3 ? ((Real)x * 2.0 + 3.0) / 6.0 : 1.0,
        "hard_tanh_backward" => x => x > p[0] && x < p[1] ? 1.0 : 0.0,
        "silu_backward" => x => x < -1e4 ? -0.0 : Limit(x, -0.0, 1.0) ?? Sigmoid(x) * ((Real)1.0 + (Real)x * Sigmoid(-x)),
        "mish_backward" => x => x < -1e4 ? -0.0 : Limit(x, -0.0, 1.0) ?? MishDerivative(x),
        "gelu_backward" => x => x < -1e4 ? -0.0 : Limit(x, -0.0, 1.0) ?? Erfc(-x / Sqrt(2.0)) / 2.0 + (Real)x * Exp(-(Real)x * x / 2.0) / Sqrt(Pi() * 2.0),
        "gelu_tanh_backward" => x => x < -1e3 ? -0.0 : Limit(x, -0.0, 1.0) ?? GeluTanhDerivative(x),
        _ => null,
    };

    private static Real Sigmoid(Real z) => (Real)1.0 / ((Real)1.0 + Exp(-z));

    /// <summary>tanh(sp) + x·σ(x)·(1 − tanh²(sp)), sp = softplus(x).</summary>
    private static Real MishDerivative(double x)
    {
        Real t = Tanh(Softplus(x));
        return t + (Real)x * Sigmoid(x) * ((Real)1.0 - t * t);
    }

    /// <summary>σ(v) + x·σ(v)σ(−v)·v', v = 2√(2/π)(x + 0.044715x³).</summary>
    private static Real GeluTanhDerivative(double x)
    {
        Real k = (Real)2.0 * Sqrt((Real)2.0 / Pi());
        Real v = k * ((Real)x + (Real)0.044715 * ((Real)x).Power(3));
        Real slope = k * ((Real)1.0 + (Real)3.0 * 0.044715 * ((Real)x).Power(2));
        return Sigmoid(v) + (Real)x * Sigmoid(v) * Sigmoid(-v) * slope;
    }

    /// <summary>The value at ±∞ where the formula would give NaN (∞·0), else null.</summary>
    private static Real? Limit(double x, double atNegativeInfinity, double atPositiveInfinity) =>
        double.IsNegativeInfinity(x) ? atNegativeInfinity : double.IsPositiveInfinity(x) ? atPositiveInfinity : null;

    private static (string Name, double[] Parameters) Parse(string reference)
    {
        int open = reference.IndexOf('(');
        if (open < 0)
            return (reference, Array.Empty<double>());
        double[] parameters = reference[(open + 1)..reference.LastIndexOf(')')].Split(',').Select(p => p.EndsWith('f')
            ? (double)float.Parse(p[..^1], CultureInfo.InvariantCulture)
            : double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return (reference[..open], parameters);
    }
}
