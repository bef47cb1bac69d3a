using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace HpcCore;

// SinCos: sine and cosine of one argument, as TensorPrimitives.SinCos and Math.SinCos. The generator has no
// definitions with two results yet, so these overloads pair the generated Sin and Cos: the same bits and the same
// bounds, but the argument reduction is done twice (a multi-result [Vectorize] definition would share it).
public static partial class HpcMath
{
    /// <summary>Returns the sine and cosine of <paramref name="x"/> (radians): the results of <c>Sin</c> and <c>Cos</c>.</summary>
    /// <param name="x">The angle in radians; every finite value is reduced exactly.</param>
    /// <returns>(sin x, cos x); (NaN, NaN) for ±∞ and NaN.</returns>
    /// <remarks>Accuracy: at most 1.0 ULP each on all floats.</remarks>
    public static (float Sin, float Cos) SinCos(float x) => (Sin(x), Cos(x));

    /// <summary>Returns the sine and cosine of <paramref name="x"/> (radians): the results of <c>Sin</c> and <c>Cos</c>.</summary>
    /// <param name="x">The angle in radians; every finite value is reduced exactly.</param>
    /// <returns>(sin x, cos x); (NaN, NaN) for ±∞ and NaN.</returns>
    /// <remarks>Accuracy: at most 1.0 ULP each on all doubles.</remarks>
    public static (double Sin, double Cos) SinCos(double x) => (Sin(x), Cos(x));

    /// <summary>Per lane, the sine and cosine of <paramref name="x"/>; each lane as the scalar overload.</summary>
    /// <param name="x">Angles in radians.</param>
    /// <returns>The sines and the cosines.</returns>
    /// <remarks>Accuracy: at most 1.0 ULP each on all floats.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector128<float> Sin, Vector128<float> Cos) SinCos(Vector128<float> x) => (Sin(x), Cos(x));

    /// <inheritdoc cref="SinCos(Vector128{float})"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector256<float> Sin, Vector256<float> Cos) SinCos(Vector256<float> x) => (Sin(x), Cos(x));

    /// <inheritdoc cref="SinCos(Vector128{float})"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector512<float> Sin, Vector512<float> Cos) SinCos(Vector512<float> x) => (Sin(x), Cos(x));

    /// <summary>Per lane, the sine and cosine of <paramref name="x"/>; each lane as the scalar overload.</summary>
    /// <param name="x">Angles in radians.</param>
    /// <returns>The sines and the cosines.</returns>
    /// <remarks>Accuracy: at most 1.0 ULP each on all doubles.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector128<double> Sin, Vector128<double> Cos) SinCos(Vector128<double> x) => (Sin(x), Cos(x));

    /// <inheritdoc cref="SinCos(Vector128{double})"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector256<double> Sin, Vector256<double> Cos) SinCos(Vector256<double> x) => (Sin(x), Cos(x));

    /// <inheritdoc cref="SinCos(Vector128{double})"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Vector512<double> Sin, Vector512<double> Cos) SinCos(Vector512<double> x) => (Sin(x), Cos(x));

    /// <summary>Computes the sine and cosine of every element of <paramref name="x"/>, as the scalar overload.</summary>
    /// <param name="x">Angles in radians.</param>
    /// <param name="sinDestination">Where the sines go; at least as long as <paramref name="x"/>; may be <paramref name="x"/> itself.</param>
    /// <param name="cosDestination">Where the cosines go; at least as long as <paramref name="x"/>; may be <paramref name="x"/> itself.</param>
    /// <exception cref="ArgumentException">A destination is too short, overlaps the other, overlaps <paramref name="x"/>
    /// other than exactly, or both are <paramref name="x"/>. Nothing is written.</exception>
    /// <remarks>Accuracy: at most 1.0 ULP each on all floats.</remarks>
    public static void SinCos(ReadOnlySpan<float> x, Span<float> sinDestination, Span<float> cosDestination) =>
        SinCosSpans(x, sinDestination, cosDestination, Sin, Cos);

    /// <inheritdoc cref="SinCos(ReadOnlySpan{float}, Span{float}, Span{float})"/>
    /// <remarks>Accuracy: at most 1.0 ULP each on all doubles.</remarks>
    public static void SinCos(ReadOnlySpan<double> x, Span<double> sinDestination, Span<double> cosDestination) =>
        SinCosSpans(x, sinDestination, cosDestination, Sin, Cos);

    private delegate void SpanFunction<T>(ReadOnlySpan<T> x, Span<T> destination);

    /// <summary>Both span functions, the one whose destination is not the input first, so the input is still there for the other.</summary>
    private static void SinCosSpans<T>(ReadOnlySpan<T> x, Span<T> sinDestination, Span<T> cosDestination, SpanFunction<T> sin, SpanFunction<T> cos)
    {
        if (SinFirst(x, sinDestination, cosDestination))
        {
            sin(x, sinDestination);
            cos(x, cosDestination);
        }
        else
        {
            cos(x, cosDestination);
            sin(x, sinDestination);
        }
    }

    /// <summary>Checks the spans before anything is written; true when the sines are to be computed first.</summary>
    private static bool SinFirst<T>(ReadOnlySpan<T> x, Span<T> sinDestination, Span<T> cosDestination)
    {
        if (sinDestination.Length < x.Length)
            throw new ArgumentException("The destination is shorter than the input.", nameof(sinDestination));
        if (cosDestination.Length < x.Length)
            throw new ArgumentException("The destination is shorter than the input.", nameof(cosDestination));
        Span<T> sin = sinDestination[..x.Length], cos = cosDestination[..x.Length];
        if (sin.Overlaps(cos))
            throw new ArgumentException("The sine and cosine destinations overlap.", nameof(cosDestination));
        bool sinInPlace = InPlace(x, sin, nameof(sinDestination)), cosInPlace = InPlace(x, cos, nameof(cosDestination));
        return !sinInPlace || cosInPlace;
    }

    /// <summary>True when the destination is exactly the input; throws when it overlaps the input otherwise.</summary>
    private static bool InPlace<T>(ReadOnlySpan<T> x, Span<T> destination, string name)
    {
        if (!x.Overlaps(destination, out int offset))
            return false;
        if (offset != 0)
            throw new ArgumentException("The destination partially overlaps the input.", name);
        return true;
    }
}
