using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics.Tensors;
using HpcCore.Catalog;

namespace HpcCore.Peers;

/// <summary>
/// The peers of each catalog function by name: the table that benchmarks and <c>hpccore report</c> share.
/// A function missing here simply has no peer to compare with. SLEEF joins where its shim is built (<see cref="SleefPeers"/>).
/// </summary>
public static class PeerCatalog
{
    public const string TensorPrimitivesName = "TensorPrimitives";
    public const string Vector512Name = "Vector512";
    public const string ScalarName = "Math loop";

    public const string SleefName = SleefPeers.LibraryName;

    private static readonly Dictionary<string, Peer<float>[]> single = new()
    {
        ["Exp"] = Vectorized<float, DotNetMathPeers.ExpSingle>(TensorPrimitives.Exp),
        ["Log"] = Vectorized<float, DotNetMathPeers.LogSingle>(TensorPrimitives.Log),
        ["Log2"] = Vectorized<float, DotNetMathPeers.Log2Single>(TensorPrimitives.Log2),
        ["Exp2"] = Scalar<float, DotNetMathPeers.Exp2<float>>(TensorPrimitives.Exp2),
        ["Exp10"] = Scalar<float, DotNetMathPeers.Exp10<float>>(TensorPrimitives.Exp10),
        ["ExpM1"] = Scalar<float, DotNetMathPeers.ExpM1<float>>(TensorPrimitives.ExpM1),
        ["Log10"] = Scalar<float, DotNetMathPeers.Log10<float>>(TensorPrimitives.Log10),
        ["LogP1"] = Scalar<float, DotNetMathPeers.LogP1<float>>(TensorPrimitives.LogP1),
        ["Sinh"] = Scalar<float, DotNetMathPeers.Sinh<float>>(TensorPrimitives.Sinh),
        ["Cosh"] = Scalar<float, DotNetMathPeers.Cosh<float>>(TensorPrimitives.Cosh),
        ["Tanh"] = Scalar<float, DotNetMathPeers.Tanh<float>>(TensorPrimitives.Tanh),
        ["Sin"] = Vectorized<float, DotNetMathPeers.SinSingle>(TensorPrimitives.Sin),
        ["Cos"] = Vectorized<float, DotNetMathPeers.CosSingle>(TensorPrimitives.Cos),
        ["Tan"] = Scalar<float, DotNetMathPeers.Tan<float>>(TensorPrimitives.Tan),
        ["SinPi"] = Scalar<float, DotNetMathPeers.SinPi<float>>(TensorPrimitives.SinPi),
        ["CosPi"] = Scalar<float, DotNetMathPeers.CosPi<float>>(TensorPrimitives.CosPi),
        ["Atan"] = Scalar<float, DotNetMathPeers.Atan<float>>(TensorPrimitives.Atan),
        ["Asin"] = Scalar<float, DotNetMathPeers.Asin<float>>(TensorPrimitives.Asin),
        ["Acos"] = Scalar<float, DotNetMathPeers.Acos<float>>(TensorPrimitives.Acos),
        ["Atanh"] = Scalar<float, DotNetMathPeers.Atanh<float>>(TensorPrimitives.Atanh),
        ["Asinh"] = Scalar<float, DotNetMathPeers.Asinh<float>>(TensorPrimitives.Asinh),
        ["Acosh"] = Scalar<float, DotNetMathPeers.Acosh<float>>(TensorPrimitives.Acosh),
        ["Cbrt"] = Scalar<float, DotNetMathPeers.Cbrt<float>>(TensorPrimitives.Cbrt),
    };

