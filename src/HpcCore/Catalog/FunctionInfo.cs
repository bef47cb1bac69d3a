using System;

namespace HpcCore.Catalog;

/// <summary>
/// One entry of the function catalog: what a function promises and where to find its exact reference.
/// Tests, benchmarks and <c>hpccore report</c> enumerate <see cref="FunctionCatalog.All"/>, so a new function is
/// tested, benchmarked and reported without anyone listing it by hand.
/// </summary>
public abstract class FunctionInfo
{
    private protected FunctionInfo(string name, Type elementType, int arity, double maxUlp, string domain, string reference,
        string openClKernel, string openClSource)
    {
        Name = name;
        ElementType = elementType;
        Arity = arity;
        MaxUlp = maxUlp;
        Domain = domain;
        Reference = reference;
        OpenClKernel = openClKernel;
        OpenClSource = openClSource;
    }

    /// <summary>Public name of the overloads, e.g. <c>Exp</c>.</summary>
    public string Name { get; }

    /// <summary><c>float</c> or <c>double</c>.</summary>
    public Type ElementType { get; }

    /// <summary>How many arguments vary per element (1 for <see cref="UnaryFunction{T}"/>, 2 for <see cref="BinaryFunction{T}"/>, 3 for <see cref="TernaryFunction{T}"/>).</summary>
    public int Arity { get; }

    /// <summary>The declared error bound in ULPs, proven by the test suite against MPFR.</summary>
    public double MaxUlp { get; }

    /// <summary>Where the bound holds, in words.</summary>
    public string Domain { get; }

    /// <summary>MPFR function computing the exact value, without the <c>mpfr_</c> prefix.</summary>
    public string Reference { get; }

    /// <summary>Name of the elementwise OpenCL kernel in <see cref="OpenClSource"/>.</summary>
    public string OpenClKernel { get; }

    /// <summary>OpenCL C program text holding the function and its kernel.</summary>
    public string OpenClSource { get; }

    /// <summary>"Exp(float)" or "Atan2(float, float)", for tables and test names.</summary>
    public override string ToString()
    {
        string type = ElementType == typeof(float) ? "float" : "double";
        return $"{Name}({string.Join(", ", System.Linq.Enumerable.Repeat(type, Arity))})";
    }
}
