using System;
using System.Collections.Generic;
using System.Runtime.Intrinsics;

namespace HpcCore.Catalog;

/// <summary>Computes a function elementwise from <paramref name="x"/> and <paramref name="y"/> into <paramref name="destination"/>.</summary>
public delegate void BinarySpanFunction<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> destination);

/// <summary>
/// A catalog entry for a two-argument function, with every generated form as a delegate. The arguments are in the
/// order of the public overloads and of the MPFR reference (<c>Atan2(y, x)</c> as <c>mpfr_atan2(y, x)</c>).
/// </summary>
public sealed class BinaryFunction<T> : FunctionInfo
{
    /// <summary>Creates an entry; called by generated code.</summary>
    public BinaryFunction(string name, double maxUlp, string domain, string reference,
        Func<T, T, T> scalar, Func<Vector128<T>, Vector128<T>, Vector128<T>> vector128,
        Func<Vector256<T>, Vector256<T>, Vector256<T>> vector256, Func<Vector512<T>, Vector512<T>, Vector512<T>> vector512,
        BinarySpanFunction<T> span, string openClKernel, string openClSource,
        T[]? scalarArguments = null)
        : base(name, typeof(T), arity: 2, maxUlp, domain, reference, openClKernel, openClSource)
    {
        Scalar = scalar;
        Vector128 = vector128;
        Vector256 = vector256;
        Vector512 = vector512;
        Span = span;
        ScalarArguments = scalarArguments ?? Array.Empty<T>();
    }

    /// <summary>The scalar overload.</summary>
    public Func<T, T, T> Scalar { get; }

    /// <summary>The Vector128 overload.</summary>
    public Func<Vector128<T>, Vector128<T>, Vector128<T>> Vector128 { get; }

    /// <summary>The Vector256 overload.</summary>
    public Func<Vector256<T>, Vector256<T>, Vector256<T>> Vector256 { get; }

    /// <summary>The Vector512 overload.</summary>
    public Func<Vector512<T>, Vector512<T>, Vector512<T>> Vector512 { get; }

    /// <summary>The span overload.</summary>
    public BinarySpanFunction<T> Span { get; }

    /// <summary>
    /// The values the entry gives the function's scalar parameters (their defaults, e.g. LeakyRelu's slope 0.01), in
    /// order; the OpenCL kernel takes them after the buffers. Empty for a function without scalar parameters.
    /// </summary>
    public IReadOnlyList<T> ScalarArguments { get; }
}
