using System;
using System.Collections.Generic;

namespace HpcCore.Reference;

/// <summary>
/// Double-precision versions of reference functions, used to settle most float inputs of an exhaustive sweep
/// without MPFR. Trusted bound: the C library's double results are within <see cref="TrustedRelativeError"/> of the
/// exact value (glibc documents at most 1 ULP, i.e. 2^-52 relative, for exp, exp2, exp10, log, log2, log10, pow,
/// expm1, log1p, sin, cos and tan on x86-64, 2 ULP for sinh, cosh, tanh, atan2 and hypot, and at most 5 ULP for erf and erfc; .NET's Exp2 and Exp10 call pow); the margin below
/// is 2^7 times that. An input is settled only when that bound decides both its error and its correct rounding;
/// everything near a rounding midpoint goes to MPFR. Near a power of two, where the exact value may lie in the
/// binade below d's, the error is measured with the smaller ULP of the two, so it is never underestimated.
/// </summary>
public static partial class FastReferences
{
    /// <summary>The relative error assumed of the double reference, 2^-45.</summary>
    public const double TrustedRelativeError = 1.0 / (1L << 45);

    /// <summary>2^128: exact values at least this large round to infinity in float.</summary>
    private const double FloatOverflowLimit = 3.4028236692093846e38;

    /// <summary>
    /// Below this estimated error (in float ULPs) the estimate is kept; above, MPFR decides. The estimate's own
    /// uncertainty is at most 2^-21 ULP (added as a margin), so it serves a function declared at 1 ULP as well as one at
    /// 0.51; a result several ULPs off is measured exactly.
    /// </summary>
    private const double EstimateLimit = 4.0;

    /// <summary>The limit where the exact value's binade is in doubt (the estimate may be twice the error).</summary>
    private const double BinadeInDoubtLimit = 0.25;

    private static readonly Dictionary<string, Func<double, double>> references = new()
    {
        ["exp"] = Math.Exp,
        ["log"] = Math.Log,
        ["exp2"] = double.Exp2,
        ["exp10"] = double.Exp10,
        ["log2"] = Math.Log2,
        ["log10"] = Math.Log10,
        ["expm1"] = ExpM1,
        ["log1p"] = LogP1,
        ["sinh"] = Math.Sinh,
        ["cosh"] = Math.Cosh,
        ["tanh"] = Math.Tanh,
        ["sin"] = Math.Sin,
        ["cos"] = Math.Cos,
        ["tan"] = Math.Tan,
        ["sinpi"] = double.SinPi,
        ["cospi"] = double.CosPi,
        ["atan"] = Math.Atan,
        ["asin"] = Math.Asin,
        ["acos"] = Math.Acos,
        ["atanh"] = Math.Atanh,
        ["asinh"] = Math.Asinh,
        ["acosh"] = Math.Acosh,
        ["cbrt"] = Math.Cbrt,
        ["erf"] = Erf,
        ["erfc"] = Erfc,
    };

    private static readonly Dictionary<string, Func<double, double, double>> binaryReferences = new()
    {
        ["atan2"] = Math.Atan2,
        ["hypot"] = Hypot,
        ["pow"] = Math.Pow,
    };

    // .NET has no error function; the C library's (documented within a few ULP) is used.
    [System.Runtime.InteropServices.LibraryImport("libm.so.6", EntryPoint = "erf")]
    private static partial double Erf(double x);

    [System.Runtime.InteropServices.LibraryImport("libm.so.6", EntryPoint = "erfc")]
    private static partial double Erfc(double x);

    // .NET's double.Hypot is managed code of its own; the C library's is documented.
    [System.Runtime.InteropServices.LibraryImport("libm.so.6", EntryPoint = "hypot")]
    private static partial double Hypot(double x, double y);

    // .NET's double.ExpM1 and LogP1 are Exp(x) − 1 and Log(x + 1), far from 1 ULP near 0: the C library's are used.
    [System.Runtime.InteropServices.LibraryImport("libm.so.6", EntryPoint = "expm1")]
    private static partial double ExpM1(double x);

