using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using HpcCore.Catalog;
using HpcCore.Peers;
using HpcCore.Reference;

namespace HpcCore.Cli.Report;

/// <summary>Measures one catalog function: accuracy against MPFR (sample or exhaustive) and throughput against TensorPrimitives and SLEEF.</summary>
public static class ReportBuilder
{
    public static ReportRow Measure<T>(FunctionInfo function, ReportOptions options, IProgress<double> progress)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        AccuracyResult accuracy = MeasureAccuracy(function, options, progress);

        var workload = Workload<T>.Create(function, options.Length);
        Action? tensorPrimitives = workload.Peer(PeerCatalog.TensorPrimitivesName), sleef = workload.Peer(PeerCatalog.SleefName);
        Throughput.WarmUp([workload.HpcCore, .. new[] { tensorPrimitives, sleef }.OfType<Action>()]);
        double ours = Throughput.NanosecondsPerElement(workload.HpcCore, workload.Length);
        double? theirs = tensorPrimitives is null ? null : Throughput.NanosecondsPerElement(tensorPrimitives, workload.Length);
        double? sleefs = sleef is null ? null : Throughput.NanosecondsPerElement(sleef, workload.Length);
        progress.Report(1);

        return new ReportRow(function.ToString(), function.Domain, function.MaxUlp, accuracy.MaxUlp, accuracy.WorstInput,
            accuracy.Inputs, accuracy.NotCorrectlyRounded, accuracy.Exhaustive, ours, theirs, sleefs);
    }

    /// <summary>
    /// Float functions of one argument (one result or two): a sample or all 2^32 inputs; double functions: a sample; two- and three-argument
    /// functions: that many hard pairs or triples (PairInputs), exhaustive or not. Functions whose reference is a composite of MPFR
    /// functions (the activations, about ten times as slow to evaluate) get a tenth of the sample.
    /// </summary>
    private static AccuracyResult MeasureAccuracy(FunctionInfo function, ReportOptions options, IProgress<double> progress)
    {
        if (function is not PairFunction && ExactFunction.Get(function.Reference, function.Arity).IsComposite)
            options = options with { Samples = options.Samples / 10 };
        switch (function)
        {
            case UnaryFunction<float> single when options.Exhaustive:
                return AccuracySweep.AllFloats(single, progress);
            case UnaryFunction<float> single:
            {
                float[] x = SampleInputs.Single(options.Samples);
                return MeasureInParallel(single.ToString(), x.Length, r => AccuracySweep.Measure(single, x.AsSpan(r)), progress);
            }
            case UnaryFunction<double> @double:
            {
                double[] x = SampleInputs.Double(options.Samples);
                return MeasureInParallel(@double.ToString(), x.Length, r => AccuracySweep.Measure(@double, x.AsSpan(r)), progress);
            }
            case BinaryFunction<float> single:
            {
                (float[] x, float[] y) = PairInputs.Single(options.Samples);
                return MeasureInParallel(single.ToString(), x.Length, r => AccuracySweep.Measure(single, x.AsSpan(r), y.AsSpan(r)), progress);
            }
            case BinaryFunction<double> @double:
            {
                (double[] x, double[] y) = PairInputs.Double(options.Samples);
                return MeasureInParallel(@double.ToString(), x.Length, r => AccuracySweep.Measure(@double, x.AsSpan(r), y.AsSpan(r)), progress);
            }
            case TernaryFunction<float> single:
            {
                (float[] x, float[] y, float[] z) = PairInputs.SingleTriples(options.Samples);
                return MeasureInParallel(single.ToString(), x.Length, r => AccuracySweep.Measure(single, x.AsSpan(r), y.AsSpan(r), z.AsSpan(r)), progress);
            }
            case TernaryFunction<double> @double:
            {
                (double[] x, double[] y, double[] z) = PairInputs.DoubleTriples(options.Samples);
                return MeasureInParallel(@double.ToString(), x.Length, r => AccuracySweep.Measure(@double, x.AsSpan(r), y.AsSpan(r), z.AsSpan(r)), progress);
            }
            case PairFunction<float> single when options.Exhaustive:
                return AccuracySweep.AllFloats(single, progress);
            case PairFunction<float> single:
            {
                float[] x = SampleInputs.Single(options.Samples);
                return MeasureInParallel(single.ToString(), x.Length, r => AccuracySweep.Measure(single, x.AsSpan(r)), progress);
            }
            case PairFunction<double> @double:
            {
                double[] x = SampleInputs.Double(options.Samples);
                return MeasureInParallel(@double.ToString(), x.Length, r => AccuracySweep.Measure(@double, x.AsSpan(r)), progress);
            }
            default:
                throw new NotSupportedException($"The report cannot measure {function}.");
        }
    }

    /// <summary>MPFR is the slow part: split the inputs (0 to <paramref name="count"/>) over all cores.</summary>
    private static AccuracyResult MeasureInParallel(string name, int count, Func<Range, AccuracyResult> measure, IProgress<double> progress)
    {
        const int chunk = 1 << 16;
        int chunks = (count + chunk - 1) / chunk, done = 0;
        AccuracyResult total = new(name, 0, 0, "none", 0, false);
        object gate = new();
        System.Threading.Tasks.Parallel.For(0, chunks, i =>
        {
            AccuracyResult part = measure((i * chunk)..Math.Min(count, (i + 1) * chunk));
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
