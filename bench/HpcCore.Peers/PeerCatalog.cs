using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics.Tensors;
using HpcCore.Catalog;

namespace HpcCore.Peers;

/// <summary>
/// The peers of each catalog function by name: the table that benchmarks and <c>hpccore report</c> share.
/// A function missing here simply has no peer to compare with.
/// </summary>
public static class PeerCatalog
{
    public const string TensorPrimitivesName = "TensorPrimitives";
    public const string Vector512Name = "Vector512";
    public const string ScalarName = "Math loop";

    private static readonly Dictionary<string, Peer<float>[]> single = new()
    {
        ["Exp"] = Peers<float, DotNetMathPeers.ExpSingle>(TensorPrimitives.Exp),
        ["Log"] = Peers<float, DotNetMathPeers.LogSingle>(TensorPrimitives.Log),
    };

    private static readonly Dictionary<string, Peer<double>[]> @double = new()
    {
        ["Exp"] = Peers<double, DotNetMathPeers.ExpDouble>(TensorPrimitives.Exp),
        ["Log"] = Peers<double, DotNetMathPeers.LogDouble>(TensorPrimitives.Log),
    };

    /// <summary>The peers of <paramref name="function"/>, or none.</summary>
    public static IReadOnlyList<Peer<T>> For<T>(UnaryFunction<T> function)
    {
        object table = typeof(T) == typeof(float) ? single : @double;
        return ((Dictionary<string, Peer<T>[]>)table).TryGetValue(function.Name, out Peer<T>[]? peers) ? peers : [];
    }

    /// <summary>The peer from <paramref name="library"/>, or null.</summary>
    public static Peer<T>? Find<T>(UnaryFunction<T> function, string library) => For(function).FirstOrDefault(p => p.Library == library);

    private static Peer<T>[] Peers<T, TOperation>(SpanFunction<T> tensorPrimitives) where TOperation : DotNetMathPeers.IOperation<T> =>
    [
        new(TensorPrimitivesName, tensorPrimitives),
        new(Vector512Name, DotNetMathPeers.Vector512Loop<T, TOperation>),
        new(ScalarName, DotNetMathPeers.ScalarLoop<T, TOperation>),
    ];
}
