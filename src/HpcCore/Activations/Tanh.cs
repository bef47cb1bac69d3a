using System;
using System.Runtime.Intrinsics;

namespace HpcCore;

// Tanh is HpcMath.Tanh: the same definition, so these forward rather than repeat it (a second definition would be a
// second catalog entry of the same name). Accuracy and special values are HpcMath.Tanh's: at most 1.0 ULP for every
// float and double, ±0 for ±0, ±1 for ±∞, NaN for NaN.
public static partial class Activations
{
    /// <summary>The hyperbolic tangent, <see cref="HpcMath.Tanh(float)"/>.</summary>
    /// <param name="x">The input.</param>
    /// <returns>tanh x, within 1.0 ULP.</returns>
    public static float Tanh(float x) => HpcMath.Tanh(x);

    /// <summary>The hyperbolic tangent, <see cref="HpcMath.Tanh(double)"/>.</summary>
    /// <param name="x">The input.</param>
    /// <returns>tanh x, within 1.0 ULP.</returns>
    public static double Tanh(double x) => HpcMath.Tanh(x);

    /// <summary>The hyperbolic tangent of each lane, <see cref="HpcMath.Tanh(Vector128{float})"/>.</summary>
    /// <param name="x">The input.</param>
    /// <returns>tanh of each lane, within 1.0 ULP.</returns>
    public static Vector128<float> Tanh(Vector128<float> x) => HpcMath.Tanh(x);

    /// <summary>The hyperbolic tangent of each lane, <see cref="HpcMath.Tanh(Vector256{float})"/>.</summary>
    /// <param name="x">The input.</param>
    /// <returns>tanh of each lane, within 1.0 ULP.</returns>
    public static Vector256<float> Tanh(Vector256<float> x) => HpcMath.Tanh(x);

    /// <summary>The hyperbolic tangent of each lane, <see cref="HpcMath.Tanh(Vector512{float})"/>.</summary>
    /// <param name="x">The input.</param>
    /// <returns>tanh of each lane, within 1.0 ULP.</returns>
    public static Vector512<float> Tanh(Vector512<float> x) => HpcMath.Tanh(x);

    /// <summary>The hyperbolic tangent of each lane, <see cref="HpcMath.Tanh(Vector128{double})"/>.</summary>
    /// <param name="x">The input.</param>
    /// <returns>tanh of each lane, within 1.0 ULP.</returns>
    public static Vector128<double> Tanh(Vector128<double> x) => HpcMath.Tanh(x);

    /// <summary>The hyperbolic tangent of each lane, <see cref="HpcMath.Tanh(Vector256{double})"/>.</summary>
    /// <param name="x">The input.</param>
    /// <returns>tanh of each lane, within 1.0 ULP.</returns>
    public static Vector256<double> Tanh(Vector256<double> x) => HpcMath.Tanh(x);

    /// <summary>The hyperbolic tangent of each lane, <see cref="HpcMath.Tanh(Vector512{double})"/>.</summary>
    /// <param name="x">The input.</param>
    /// <returns>tanh of each lane, within 1.0 ULP.</returns>
    public static Vector512<double> Tanh(Vector512<double> x) => HpcMath.Tanh(x);

    /// <summary>The hyperbolic tangent of each element, <see cref="HpcMath.Tanh(ReadOnlySpan{float}, Span{float})"/>.</summary>
    /// <param name="x">The input.</param>
    /// <param name="destination">Where the results are written; at least as long as the input (in place works).</param>
    /// <exception cref="ArgumentException">The destination is too short or partially overlaps the input.</exception>
    public static void Tanh(ReadOnlySpan<float> x, Span<float> destination) => HpcMath.Tanh(x, destination);

    /// <summary>The hyperbolic tangent of each element, <see cref="HpcMath.Tanh(ReadOnlySpan{double}, Span{double})"/>.</summary>
    /// <param name="x">The input.</param>
    /// <param name="destination">Where the results are written; at least as long as the input (in place works).</param>
    /// <exception cref="ArgumentException">The destination is too short or partially overlaps the input.</exception>
    public static void Tanh(ReadOnlySpan<double> x, Span<double> destination) => HpcMath.Tanh(x, destination);
}
