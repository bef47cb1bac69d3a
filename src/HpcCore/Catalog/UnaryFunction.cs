using System;
using System.Collections.Generic;
using System.Runtime.Intrinsics;

namespace HpcCore.Catalog;

/// <summary>Computes a function elementwise from <paramref name="x"/> into <paramref name="destination"/>.</summary>
public delegate void SpanFunction<T>(ReadOnlySpan<T> x, Span<T> destination);

/// <summary>A catalog entry for a one-argument function, with every generated form as a delegate.</summary>
public sealed class UnaryFunction<T> : FunctionInfo
{
    /// <summary>Creates an entry; called by generated code.</summary>
    public UnaryFunction(string name, double maxUlp, string domain, string reference,
        Func<T, T> scalar, Func<Vector128<T>, Vector128<T>> vector128, Func<Vector256<T>, Vector256<T>> vector256,
        Func<Vector512<T>, Vector512<T>> vector512, SpanFunction<T> span, string openClKernel, string openClSource,
        T[]? scalarArguments = null)
        : base(name, typeof(T), arity: 1, maxUlp, domain, reference, openClKernel, openClSource)
    {
        Scalar = scalar;
        Vector128 = vector128;
        Vector256 = vector256;
        Vector512 = vector512;
        Span = span;
        ScalarArguments = scalarArguments ?? Array.Empty<T>();
    }

    /// <summary>The scalar overload.</summary>
    public Func<T, T> Scalar { get; }

    /// <summary>The Vector128 overload.</summary>
    public Func<Vector128<T>, Vector128<T>> Vector128 { get; }

    /// <summary>The Vector256 overload.</summary>
    public Func<Vector256<T>, Vector256<T>> Vector256 { get; }

    /// <summary>The Vector512 overload.</summary>
    public Func<Vector512<T>, Vector512<T>> Vector512 { get; }

    /// <summary>The span overload.</summary>
    public SpanFunction<T> Span { get; }

    /// <summary>
    /// The values the entry gives the function's scalar parameters (their defaults, e.g. LeakyRelu's slope 0.01), in
    /// order; the OpenCL kernel takes them after the buffers. Empty for a function without scalar parameters.
    /// </summary>
    public IReadOnlyList<T> ScalarArguments { get; }
}
