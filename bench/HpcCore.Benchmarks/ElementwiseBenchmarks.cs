using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using BenchmarkDotNet.Attributes;
using HpcCore.Catalog;
using HpcCore.Peers;

namespace HpcCore.Benchmarks;

/// <summary>
/// Every catalog function (one or two arguments, or two results) against its peers (TensorPrimitives, .NET's Vector512 math, a scalar loop, SLEEF), over spans, at lengths that fit L1, L2 and neither, plus an
/// odd length that exercises the tail. The baseline is TensorPrimitives, so the Ratio column reads "time relative to it".
/// </summary>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class ElementwiseBenchmarks<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private Action hpcCore = null!, tensorPrimitives = null!, vector512 = null!, mathLoop = null!, sleef = null!;

    /// <summary>Restricts the functions (comma-separated catalog names), e.g. "Exp,Tanh"; all when unset.</summary>
    public const string FunctionsVariable = "HPCCORE_BENCH_FUNCTIONS";

    /// <summary>Restricts the lengths (comma-separated), e.g. "65536,1048576"; 1,024, 3,079, 65,536 and 1,048,576 when unset.</summary>
    public const string LengthsVariable = "HPCCORE_BENCH_LENGTHS";

    public static IEnumerable<string> Functions => Catalog.Where(f => f.ElementType == typeof(T)).Select(f => f.Name)
        .Where(name => Selected(FunctionsVariable) is not { } chosen || chosen.Contains(name));

    public static IEnumerable<int> Lengths => Selected(LengthsVariable)?.Select(int.Parse) ?? [1_024, 3_079, 65_536, 1_048_576];

    /// <summary>Every catalog entry: the one- and two-argument functions and those with two results (SinCos).</summary>
    private static IEnumerable<FunctionInfo> Catalog => FunctionCatalog.All.Concat(FunctionCatalog.Pairs);

    [ParamsSource(nameof(Functions))]
    public string Function { get; set; } = "";

    [ParamsSource(nameof(Lengths))]
    public int Length { get; set; }

    // Environment variables rather than arguments: BenchmarkDotNet runs each case in a child process, which inherits them.
    private static string[]? Selected(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } list ? list.Split(',', StringSplitOptions.TrimEntries) : null;

    [GlobalSetup]
    public void Setup()
    {
        FunctionInfo function = Catalog.Single(f => f.ElementType == typeof(T) && f.Name == Function);
        var workload = Workload<T>.Create(function, Length);
        hpcCore = workload.HpcCore;
        tensorPrimitives = PeerOrMissing(workload, function, PeerCatalog.TensorPrimitivesName);
        vector512 = PeerOrMissing(workload, function, PeerCatalog.Vector512Name);
        mathLoop = PeerOrMissing(workload, function, PeerCatalog.ScalarName);
        sleef = PeerOrMissing(workload, function, PeerCatalog.SleefName);
    }

    [Benchmark]
    public void HpcCore() => hpcCore();

    [Benchmark(Baseline = true)]
    public void TensorPrimitives() => tensorPrimitives();

    [Benchmark]
    public void Vector512() => vector512();

    [Benchmark]
    public void MathLoop() => mathLoop();

    [Benchmark]
    public void Sleef() => sleef();

    /// <summary>The peer, or a call that throws: BenchmarkDotNet then shows NA for a library without this function.</summary>
    private static Action PeerOrMissing(Workload<T> workload, FunctionInfo function, string library) =>
        workload.Peer(library)
        ?? (() => throw new NotSupportedException($"{library} has no {function}{(library == PeerCatalog.SleefName ? ": " + SleefPeers.Problem : "")}"));
}
