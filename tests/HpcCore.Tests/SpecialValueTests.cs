using System;
using HpcCore.Reference;
using Xunit;

namespace HpcCore.Tests;

/// <summary>
/// IEEE 754 / C99 Annex F special cases, stated here from the standards (not from the code), plus a check that at
/// every edge value a special result (NaN, ±∞, ±0) is exactly MPFR's correctly rounded one and what Math/MathF return.
/// </summary>
public class SpecialValueTests
{
    public static TheoryData<float, float> ExpSingleCases => new()
    {
        { float.NaN, float.NaN }, { float.PositiveInfinity, float.PositiveInfinity }, { float.NegativeInfinity, 0f },
        { 0f, 1f }, { -0f, 1f }, { 89f, float.PositiveInfinity }, { -104f, 0f }, { float.MaxValue, float.PositiveInfinity },
        { float.MinValue, 0f },
    };

    public static TheoryData<float, float> LogSingleCases => new()
    {
        { float.NaN, float.NaN }, { float.PositiveInfinity, float.PositiveInfinity }, { float.NegativeInfinity, float.NaN },
        { 0f, float.NegativeInfinity }, { -0f, float.NegativeInfinity }, { -1f, float.NaN }, { -float.Epsilon, float.NaN },
        { 1f, 0f },
    };

    public static TheoryData<double, double> ExpDoubleCases => new()
    {
        { double.NaN, double.NaN }, { double.PositiveInfinity, double.PositiveInfinity }, { double.NegativeInfinity, 0.0 },
        { 0.0, 1.0 }, { -0.0, 1.0 }, { 710.0, double.PositiveInfinity }, { -746.0, 0.0 }, { double.MaxValue, double.PositiveInfinity },
    };

    public static TheoryData<double, double> LogDoubleCases => new()
    {
        { double.NaN, double.NaN }, { double.PositiveInfinity, double.PositiveInfinity }, { double.NegativeInfinity, double.NaN },
        { 0.0, double.NegativeInfinity }, { -0.0, double.NegativeInfinity }, { -1.0, double.NaN }, { -double.Epsilon, double.NaN },
        { 1.0, 0.0 },
    };

    [Theory, MemberData(nameof(ExpSingleCases))]
    public void Exp_float_special_values(float x, float expected) => AssertSame(expected, HpcMath.Exp(x));

    [Theory, MemberData(nameof(LogSingleCases))]
    public void Log_float_special_values(float x, float expected) => AssertSame(expected, HpcMath.Log(x));

    [Theory, MemberData(nameof(ExpDoubleCases))]
    public void Exp_double_special_values(double x, double expected) => AssertSame(expected, HpcMath.Exp(x));

    [Theory, MemberData(nameof(LogDoubleCases))]
    public void Log_double_special_values(double x, double expected) => AssertSame(expected, HpcMath.Log(x));

    [Fact]
    public void Exp_gives_gradual_underflow_not_zero()
    {
        Assert.True(HpcMath.Exp(-100f) is > 0f and < 1.17549435e-38f);
        Assert.Equal(ExactFunction.Get("exp").CorrectlyRounded(-103.9f), HpcMath.Exp(-103.9f));
        Assert.True(HpcMath.Exp(-740.0) is > 0.0 and < 2.2250738585072014e-308);
    }

    [Fact]
    public void Log_of_subnormal_inputs_is_finite_and_accurate()
    {
        ExactFunction log = ExactFunction.Get("log");
        foreach (float x in new[] { float.Epsilon, 1e-40f, 1.1754942e-38f })
            Assert.True(log.Measure(x, HpcMath.Log(x)).UlpError <= 1.0, $"log({x:R})");
        foreach (double x in new[] { double.Epsilon, 1e-310, 2.2250738585072009e-308 })
            Assert.True(log.Measure(x, HpcMath.Log(x)).UlpError <= 1.0, $"log({x:R})");
    }

    [Fact]
    public void Special_results_at_edge_values_match_mpfr_and_Math_exactly()
    {
        foreach ((string name, Func<float, float> ours, Func<float, float> system) in new (string, Func<float, float>, Func<float, float>)[]
                 { ("exp", HpcMath.Exp, MathF.Exp), ("log", HpcMath.Log, MathF.Log) })
        {
            ExactFunction exact = ExactFunction.Get(name);
            foreach (float x in EdgeValues.Single)
            {
                float expected = exact.CorrectlyRounded(x);
                if (float.IsFinite(expected) && expected != 0)
                    continue;
                AssertSame(expected, ours(x), $"{name}({x:R})");
                AssertSame(system(x), ours(x), $"{name}({x:R}) vs MathF");
            }
        }

        foreach ((string name, Func<double, double> ours, Func<double, double> system) in new (string, Func<double, double>, Func<double, double>)[]
                 { ("exp", HpcMath.Exp, Math.Exp), ("log", HpcMath.Log, Math.Log) })
        {
            ExactFunction exact = ExactFunction.Get(name);
            foreach (double x in EdgeValues.Double)
            {
                double expected = exact.CorrectlyRounded(x);
                if (double.IsFinite(expected) && expected != 0)
                    continue;
                AssertSame(expected, ours(x), $"{name}({x:R})");
                AssertSame(system(x), ours(x), $"{name}({x:R}) vs Math");
            }
        }
    }

    /// <summary>Equal as IEEE values and in the sign of zero; any NaN matches any NaN (payloads are not part of the contract).</summary>
    private static void AssertSame(float expected, float actual, string what = "")
    {
        if (float.IsNaN(expected))
            Assert.True(float.IsNaN(actual), $"{what}: expected NaN, got {actual:R}");
        else
            Assert.True(expected.Equals(actual) && float.IsNegative(expected) == float.IsNegative(actual), $"{what}: expected {expected:R}, got {actual:R}");
    }

    private static void AssertSame(double expected, double actual, string what = "")
    {
        if (double.IsNaN(expected))
            Assert.True(double.IsNaN(actual), $"{what}: expected NaN, got {actual:R}");
        else
            Assert.True(expected.Equals(actual) && double.IsNegative(expected) == double.IsNegative(actual), $"{what}: expected {expected:R}, got {actual:R}");
    }
}
