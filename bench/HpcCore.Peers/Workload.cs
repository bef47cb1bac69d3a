using System;
using System.Numerics;
using HpcCore.Catalog;

namespace HpcCore.Peers;

/// <summary>
/// A catalog function and its peers made ready to run over one deterministic input set (<see cref="BenchmarkInputs"/>):
/// each is a call over the whole input, with a two-argument function's second input bound in, so timing code
/// (BenchmarkDotNet, <c>hpccore report</c>) handles one- and two-argument functions alike.
/// </summary>
public sealed class Workload<T> where T : IFloatingPointIeee754<T>
{
    private readonly Func<string, Action?> peer;

    private Workload(int length, Action hpcCore, Func<string, Action?> peer)
    {
        Length = length;
        HpcCore = hpcCore;
        this.peer = peer;
    }

    /// <summary>Elements per call.</summary>
    public int Length { get; }

    /// <summary>HpcCore's span overload over the input.</summary>
    public Action HpcCore { get; }

    /// <summary>The peer from <paramref name="library"/> over the same input, or null when the library lacks the function.</summary>
    public Action? Peer(string library) => peer(library);

    /// <summary>Inputs for <paramref name="function"/> (a catalog entry of element type T with one, two or three arguments, or two results).</summary>
    public static Workload<T> Create(FunctionInfo function, int length)
    {
        var destination = new T[length];
        switch (function)
        {
            case UnaryFunction<T> unary:
            {
                T[] x = BenchmarkInputs.For<T>(unary.Name, length);
                return new Workload<T>(length, () => unary.Span(x, destination),
                    library => PeerCatalog.Find(unary, library) is { } p ? () => p.Compute(x, destination) : null);
            }
            case BinaryFunction<T> binary:
            {
                (T[] x, T[] y) = BenchmarkInputs.PairFor<T>(binary.Name, length);
                return new Workload<T>(length, () => binary.Span(x, y, destination),
                    library => PeerCatalog.Find(binary, library) is { } p ? () => p.Compute(x, y, destination) : null);
            }
            case TernaryFunction<T> ternary:
            {
                (T[] x, T[] z) = BenchmarkInputs.PairFor<T>(ternary.Name, length);
                T[] y = [.. z];
                Array.Reverse(y);                                                                     // a middle argument unlike the others
                return new Workload<T>(length, () => ternary.Span(x, y, z, destination), _ => null);   // no peer has one
            }
            case PairFunction<T> pair:
            {
                // The inputs of the first result's function (SinCos takes Sin's).
                T[] x = BenchmarkInputs.For<T>(pair.ResultNames[0], length);
                var second = new T[length];
                return new Workload<T>(length, () => pair.Span(x, destination, second),
                    library => PeerCatalog.Find(pair, library) is { } p ? () => p(x, destination, second) : null);
            }
            default:
                throw new ArgumentException($"{function} is not a catalog function of {typeof(T).Name}.", nameof(function));
        }
    }
}