    private static readonly Dictionary<string, Peer<double>[]> @double = new()
    {
        ["Exp"] = Vectorized<double, DotNetMathPeers.ExpDouble>(TensorPrimitives.Exp),
        ["Log"] = Vectorized<double, DotNetMathPeers.LogDouble>(TensorPrimitives.Log),
        ["Log2"] = Vectorized<double, DotNetMathPeers.Log2Double>(TensorPrimitives.Log2),
        ["Exp2"] = Scalar<double, DotNetMathPeers.Exp2<double>>(TensorPrimitives.Exp2),
        ["Exp10"] = Scalar<double, DotNetMathPeers.Exp10<double>>(TensorPrimitives.Exp10),
        ["ExpM1"] = Scalar<double, DotNetMathPeers.ExpM1<double>>(TensorPrimitives.ExpM1),
        ["Log10"] = Scalar<double, DotNetMathPeers.Log10<double>>(TensorPrimitives.Log10),
        ["LogP1"] = Scalar<double, DotNetMathPeers.LogP1<double>>(TensorPrimitives.LogP1),
        ["Sinh"] = Scalar<double, DotNetMathPeers.Sinh<double>>(TensorPrimitives.Sinh),
        ["Cosh"] = Scalar<double, DotNetMathPeers.Cosh<double>>(TensorPrimitives.Cosh),
        ["Tanh"] = Scalar<double, DotNetMathPeers.Tanh<double>>(TensorPrimitives.Tanh),
        ["Sin"] = Vectorized<double, DotNetMathPeers.SinDouble>(TensorPrimitives.Sin),
        ["Cos"] = Vectorized<double, DotNetMathPeers.CosDouble>(TensorPrimitives.Cos),
        ["Tan"] = Scalar<double, DotNetMathPeers.Tan<double>>(TensorPrimitives.Tan),
        ["SinPi"] = Scalar<double, DotNetMathPeers.SinPi<double>>(TensorPrimitives.SinPi),
        ["CosPi"] = Scalar<double, DotNetMathPeers.CosPi<double>>(TensorPrimitives.CosPi),
        ["Atan"] = Scalar<double, DotNetMathPeers.Atan<double>>(TensorPrimitives.Atan),
        ["Asin"] = Scalar<double, DotNetMathPeers.Asin<double>>(TensorPrimitives.Asin),
        ["Acos"] = Scalar<double, DotNetMathPeers.Acos<double>>(TensorPrimitives.Acos),
        ["Atanh"] = Scalar<double, DotNetMathPeers.Atanh<double>>(TensorPrimitives.Atanh),
        ["Asinh"] = Scalar<double, DotNetMathPeers.Asinh<double>>(TensorPrimitives.Asinh),
        ["Acosh"] = Scalar<double, DotNetMathPeers.Acosh<double>>(TensorPrimitives.Acosh),
        ["Cbrt"] = Scalar<double, DotNetMathPeers.Cbrt<double>>(TensorPrimitives.Cbrt),
    };

    private static readonly Dictionary<string, BinaryPeer<float>[]> singleBinary = new()
    {
        ["Atan2"] = Binary<float, DotNetMathPeers.Atan2<float>>(TensorPrimitives.Atan2),
        ["Hypot"] = Binary<float, DotNetMathPeers.Hypot<float>>(TensorPrimitives.Hypot),
        ["Pow"] = Binary<float, DotNetMathPeers.Pow<float>>(TensorPrimitives.Pow),
    };

    private static readonly Dictionary<string, BinaryPeer<double>[]> doubleBinary = new()
    {
        ["Atan2"] = Binary<double, DotNetMathPeers.Atan2<double>>(TensorPrimitives.Atan2),
        ["Hypot"] = Binary<double, DotNetMathPeers.Hypot<double>>(TensorPrimitives.Hypot),
        ["Pow"] = Binary<double, DotNetMathPeers.Pow<double>>(TensorPrimitives.Pow),
    };

    /// <summary>The peers of <paramref name="function"/>, or none.</summary>
    /// <summary>
    /// The peer of a function with two results from <paramref name="library"/>: for SinCos, TensorPrimitives.SinCos,
    /// Vector512.SinCos over the span, a scalar T.SinCos loop, or SLEEF's sincos through the shim; null otherwise.
    /// </summary>
    public static Action<T[], T[], T[]>? Find<T>(PairFunction<T> function, string library) where T : System.Numerics.ITrigonometricFunctions<T>
    {
        if (function.Name != "SinCos")
            return null;
        return library switch
        {
            TensorPrimitivesName => (x, sin, cos) => TensorPrimitives.SinCos<T>(x, sin, cos),
            Vector512Name => DotNetMathPeers.Vector512SinCos<T>(),
            ScalarName => (x, sin, cos) =>
            {
                for (int i = 0; i < x.Length; i++)
                    (sin[i], cos[i]) = T.SinCos(x[i]);
            },
            SleefName when SleefPeers.For(function) is { } sleef => (x, first, second) => sleef(x, first, second),
            _ => null,
        };
    }

