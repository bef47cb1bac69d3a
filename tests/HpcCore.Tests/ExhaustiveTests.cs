using System;
using System.IO;
using System.Linq;
using FsCheck.Fluent;
using HpcCore.Catalog;
using HpcCore.Reference;
using Xunit;
using Xunit.Abstractions;

namespace HpcCore.Tests;

/// <summary>
/// Every float function on all 2^32 inputs against MPFR, and every double function on 10^7 hard inputs (both results of
/// functions with two, such as SinCos): the proof behind each bound. Two-argument functions: 10^8 hard float pairs (PairInputs) and 10^7 hard double pairs. Long (minutes per function), so it runs in its own Cake target (TestExhaustive) and is filtered out of
/// the default test run.
/// Each result is also appended to artifacts/exhaustive-accuracy.md.
/// </summary>
[Trait("Category", "Exhaustive")]
public class ExhaustiveTests(ITestOutputHelper output)
{
    [Theory, MemberData(nameof(Functions.SingleNames), MemberType = typeof(Functions))]
    public void Float_function_is_within_its_bound_on_every_input(string name)
    {
        UnaryFunction<float> f = Functions.Single(name);
        AccuracyResult result = AccuracySweep.AllFloats(f);
        Write(result, f.MaxUlp);
        Assert.Equal(1L << 32, result.Inputs);
        Assert.True(result.MaxUlp <= f.MaxUlp, $"{f}: {result.MaxUlp} ULP at x = {result.WorstInput}");
        if (f.MaxUlp == 0.5) // the correctly rounded tier: not one exception
            Assert.Equal(0, result.NotCorrectlyRounded);
    }

    [Theory, MemberData(nameof(Functions.SinglePairNames), MemberType = typeof(Functions))]
    public void Float_function_with_two_results_is_within_its_bound_on_every_input(string name)
    {
        PairFunction<float> f = Functions.SinglePair(name);
        AccuracyResult result = AccuracySweep.AllFloats(f);
        Write(result, f.MaxUlp);
        Assert.Equal(2L << 32, result.Inputs);                     // both results of every float
        Assert.True(result.MaxUlp <= f.MaxUlp, $"{f}: {result.MaxUlp} ULP at x = {result.WorstInput}");
    }

    private const int DoubleInputs = 10_000_000;
    private const int DoubleChunk = 250_000;

    [Theory, MemberData(nameof(Functions.DoubleNames), MemberType = typeof(Functions))]
    public void Double_function_is_within_its_bound_on_ten_million_hard_inputs(string name)
    {
        UnaryFunction<double> f = Functions.Double(name);
        MeasureHardDoubles(f.MaxUlp, inputs => AccuracySweep.Measure(f, inputs));
    }

    [Theory, MemberData(nameof(Functions.DoublePairNames), MemberType = typeof(Functions))]
    public void Double_function_with_two_results_is_within_its_bound_on_ten_million_hard_inputs(string name)
    {
        PairFunction<double> f = Functions.DoublePair(name);
        MeasureHardDoubles(f.MaxUlp, inputs => AccuracySweep.Measure(f, inputs));
    }

    /// <summary>Edge values plus 10^7 draws from the hard-input generator, measured in chunks on every core.</summary>
    private void MeasureHardDoubles(double bound, System.Func<double[], AccuracyResult> measure)
    {
        AccuracyResult[] chunks = new AccuracyResult[DoubleInputs / DoubleChunk];
        System.Threading.Tasks.Parallel.For(0, chunks.Length, i =>
        {
            double[] inputs = i == 0 ? [.. EdgeValues.Double, .. HardInputs.Double.Sample(DoubleChunk)] : [.. HardInputs.Double.Sample(DoubleChunk)];
            chunks[i] = measure(inputs);
        });
        AccuracyResult result = chunks.Aggregate((a, b) => a.Merge(b));
        Write(result, bound);
        Assert.True(result.Inputs >= DoubleInputs);
        Assert.True(result.MaxUlp <= bound, $"{result.Function}: {result.MaxUlp} ULP at x = {result.WorstInput}");
    }

    private const int SinglePairs = 100_000_000;
    private const int PairChunk = 1 << 20;

    [Theory, MemberData(nameof(Functions.SingleBinaryNames), MemberType = typeof(Functions))]
    public void Float_two_argument_function_is_within_its_bound_on_a_hundred_million_hard_pairs(string name) =>
        MeasurePairs(Functions.SingleBinary(name).MaxUlp, SinglePairs, i =>
        {
            BinaryFunction<float> f = Functions.SingleBinary(name);
            (float[] x, float[] y) = i == 0 ? PairInputs.Single(PairChunk, seed: 1) : Fill<float>(PairInputs.FillSingle, i);
            return AccuracySweep.Measure(f, x, y);
        });

    [Theory, MemberData(nameof(Functions.DoubleBinaryNames), MemberType = typeof(Functions))]
    public void Double_two_argument_function_is_within_its_bound_on_ten_million_hard_pairs(string name) =>
        MeasurePairs(Functions.DoubleBinary(name).MaxUlp, DoubleInputs, i =>
        {
            BinaryFunction<double> f = Functions.DoubleBinary(name);
            (double[] x, double[] y) = i == 0 ? PairInputs.Double(DoubleChunk, seed: 1) : Fill<double>(PairInputs.FillDouble, i, DoubleChunk);
            return AccuracySweep.Measure(f, x, y);
        }, DoubleChunk);

    /// <summary>Chunk 0 holds every pair of edge values; the others are independent draws seeded by their index.</summary>
    private void MeasurePairs(double bound, int pairs, System.Func<int, AccuracyResult> chunk, int chunkSize = PairChunk)
    {
        AccuracyResult[] chunks = new AccuracyResult[(pairs + chunkSize - 1) / chunkSize];
        System.Threading.Tasks.Parallel.For(0, chunks.Length, i => chunks[i] = chunk(i));
        AccuracyResult result = chunks.Aggregate((a, b) => a.Merge(b));
        Write(result, bound);
        Assert.True(result.Inputs >= pairs);
        Assert.True(result.MaxUlp <= bound, $"{result.Function}: {result.MaxUlp} ULP at {result.WorstInput}");
    }

    private static (T[] X, T[] Y) Fill<T>(PairFill<T> fill, int seed, int size = PairChunk)
    {
        T[] x = new T[size], y = new T[size];
        fill(new Random(seed), x, y);
        return (x, y);
    }

    /// <summary>The result as a row of the accuracy table: to the test output and to the artifacts file.</summary>
    private void Write(AccuracyResult result, double bound)
    {
        string line = $"| {result.Function} | {bound:0.0##} | {result.MaxUlp:0.0000} | {result.WorstInput} | {result.NotCorrectlyRounded:N0} of {result.Inputs:N0} |";
        output.WriteLine(line);
        Record(line);
    }

    private static void Record(string line)
    {
        string directory = Environment.GetEnvironmentVariable("HPCCORE_ARTIFACTS") ?? Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, "exhaustive-accuracy.md");
        lock (typeof(ExhaustiveTests))
        {
            if (!File.Exists(path))
                File.WriteAllText(path, "| Function | Declared bound (ULP) | Max error (ULP) | at x | Not correctly rounded |\n|---|---:|---:|---:|---:|\n");
            File.AppendAllText(path, line + "\n");
        }
    }
}
