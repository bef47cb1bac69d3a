using System;
using System.Collections.Generic;
using System.Numerics;
using HpcCore.Catalog;
using HpcCore.Peers;
using HpcCore.Reference;

namespace HpcCore.Cli.Report;

/// <summary>Measures one catalog function: accuracy against MPFR (sample or exhaustive) and throughput against TensorPrimitives and SLEEF.</summary>
public static class ReportBuilder
{
    public static ReportRow Measure<T>(UnaryFunction<T> function, ReportOptions options, IProgress<double> progress)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        AccuracyResult accuracy = MeasureAccuracy(function, options, progress);

        T[] x = BenchmarkInputs.For<T>(function.Name, options.Length);
        double ours = Throughput.NanosecondsPerElement(function.Span, x);
        Peer<T>? tensorPrimitives = PeerCatalog.Find(function, PeerCatalog.TensorPrimitivesName);
        double? theirs = tensorPrimitives is null ? null : Throughput.NanosecondsPerElement(tensorPrimitives.Compute, x);
        Peer<T>? sleef = PeerCatalog.Find(function, PeerCatalog.SleefName);
        double? sleefs = sleef is null ? null : Throughput.NanosecondsPerElement(sleef.Compute, x);
        progress.Report(1);

        return new ReportRow(function.ToString(), function.Domain, function.MaxUlp, accuracy.MaxUlp, accuracy.WorstInput,
            accuracy.Inputs, accuracy.NotCorrectlyRounded, accuracy.Exhaustive, ours, theirs, sleefs);
    }

    private static AccuracyResult MeasureAccuracy<T>(UnaryFunction<T> function, ReportOptions options, IProgress<double> progress)
    {
        if (function is UnaryFunction<float> single)
            return options.Exhaustive
                ? AccuracySweep.AllFloats(single, progress)
                : MeasureInParallel(single.ToString(), SampleInputs.Single(options.Samples), chunk => AccuracySweep.Measure(single, chunk), progress);
        var @double = (UnaryFunction<double>)(object)function;
        return MeasureInParallel(@double.ToString(), SampleInputs.Double(options.Samples), chunk => AccuracySweep.Measure(@double, chunk), progress);
    }

    /// <summary>MPFR is the slow part: split the sample over all cores.</summary>
    private static AccuracyResult MeasureInParallel<T>(string name, T[] inputs, Func<T[], AccuracyResult> measure, IProgress<double> progress)
    {
        const int chunk = 1 << 16;
        int chunks = (inputs.Length + chunk - 1) / chunk, done = 0;
        AccuracyResult total = new(name, 0, 0, double.NaN, 0, false);
        object gate = new();
        System.Threading.Tasks.Parallel.For(0, chunks, i =>
        {
            AccuracyResult part = measure(inputs[(i * chunk)..Math.Min(inputs.Length, (i + 1) * chunk)]);
            lock (gate)
            {
                total = total.Merge(part);
                progress.Report(0.9 * ++done / chunks);
            }
        });
        return total;
    }
}

/// <summary>What <c>hpccore report</c> was asked to do.</summary>
public sealed record ReportOptions(int Samples, bool Exhaustive, int Length, string? MarkdownPath, string? Filter);
