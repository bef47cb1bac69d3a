using System;
using System.Numerics;
using BenchmarkDotNet.Attributes;
using HpcCore.Peers;

namespace HpcCore.Benchmarks;

/// <summary>
/// Softmax, LogSoftmax and LogSumExp over 65,536 elements as long rows (64 × 1,024) and short ones (1,024 × 64: a
/// transformer's attention over a short context), against the TensorPrimitives versions (<see cref="RowPeers"/>). The
/// logits are standard-normal-like, where every version is accurate; the baseline is TensorPrimitives.
/// </summary>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class RowBenchmarks<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private T[] x = [], destination = [];
    private RowFunction<T> hpcCore = null!, tensorPrimitives = null!;

    public static string[] Functions => RowPeers.Names;

    [ParamsSource(nameof(Functions))]
    public string Function { get; set; } = "";

    [Params(1_024, 64)]
    public int Columns { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261127);
        x = new T[65_536];
        for (int i = 0; i < x.Length; i++)
            x[i] = T.CreateTruncating(3 * (random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5));
        destination = new T[Function == "LogSumExp" ? x.Length / Columns : x.Length];
        hpcCore = RowPeers.HpcCore<T>(Function);
        tensorPrimitives = RowPeers.TensorPrimitivesPeer<T>(Function);
    }

    [Benchmark]
    public void HpcCore() => hpcCore(x, Columns, destination);

    [Benchmark(Baseline = true)]
    public void TensorPrimitives() => tensorPrimitives(x, Columns, destination);
}
