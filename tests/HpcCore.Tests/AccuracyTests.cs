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

    [Theory, MemberData(nameof(Functions.SingleNames), MemberType = typeof(Functions))]
    public void Float_scalar_results_are_within_the_declared_bound(string name)
    {
        UnaryFunction<float> f = Functions.Single(name);
        ExactFunction exact = ExactFunction.Get(f.Reference);
        Property property = Prop.ForAll(HardInputs.Single.ToArbitrary(),
            x => (exact.Measure(x, f.Scalar(x)).UlpError <= f.MaxUlp).Label($"{f}({x:R}) = {f.Scalar(x):R}, correctly rounded {exact.CorrectlyRounded(x):R}"));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(PropertyTests).WithQuietOnSuccess(true), property);
    }

    [Theory, MemberData(nameof(Functions.DoubleNames), MemberType = typeof(Functions))]
    public void Double_scalar_results_are_within_the_declared_bound(string name)
    {
        UnaryFunction<double> f = Functions.Double(name);
        ExactFunction exact = ExactFunction.Get(f.Reference);
        Property property = Prop.ForAll(HardInputs.Double.ToArbitrary(),
            x => (exact.Measure(x, f.Scalar(x)).UlpError <= f.MaxUlp).Label($"{f}({x:R}) = {f.Scalar(x):R}, correctly rounded {exact.CorrectlyRounded(x):R}"));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(PropertyTests).WithQuietOnSuccess(true), property);
    }

    [Theory, MemberData(nameof(Functions.SingleNames), MemberType = typeof(Functions))]
    public void Float_sweep_of_a_million_hard_inputs_stays_within_the_bound(string name)
    {
        UnaryFunction<float> f = Functions.Single(name);
        float[] inputs = [.. EdgeValues.Single, .. HardInputs.Single.Sample(SweepInputs)];
        AccuracyResult result = AccuracySweep.Measure(f, inputs);
        output.WriteLine($"{result.Function}: max {result.MaxUlp:F4} ULP at {result.WorstInput:R}, {result.NotCorrectlyRounded} of {result.Inputs} not correctly rounded");
        Assert.True(result.MaxUlp <= f.MaxUlp, $"{f}: {result.MaxUlp} ULP at x = {result.WorstInput:R}");
    }

    [Theory, MemberData(nameof(Functions.DoubleNames), MemberType = typeof(Functions))]
    public void Double_sweep_of_a_million_hard_inputs_stays_within_the_bound(string name)
    {
        UnaryFunction<double> f = Functions.Double(name);
        double[] inputs = [.. EdgeValues.Double, .. HardInputs.Double.Sample(SweepInputs)];
        AccuracyResult result = AccuracySweep.Measure(f, inputs);
        output.WriteLine($"{result.Function}: max {result.MaxUlp:F4} ULP at {result.WorstInput:R}, {result.NotCorrectlyRounded} of {result.Inputs} not correctly rounded");
        Assert.True(result.MaxUlp <= f.MaxUlp, $"{f}: {result.MaxUlp} ULP at x = {result.WorstInput:R}");
    }
}
