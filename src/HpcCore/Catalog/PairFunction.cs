using System;

namespace HpcCore.Catalog;

/// <summary>Computes a function with two results elementwise from <paramref name="x"/> into one destination per result.</summary>
public delegate void PairSpanFunction<T>(ReadOnlySpan<T> x, Span<T> first, Span<T> second);

/// <summary>
/// A catalog entry for a function of one argument with two results from one computation (<c>SinCos</c>): its scalar
/// and span forms as delegates and its OpenCL program, whose kernel writes one buffer per result.
/// </summary>
public sealed class PairFunction<T> : PairFunction
{
    /// <summary>Creates an entry; called by generated code.</summary>
    public PairFunction(string name, string[] resultNames, double maxUlp, string domain, string reference,
        Func<T, (T, T)> scalar, PairSpanFunction<T> span, string openClKernel, string openClSource)
        : base(name, typeof(T), resultNames, maxUlp, domain, reference, openClKernel, openClSource)
    {
        Scalar = scalar;
        Span = span;
    }

    /// <summary>The scalar overload.</summary>
    public Func<T, (T, T)> Scalar { get; }

    /// <summary>The span overload.</summary>
    public PairSpanFunction<T> Span { get; }
}

/// <summary>What every <see cref="PairFunction{T}"/> has, whatever its element type.</summary>
public abstract class PairFunction : FunctionInfo
{
    private protected PairFunction(string name, Type elementType, string[] resultNames, double maxUlp, string domain, string reference,
        string openClKernel, string openClSource)
        : base(name, elementType, arity: 1, maxUlp, domain, reference, openClKernel, openClSource) =>
        ResultNames = resultNames;

    /// <summary>The results' names, in order (<c>Sin</c>, <c>Cos</c>).</summary>
    public string[] ResultNames { get; }
}
