using System;
using System.Collections.Generic;
using System.Numerics;
using System.Numerics.Tensors;
using HpcCore.Catalog;

namespace HpcCore.Peers;

/// <summary>
/// The activations as a TensorPrimitives user writes them: TensorPrimitives.Sigmoid and Tanh where it has them, else
/// a chain of its span calls (GeluTanh is eight of them), each a pass over memory; the fused HpcCore definition makes
/// one. The chains are the textbook formulas, with their overflows (softplus(100) is ∞ here). Exact GELU has no
/// TensorPrimitives form (no erf), so it has no peer.
/// </summary>
internal static class ActivationPeers
{
    [ThreadStatic] private static object? scratch;

    public static Dictionary<string, Peer<T>[]> For<T>() where T : unmanaged, IFloatingPointIeee754<T>
    {
        T zero = T.Zero, one = T.One, half = T.CreateChecked(0.5);
        return new()
        {
            ["Relu"] = Composed<T>((x, d) => TensorPrimitives.Max(x, zero, d)),
            ["LeakyRelu"] = Composed<T>((x, d) =>
            {
                TensorPrimitives.Multiply(x, T.CreateChecked(0.01), d);
                TensorPrimitives.Max(x, d, d);                            // max(x, 0.01x) for a slope below 1
            }),
            ["HardTanh"] = Composed<T>((x, d) => TensorPrimitives.Clamp(x, -one, one, d)),
            ["HardSigmoid"] = Composed<T>((x, d) =>
            {
                TensorPrimitives.Add(x, T.CreateChecked(3), d);
                TensorPrimitives.Divide(d, T.CreateChecked(6), d);
                TensorPrimitives.Clamp(d, zero, one, d);
            }),
            ["HardSwish"] = Composed<T>((x, d) =>
            {
                TensorPrimitives.Add(x, T.CreateChecked(3), d);
                TensorPrimitives.Clamp(d, zero, T.CreateChecked(6), d);
                TensorPrimitives.Multiply(d, x, d);
                TensorPrimitives.Divide(d, T.CreateChecked(6), d);
            }),
            ["Softsign"] = Composed<T>((x, d) =>
            {
                TensorPrimitives.Abs(x, d);
                TensorPrimitives.Add(d, one, d);
                TensorPrimitives.Divide(x, d, d);
            }),
            ["Sigmoid"] = Composed<T>((x, d) => TensorPrimitives.Sigmoid(x, d)),
            ["Silu"] = Composed<T>((x, d) =>
            {
                TensorPrimitives.Sigmoid(x, d);
                TensorPrimitives.Multiply(x, d, d);
            }),
            ["LogSigmoid"] = Composed<T>((x, d) =>
            {
                TensorPrimitives.Negate(x, d);
                TensorPrimitives.Exp(d, d);
                TensorPrimitives.LogP1(d, d);
                TensorPrimitives.Negate(d, d);
            }),
            ["Softplus"] = Composed<T>((x, d) =>
            {
                TensorPrimitives.Exp(x, d);
                TensorPrimitives.LogP1(d, d);
            }),
            ["Mish"] = Composed<T>((x, d) =>
            {
                TensorPrimitives.Exp(x, d);
                TensorPrimitives.LogP1(d, d);
                TensorPrimitives.Tanh(d, d);
                TensorPrimitives.Multiply(x, d, d);
            }),
            ["Elu"] = Composed<T>((x, d) =>
            {
                TensorPrimitives.Min(x, zero, d);
                TensorPrimitives.ExpM1(d, d);
                TensorPrimitives.Max(x, d, d);                            // expm1(x) ≥ x: the max picks x above zero
            }),
            ["Celu"] = Composed<T>((x, d) =>
            {
                TensorPrimitives.Min(x, zero, d);
                TensorPrimitives.ExpM1(d, d);
                TensorPrimitives.Max(x, d, d);                            // α = 1
            }),
            ["Selu"] = Composed<T>((x, d) =>
            {
                Span<T> positive = Scratch<T>(x.Length);
                TensorPrimitives.Max(x, zero, positive);
                TensorPrimitives.Min(x, zero, d);
                TensorPrimitives.ExpM1(d, d);
                TensorPrimitives.Multiply(d, T.CreateChecked(1.6732632423543772848170429916717), d);
                TensorPrimitives.Add(d, positive, d);
                TensorPrimitives.Multiply(d, T.CreateChecked(1.0507009873554804934193349852946), d);
            }),
            ["GeluTanh"] = Composed<T>((x, d) =>
            {
                TensorPrimitives.Multiply(x, x, d);
                TensorPrimitives.Multiply(d, T.CreateChecked(0.044715), d);
                TensorPrimitives.Add(d, one, d);
                TensorPrimitives.Multiply(d, x, d);                       // x + 0.044715x³
                TensorPrimitives.Multiply(d, T.CreateChecked(0.7978845608028654), d);
                TensorPrimitives.Tanh(d, d);
                TensorPrimitives.Add(d, one, d);
                TensorPrimitives.Multiply(d, x, d);
                TensorPrimitives.Multiply(d, half, d);
            }),
        };
    }

    public static Dictionary<string, BinaryPeer<T>[]> BinaryFor<T>() where T : unmanaged, IFloatingPointIeee754<T> => new()
    {
        ["Prelu"] = [new(PeerCatalog.TensorPrimitivesName, (x, weight, d) =>
        {
            Span<T> negative = Scratch<T>(x.Length);
            TensorPrimitives.Min(x, T.Zero, negative);
            TensorPrimitives.Multiply(negative, weight, negative);
            TensorPrimitives.Max(x, T.Zero, d);
            TensorPrimitives.Add(d, negative, d);
        })],
    };

    private static Peer<T>[] Composed<T>(SpanFunction<T> compute) => [new(PeerCatalog.TensorPrimitivesName, compute)];

    /// <summary>A reused buffer for the chains that need a second array, so timing does not include an allocation.</summary>
    private static Span<T> Scratch<T>(int length)
    {
        if (scratch is not T[] buffer || buffer.Length < length)
            scratch = buffer = new T[length];
        return buffer.AsSpan(0, length);
    }
}
