using System;
using System.Numerics;
using System.Numerics.Tensors;

namespace HpcCore.Peers;

/// <summary>A row function over a rows × columns layout: x, the row length, the destination (one value per row for LogSumExp).</summary>
public delegate void RowFunction<T>(ReadOnlySpan<T> x, int columns, Span<T> destination);

/// <summary>
/// Softmax, LogSoftmax and LogSumExp as a TensorPrimitives user writes them, row by row: TensorPrimitives.SoftMax for
/// the first (it does not subtract the row's maximum: a logit above about 88 in float overflows to NaN); for the other
/// two, the stable chain of span calls (max, subtract, exp, sum, log), each a pass over the row.
/// </summary>
public static class RowPeers
{
    [ThreadStatic] private static object? scratch;

    /// <summary>The names this class and <c>Activations</c> both have.</summary>
    public static readonly string[] Names = ["Softmax", "LogSoftmax", "LogSumExp"];

    /// <summary>HpcCore's row function of that name.</summary>
    public static RowFunction<T> HpcCore<T>(string name) where T : unmanaged, IFloatingPointIeee754<T> =>
        (RowFunction<T>)(object)(typeof(T) == typeof(float)
            ? name switch
            {
                "Softmax" => (RowFunction<float>)Activations.Softmax,
                "LogSoftmax" => (RowFunction<float>)Activations.LogSoftmax,
                "LogSumExp" => (RowFunction<float>)Activations.LogSumExp,
                _ => throw new ArgumentException($"No row function {name}.", nameof(name)),
            }
            : name switch
            {
                "Softmax" => (RowFunction<double>)Activations.Softmax,
                "LogSoftmax" => (RowFunction<double>)Activations.LogSoftmax,
                "LogSumExp" => (RowFunction<double>)Activations.LogSumExp,
                _ => throw new ArgumentException($"No row function {name}.", nameof(name)),
            });

    /// <summary>The TensorPrimitives version of the row function of that name.</summary>
    public static RowFunction<T> TensorPrimitivesPeer<T>(string name) where T : unmanaged, IFloatingPointIeee754<T> => name switch
    {
        "Softmax" => (x, columns, d) => EachRow(x, columns, d, columns, (row, result) => TensorPrimitives.SoftMax(row, result)),
        "LogSoftmax" => (x, columns, d) => EachRow(x, columns, d, columns, (row, result) =>
        {
            T max = TensorPrimitives.Max(row);
            TensorPrimitives.Subtract(row, max, result);
            Span<T> terms = Scratch<T>(row.Length);
            TensorPrimitives.Exp(result, terms);
            TensorPrimitives.Subtract(result, T.Log(TensorPrimitives.Sum<T>(terms)), result);
        }),
        "LogSumExp" => (x, columns, d) => EachRow(x, columns, d, 1, (row, result) =>
        {
            T max = TensorPrimitives.Max(row);
            Span<T> terms = Scratch<T>(row.Length);
            TensorPrimitives.Subtract(row, max, terms);
            TensorPrimitives.Exp(terms, terms);
            result[0] = max + T.Log(TensorPrimitives.Sum<T>(terms));
        }),
        _ => throw new ArgumentException($"No row function {name}.", nameof(name)),
    };

    private delegate void RowBody<T>(ReadOnlySpan<T> row, Span<T> result);

    private static void EachRow<T>(ReadOnlySpan<T> x, int columns, Span<T> destination, int perRow, RowBody<T> body)
    {
        for (int row = 0; row < x.Length / columns; row++)
            body(x.Slice(row * columns, columns), destination.Slice(row * perRow, perRow));
    }

    /// <summary>A reused buffer, so timing does not include an allocation.</summary>
    private static Span<T> Scratch<T>(int length)
    {
        if (scratch is not T[] buffer || buffer.Length < length)
            scratch = buffer = new T[length];
        return buffer.AsSpan(0, length);
    }
}
