using System;
using FsCheck;
using FsCheck.Fluent;
using HpcCore.Catalog;
using HpcCore.Reference;
using Xunit;
using Xunit.Abstractions;

namespace HpcCore.Tests;

/// <summary>
/// Every catalog function against MPFR: an FsCheck property on the scalar overload (it shrinks a failure to a
/// small counterexample), and a million-input sweep through the span overload reporting the largest error.
/// The exhaustive float sweep is in <see cref="ExhaustiveTests"/> (its own Cake target).
/// </summary>
public class AccuracyTests(ITestOutputHelper output)
{
    private const int PropertyTests = 100_000;
    private const int SweepInputs = 1_000_000;

    /// <summary>
    /// Composite references (activations, several 256-bit MPFR operations each) cost about ten times an MPFR call, so
    /// the default run checks them on a tenth of the inputs; the exhaustive target checks every float.
    /// </summary>
    private static int Scaled(int count, Catalog.FunctionInfo f) => ExactFunction.Get(f.Reference, f.Arity).IsComposite ? count / 10 : count;

    [Theory, MemberData(nameof(Functions.SingleNames), MemberType = typeof(Functions))]
    public void Float_scalar_results_are_within_the_declared_bound(string name)
    {
        UnaryFunction<float> f = Functions.Single(name);
        ExactFunction exact = ExactFunction.Get(f.Reference);
        Property property = Prop.ForAll(HardInputs.Single.ToArbitrary(),
            x => (exact.Measure(x, f.Scalar(x)).UlpError <= f.MaxUlp).Label($"{f}({x:R}) = {f.Scalar(x):R}, correctly rounded {exact.CorrectlyRounded(x):R}"));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Scaled(PropertyTests, f)).WithQuietOnSuccess(true), property);
    }

    [Theory, MemberData(nameof(Functions.DoubleNames), MemberType = typeof(Functions))]
    public void Double_scalar_results_are_within_the_declared_bound(string name)
    {
        UnaryFunction<double> f = Functions.Double(name);
        ExactFunction exact = ExactFunction.Get(f.Reference);
        Property property = Prop.ForAll(HardInputs.Double.ToArbitrary(),
            x => (exact.Measure(x, f.Scalar(x)).UlpError <= f.MaxUlp).Label($"{f}({x:R}) = {f.Scalar(x):R}, correctly rounded {exact.CorrectlyRounded(x):R}"));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Scaled(PropertyTests, f)).WithQuietOnSuccess(true), property);
    }

    [Theory, MemberData(nameof(Functions.SingleNames), MemberType = typeof(Functions))]
    public void Float_sweep_of_a_million_hard_inputs_stays_within_the_bound(string name)
    {
        UnaryFunction<float> f = Functions.Single(name);
        float[] inputs = [.. EdgeValues.Single, .. HardInputs.Single.Sample(Scaled(SweepInputs, f))];
        AccuracyResult result = AccuracySweep.Measure(f, inputs);
        output.WriteLine($"{result.Function}: max {result.MaxUlp:F4} ULP at {result.WorstInput}, {result.NotCorrectlyRounded} of {result.Inputs} not correctly rounded");
        Assert.True(result.MaxUlp <= f.MaxUlp, $"{f}: {result.MaxUlp} ULP at x = {result.WorstInput}");
    }

    [Theory, MemberData(nameof(Functions.DoubleNames), MemberType = typeof(Functions))]
    public void Double_sweep_of_a_million_hard_inputs_stays_within_the_bound(string name)
    {
        UnaryFunction<double> f = Functions.Double(name);
        double[] inputs = [.. EdgeValues.Double, .. HardInputs.Double.Sample(Scaled(SweepInputs, f))];
        AccuracyResult result = AccuracySweep.Measure(f, inputs);
        output.WriteLine($"{result.Function}: max {result.MaxUlp:F4} ULP at {result.WorstInput}, {result.NotCorrectlyRounded} of {result.Inputs} not correctly rounded");
        Assert.True(result.MaxUlp <= f.MaxUlp, $"{f}: {result.MaxUlp} ULP at x = {result.WorstInput}");
    }

    [Theory, MemberData(nameof(Functions.SingleBinaryNames), MemberType = typeof(Functions))]
    public void Float_two_argument_scalar_results_are_within_the_declared_bound(string name)
    {
        BinaryFunction<float> f = Functions.SingleBinary(name);
        ExactFunction exact = ExactFunction.Get(f.Reference, arity: 2);
        Property property = Prop.ForAll(Pairs<float>(PairInputs.FillSingle),
            p => (exact.Measure(p.X, p.Y, f.Scalar(p.X, p.Y)).UlpError <= f.MaxUlp)
                .Label($"{f.Name}({p.X:R}, {p.Y:R}) = {f.Scalar(p.X, p.Y):R}, correctly rounded {exact.CorrectlyRounded(p.X, p.Y):R}"));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Scaled(PropertyTests, f)).WithQuietOnSuccess(true), property);
    }

    [Theory, MemberData(nameof(Functions.DoubleBinaryNames), MemberType = typeof(Functions))]
    public void Double_two_argument_scalar_results_are_within_the_declared_bound(string name)
    {
        BinaryFunction<double> f = Functions.DoubleBinary(name);
        ExactFunction exact = ExactFunction.Get(f.Reference, arity: 2);
        Property property = Prop.ForAll(Pairs<double>(PairInputs.FillDouble),
            p => (exact.Measure(p.X, p.Y, f.Scalar(p.X, p.Y)).UlpError <= f.MaxUlp)
                .Label($"{f.Name}({p.X:R}, {p.Y:R}) = {f.Scalar(p.X, p.Y):R}, correctly rounded {exact.CorrectlyRounded(p.X, p.Y):R}"));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Scaled(PropertyTests, f)).WithQuietOnSuccess(true), property);
    }

    [Theory, MemberData(nameof(Functions.SingleBinaryNames), MemberType = typeof(Functions))]
    public void Float_two_argument_sweep_of_a_million_hard_pairs_stays_within_the_bound(string name)
    {
        BinaryFunction<float> f = Functions.SingleBinary(name);
        (float[] x, float[] y) = PairInputs.Single(Scaled(SweepInputs, f), seed: 4);
        AccuracyResult result = AccuracySweep.Measure(f, x, y);
        output.WriteLine($"{result.Function}: max {result.MaxUlp:F4} ULP at {result.WorstInput}, {result.NotCorrectlyRounded} of {result.Inputs} not correctly rounded");
        Assert.True(result.MaxUlp <= f.MaxUlp, $"{f}: {result.MaxUlp} ULP at {result.WorstInput}");
    }

    [Theory, MemberData(nameof(Functions.DoubleBinaryNames), MemberType = typeof(Functions))]
    public void Double_two_argument_sweep_of_a_million_hard_pairs_stays_within_the_bound(string name)
    {
        BinaryFunction<double> f = Functions.DoubleBinary(name);
        (double[] x, double[] y) = PairInputs.Double(Scaled(SweepInputs, f), seed: 4);
        AccuracyResult result = AccuracySweep.Measure(f, x, y);
        output.WriteLine($"{result.Function}: max {result.MaxUlp:F4} ULP at {result.WorstInput}, {result.NotCorrectlyRounded} of {result.Inputs} not correctly rounded");
        Assert.True(result.MaxUlp <= f.MaxUlp, $"{f}: {result.MaxUlp} ULP at {result.WorstInput}");
    }

    [Theory, MemberData(nameof(Functions.SingleTernaryNames), MemberType = typeof(Functions))]
    public void Float_three_argument_sweep_of_hard_triples_stays_within_the_bound(string name)
    {
        TernaryFunction<float> f = Functions.SingleTernary(name);
        (float[] x, float[] y, float[] z) = PairInputs.SingleTriples(Scaled(SweepInputs, f), seed: 4);
        AccuracyResult result = AccuracySweep.Measure(f, x, y, z);
        output.WriteLine($"{result.Function}: max {result.MaxUlp:F4} ULP at {result.WorstInput}, {result.NotCorrectlyRounded} of {result.Inputs} not correctly rounded");
        Assert.True(result.MaxUlp <= f.MaxUlp, $"{f}: {result.MaxUlp} ULP at {result.WorstInput}");
    }

    [Theory, MemberData(nameof(Functions.DoubleTernaryNames), MemberType = typeof(Functions))]
    public void Double_three_argument_sweep_of_hard_triples_stays_within_the_bound(string name)
    {
        TernaryFunction<double> f = Functions.DoubleTernary(name);
        (double[] x, double[] y, double[] z) = PairInputs.DoubleTriples(Scaled(SweepInputs, f), seed: 4);
        AccuracyResult result = AccuracySweep.Measure(f, x, y, z);
        output.WriteLine($"{result.Function}: max {result.MaxUlp:F4} ULP at {result.WorstInput}, {result.NotCorrectlyRounded} of {result.Inputs} not correctly rounded");
        Assert.True(result.MaxUlp <= f.MaxUlp, $"{f}: {result.MaxUlp} ULP at {result.WorstInput}");
    }

    /// <summary>
    /// FsCheck draws a seed and PairInputs turns it into one hard pair, so the property sees the same bias as the
    /// sweeps without a second generator.
    /// </summary>
    private static Arbitrary<(T X, T Y)> Pairs<T>(PairFill<T> fill) =>
        Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            T[] x = new T[1], y = new T[1];
            fill(new System.Random(seed), x, y);
            return (x[0], y[0]);
        }).ToArbitrary();
}
