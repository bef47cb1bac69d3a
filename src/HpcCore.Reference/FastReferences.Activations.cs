using System;
using System.Collections.Generic;

namespace HpcCore.Reference;

// Double versions of the activation composites, for the exhaustive float sweep. Each is the textbook formula over the C
// library's functions (within 1–5 double ULP), accurate to 2^-48 or better wherever its value can matter to a float:
// the exponentials see exact arguments, and the two ill-conditioned tails (GELU's erfc and the tanh approximation's
// exponential, whose rounded arguments are magnified up to 2^8 times) return Untrusted there, which sends those inputs
// to MPFR. Farther out the value is so far below float's smallest subnormal that no error of the formula matters.
public static partial class FastReferences
{
    /// <summary>Returned by a double reference where it cannot be trusted: the input goes to MPFR.</summary>
    public static readonly double Untrusted = BitConverter.Int64BitsToDouble(0x7FF8_DEAD_0000_0001);

    private static bool IsUntrusted(double d) => BitConverter.DoubleToInt64Bits(d) == BitConverter.DoubleToInt64Bits(Untrusted);

    private static double Sigmoid(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));

    private static double Softplus(double x) => Math.Max(x, 0) + LogP1(Math.Exp(-Math.Abs(x)));

    private static readonly Dictionary<string, Func<double, double, double>> binaryActivationReferences = new()
    {
        ["prelu"] = (x, weight) => x < 0 ? x * weight : x,   // exact in double for float arguments
        // Backward: gradient·f'(x). Near a zero of f' (SiLU, Mish, GELU) the formula's absolute error is a few 2^-53,
        // relatively large there: Untrusted within 0.01 of it.
        ["relu_backward"] = (x, g) => g * (double.IsNaN(x) ? x : x > 0 ? 1.0 : 0.0),
        ["leaky_relu_backward(0.01f)"] = (x, g) => g * (double.IsNaN(x) ? x : x > 0 ? 1.0 : 0.01f),
        ["prelu_weight_backward"] = (x, g) => g * (x > 0 ? 0.0 : x),            // exact in double for float arguments
        ["elu_backward(1f)"] = (x, g) => g * (x > 0 ? 1.0 : Math.Exp(x)),
        ["celu_backward(1f)"] = (x, g) => g * (x > 0 ? 1.0 : Math.Exp(x)),
        ["selu_backward"] = (x, g) => g * (x > 0 ? 1.0507009873554804934193349852946 : 1.0507009873554804934193349852946 * 1.6732632423543772848170429916717 * Math.Exp(x)),
        ["sigmoid_backward"] = (y, g) => g * (y * (1 - y)),    // y(1 − y) and 1 − y² are exact in double for a float y
        ["tanh_backward"] = (y, g) => g * (1 - y * y),
        ["softplus_backward(1,20)"] = (x, g) => g * (x > 20 ? 1.0 : Sigmoid(x)),
        ["log_sigmoid_backward"] = (x, g) => g * Sigmoid(-x),
        ["softsign_backward"] = (x, g) => double.IsInfinity(x) ? g * 0.0 : g / ((1 + Math.Abs(x)) * (1 + Math.Abs(x))),
        ["hard_sigmoid_backward"] = (x, g) => double.IsNaN(x) ? x : x > -3 && x < 3 ? g / 6 : g * 0.0,
        ["hard_swish_backward"] = (x, g) => double.IsNaN(x) ? x : x < -3 ? g * 0.0 : x <= 3 ? g * ((2 * x + 3) / 6) : g,
        ["hard_tanh_backward(-1f,1f)"] = (x, g) => g * (double.IsNaN(x) ? x : x > -1 && x < 1 ? 1.0 : 0.0),
        ["silu_backward"] = (x, g) => Math.Abs(x + 1.2784645) < 0.01 ? Untrusted
            : g * (double.IsNegativeInfinity(x) ? 0.0 : double.IsPositiveInfinity(x) ? 1.0 : Sigmoid(x) * (1 + x * Sigmoid(-x))),
        ["mish_backward"] = (x, g) => Math.Abs(x + 1.1923584) < 0.01 ? Untrusted
            : g * (double.IsNegativeInfinity(x) ? 0.0 : double.IsPositiveInfinity(x) ? 1.0 : MishDerivative(x)),
        ["gelu_backward"] = (x, g) => Math.Abs(x + 0.7517916) < 0.01 || x is < -10 and > -15 ? Untrusted
            : g * (double.IsNegativeInfinity(x) ? 0.0 : double.IsPositiveInfinity(x) ? 1.0
                : Erfc(-x / Math.Sqrt(2)) / 2 + x * Math.Exp(-x * x / 2) / Math.Sqrt(2 * Math.PI)),
        ["gelu_tanh_backward"] = (x, g) => Math.Abs(x + 0.7517916) < 0.02 || x is < -6.5 and > -19 ? Untrusted
            : g * (double.IsNegativeInfinity(x) ? 0.0 : double.IsPositiveInfinity(x) ? 1.0 : GeluTanhDerivative(x)),
    };

    private static double MishDerivative(double x)
    {
        double t = Math.Tanh(Softplus(x));
        return t + x * Sigmoid(x) * (1 - t * t);
    }

    private static double GeluTanhDerivative(double x)
    {
        double k = 2 * Math.Sqrt(2 / Math.PI), v = k * (x + 0.044715 * x * x * x);
        return Sigmoid(v) + x * Sigmoid(v) * Sigmoid(-v) * k * (1 + 3 * 0.044715 * x * x);
    }

    private static readonly Dictionary<string, Func<double, double>> activationReferences = new()
    {
        ["relu"] = x => x > 0 ? x : 0.0,
        ["leaky_relu(0.01f)"] = x => x < 0 ? x * 0.01f : x,
        ["hard_tanh(-1f,1f)"] = x => Math.Clamp(x, -1.0, 1.0),
        ["hard_sigmoid"] = x => x <= -3 ? 0.0 : x >= 3 ? 1.0 : (x + 3) / 6,
        ["hard_swish"] = x => x <= -3 ? -0.0 : x >= 3 ? x : x * (x + 3) / 6,
        ["softsign"] = x => double.IsInfinity(x) ? Math.CopySign(1.0, x) : x / (1 + Math.Abs(x)),
        ["sigmoid"] = Sigmoid,
        ["silu"] = x => double.IsNegativeInfinity(x) ? -0.0 : x * Sigmoid(x),
        ["log_sigmoid"] = x => double.IsPositiveInfinity(x) ? -0.0 : -(LogP1(Math.Exp(-Math.Abs(x))) - Math.Min(x, 0)),
        ["softplus(1,20)"] = x => x > 20 ? x : Softplus(x),
        ["mish"] = x => double.IsNegativeInfinity(x) ? -0.0 : x * Math.Tanh(Softplus(x)),
        ["elu(1f)"] = x => x > 0 ? x : ExpM1(x),
        ["celu(1f)"] = x => x > 0 ? x : ExpM1(x),
        ["selu"] = x => x > 0 ? 1.0507009873554804934193349852946 * x : 1.0507009873554804934193349852946 * 1.6732632423543772848170429916717 * ExpM1(x),
        // erfc(t) with t rounded: its relative error grows as 2t²·2^-53, past 2^-46 below x = −10; below −15 the value is
        // under 10^-49, nothing a float can tell from zero.
        ["gelu"] = x => double.IsNegativeInfinity(x) ? -0.0 : double.IsPositiveInfinity(x) ? x
            : x is < -10 and > -15 ? Untrusted : x * Erfc(-x / Math.Sqrt(2)) / 2,
        // e^(−2u) with u rounded: relative error |2u|·2^-51, past 2^-46 below x = −6.5; below −12 the value is under 10^-60.
        ["gelu_tanh"] = x => double.IsNegativeInfinity(x) ? -0.0 : double.IsPositiveInfinity(x) ? x
            : x is < -6.5 and > -12 ? Untrusted : x / (1 + Math.Exp(-2 * Math.Sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x))),
    };
}