    [System.Runtime.InteropServices.LibraryImport("libm.so.6", EntryPoint = "log1p")]
    private static partial double LogP1(double x);

    /// <summary>The double version of MPFR function <paramref name="name"/>, where there is one.</summary>
    public static bool TryGet(string name, out Func<double, double>? reference) =>
        references.TryGetValue(name, out reference) || activationReferences.TryGetValue(name, out reference);

    /// <summary>The double version of two-argument MPFR function <paramref name="name"/>, where there is one.</summary>
    public static bool TryGet(string name, out Func<double, double, double>? reference) =>
        binaryReferences.TryGetValue(name, out reference) || binaryActivationReferences.TryGetValue(name, out reference);

    /// <summary>
    /// Decides the error of float result <paramref name="y"/> from the double reference value <paramref name="d"/>
    /// when the trusted bound leaves no doubt; otherwise returns false and MPFR must decide.
    /// </summary>
    public static bool TrySettle(double d, float y, out Measurement measurement)
    {
        measurement = default;
        if (IsUntrusted(d))
            return false;
        if (double.IsNaN(d))
        {
            measurement = new Measurement(float.IsNaN(y) ? 0 : double.PositiveInfinity, float.IsNaN(y));
            return true;
        }
        if (float.IsNaN(y))
            return false;
        if (y == 0 && float.IsNegative(y) != double.IsNegative(d))
            return false;   // a zero of the wrong sign: MPFR decides (ErrorRules: ∞); |y − d| would call it exact
        float rounded = (float)d;
        if (float.IsInfinity(rounded))
        {
            // Beyond float's range by more than the reference's error: the exact value is too, and the correctly
            // rounded result is that infinity (ErrorRules: returning it costs nothing).
            bool beyond = Math.Abs(d) >= FloatOverflowLimit * (1 + 2 * TrustedRelativeError);
            if (!beyond || y != rounded)
                return false;
            measurement = new Measurement(0, true);
            return true;
        }
        if (float.IsInfinity(y) || NearRoundingBoundary(d, rounded))
            return false;

        // The ULP is that of the exact value's binade (ErrorRules). Where the reference's error leaves the binade in
        // doubt (d next to a power of two), the lower one's ULP overestimates the error up to twice: kept only while
        // that stays small (a saturated result equal to the power of two costs 0), else MPFR decides.
        double low = d * (1 - 2 * TrustedRelativeError);
        double ulp = FloatUlp(low);
        double estimate = Math.Abs(y - d) / ulp;
        if (estimate > (Binade(low) == Binade(d * (1 + 2 * TrustedRelativeError)) ? EstimateLimit : BinadeInDoubtLimit))
            return false;
        // The reference may be off by |d|·2^-45, at most 2^-21 ULP: report the estimate plus that margin.
        double margin = Math.Abs(d) * TrustedRelativeError / ulp;
        measurement = new Measurement(estimate + margin, BitConverter.SingleToInt32Bits(y) == BitConverter.SingleToInt32Bits(rounded));
        return true;
    }

    /// <summary>True when d is so close to a float rounding midpoint that the exact value may lie on the other side.</summary>
    private static bool NearRoundingBoundary(double d, float rounded)
    {
        double tolerance = Math.Abs(d) * TrustedRelativeError;
        double up = MathF.BitIncrement(rounded), down = MathF.BitDecrement(rounded);
        double midUp = ((double)rounded + up) / 2, midDown = ((double)rounded + down) / 2;
        return Math.Abs(d - midUp) <= tolerance || Math.Abs(d - midDown) <= tolerance;
    }

    private static double FloatUlp(double d) => PowerOfTwo(Math.Max(Binade(d), -126) - 23);

    /// <summary>floor(log2 |d|) for a normal double, read from its exponent field (zero maps far below any float).</summary>
    private static int Binade(double d) => d == 0 ? -2000 : (int)((BitConverter.DoubleToInt64Bits(d) >> 52) & 0x7FF) - 1023;

    private static double PowerOfTwo(int exponent) => BitConverter.Int64BitsToDouble((long)(exponent + 1023) << 52);
}