    private static readonly Dictionary<string, Peer<float>[]> singleActivations = ActivationPeers.For<float>();
    private static readonly Dictionary<string, Peer<double>[]> doubleActivations = ActivationPeers.For<double>();
    private static readonly Dictionary<string, BinaryPeer<float>[]> singleBinaryActivations = ActivationPeers.BinaryFor<float>();
    private static readonly Dictionary<string, BinaryPeer<double>[]> doubleBinaryActivations = ActivationPeers.BinaryFor<double>();

    public static IReadOnlyList<Peer<T>> For<T>(UnaryFunction<T> function)
    {
        // Activations are catalogued by name in HpcCore.Activations (no HpcMath function shares one but Tanh, which is HpcMath's).
        object table = typeof(T) == typeof(float) ? single : @double;
        object activations = typeof(T) == typeof(float) ? singleActivations : doubleActivations;
        Peer<T>[] dotNet = ((Dictionary<string, Peer<T>[]>)table).TryGetValue(function.Name, out Peer<T>[]? peers) ? peers
            : ((Dictionary<string, Peer<T>[]>)activations).TryGetValue(function.Name, out peers) ? peers : [];
        return SleefPeers.For(function) is { } sleef ? [.. dotNet, new Peer<T>(SleefName, sleef)] : dotNet;
    }

    /// <summary>The peer from <paramref name="library"/>, or null.</summary>
    public static Peer<T>? Find<T>(UnaryFunction<T> function, string library) => For(function).FirstOrDefault(p => p.Library == library);

    /// <summary>The peers of the two-argument <paramref name="function"/>, or none.</summary>
    public static IReadOnlyList<BinaryPeer<T>> For<T>(BinaryFunction<T> function)
    {
        object table = typeof(T) == typeof(float) ? singleBinary : doubleBinary;
        object activations = typeof(T) == typeof(float) ? singleBinaryActivations : doubleBinaryActivations;
        BinaryPeer<T>[] dotNet = ((Dictionary<string, BinaryPeer<T>[]>)table).TryGetValue(function.Name, out BinaryPeer<T>[]? peers) ? peers
            : ((Dictionary<string, BinaryPeer<T>[]>)activations).TryGetValue(function.Name, out peers) ? peers : [];
        return SleefPeers.For(function) is { } sleef ? [.. dotNet, new BinaryPeer<T>(SleefName, sleef)] : dotNet;
    }

    /// <summary>The peer from <paramref name="library"/>, or null.</summary>
    public static BinaryPeer<T>? Find<T>(BinaryFunction<T> function, string library) => For(function).FirstOrDefault(p => p.Library == library);

    /// <summary>Two-argument functions: TensorPrimitives and the scalar loop (.NET has no Vector512 versions).</summary>
    private static BinaryPeer<T>[] Binary<T, TOperation>(BinarySpanFunction<T> tensorPrimitives) where TOperation : DotNetMathPeers.IBinaryOperation<T> =>
    [
        new(TensorPrimitivesName, tensorPrimitives),
        new(ScalarName, DotNetMathPeers.ScalarLoop<T, TOperation>),
    ];

    private static Peer<T>[] Vectorized<T, TOperation>(SpanFunction<T> tensorPrimitives) where TOperation : DotNetMathPeers.IOperation<T> =>
    [
        new(TensorPrimitivesName, tensorPrimitives),
        new(Vector512Name, DotNetMathPeers.Vector512Loop<T, TOperation>),
        new(ScalarName, DotNetMathPeers.ScalarLoop<T, TOperation>),
    ];

    /// <summary>Functions .NET has no Vector512 version of: TensorPrimitives and the scalar loop.</summary>
    private static Peer<T>[] Scalar<T, TOperation>(SpanFunction<T> tensorPrimitives) where TOperation : DotNetMathPeers.IScalarOperation<T> =>
    [
        new(TensorPrimitivesName, tensorPrimitives),
        new(ScalarName, DotNetMathPeers.ScalarLoop<T, TOperation>),
    ];
}
