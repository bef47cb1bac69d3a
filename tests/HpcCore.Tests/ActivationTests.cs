using System;
using System.Linq;
using HpcCore.Reference;
using Xunit;

namespace HpcCore.Tests;

/// <summary>
/// What the catalog-driven tests (bounds against MPFR, bit identity, OpenCL) do not cover for activations: saturation
/// and limits at large |x|, and scalar parameters other than the defaults the catalog uses.
/// </summary>
public class ActivationTests
{
    [Fact]
    public void Sigmoid_of_large_negative_inputs_is_the_correctly_rounded_tiny_value_and_zero_only_where_that_underflows()
    {
        ExactFunction sigmoid = ExactFunction.Get("sigmoid");
        Assert.Equal(sigmoid.CorrectlyRounded(-100f), Activations.Sigmoid(-100f));
        Assert.True(Activations.Sigmoid(-100f) is > 3.6e-44f and < 3.9e-44f, "σ(−100) is the subnormal 3.7e-44");
        Assert.True(Activations.Sigmoid(-740.0) > 0 && double.IsSubnormal(Activations.Sigmoid(-740.0)));
        for (float x = -120f; x <= 120f; x += 0.125f)
        {
            float y = Activations.Sigmoid(x);
            Assert.False(float.IsNaN(y), $"σ({x}) is NaN");
            Assert.True(y != 0 || sigmoid.CorrectlyRounded(x) == 0, $"σ({x}) is 0 but the true value rounds to {sigmoid.CorrectlyRounded(x)}");
            Assert.True(Math.Abs(sigmoid.Measure(x, y).UlpError) <= 0.51, $"σ({x}) = {y}");
        }
        Assert.Equal(0f, Activations.Sigmoid(float.NegativeInfinity));
        Assert.Equal(1f, Activations.Sigmoid(float.PositiveInfinity));
    }

    [Theory]
    [InlineData("Silu")]
    [InlineData("Gelu")]
    [InlineData("GeluTanh")]
    [InlineData("Mish")]
    [InlineData("Softplus")]
    public void Gated_activations_reach_their_limits_at_large_magnitudes(string name)
    {
        var f = Functions.Single(name);
        var g = Functions.Double(name);
        foreach (float x in new[] { 100f, 1e10f, 1e30f, float.MaxValue, float.PositiveInfinity })
        {
            Assert.Equal(x, f.Scalar(x));      // f(x) → x
            Assert.Equal((double)x, g.Scalar(x));
        }
        foreach (float x in new[] { -1e3f, -1e10f, -1e30f, float.MinValue, float.NegativeInfinity })
        {
            Assert.Equal(0f, Math.Abs(f.Scalar(x)));   // → 0 (Softplus from above, the others from below: ±0, never NaN)
            Assert.Equal(0.0, Math.Abs(g.Scalar(x)));
        }
    }

    [Fact]
    public void Scalar_parameters_other_than_the_defaults_match_the_reference_with_those_parameters()
    {
        var random = new Random(11);
        float[] x = [.. Enumerable.Range(0, 4099).Select(_ => (float)((random.NextDouble() - 0.5) * 40))];
        float[] y = new float[x.Length];

        Activations.LeakyRelu(x, 0.2f, y);
        AssertWithin(ExactFunction.Get("leaky_relu(0.2f)"), x, y, 0.5);
        Assert.Equal(x.Select(v => Activations.LeakyRelu(v, 0.2f)), y);

        Activations.HardTanh(x, -2f, 3f, y);
        AssertWithin(ExactFunction.Get("hard_tanh(-2f,3f)"), x, y, 0);

        Activations.Softplus(x, 1f, 5f, y);            // threshold 5: x itself above it
        AssertWithin(ExactFunction.Get("softplus(1,5)"), x, y, 0.51);

        Activations.Elu(x, 0.5f, y);
        AssertWithin(ExactFunction.Get("elu(0.5f)"), x, y, 0.51);

        Activations.Celu(x, 2f, y);
        AssertWithin(ExactFunction.Get("celu(2f)"), x, y, 0.51);
    }

    private static void AssertWithin(ExactFunction reference, float[] x, float[] y, double bound)
    {
        for (int i = 0; i < x.Length; i++)
            Assert.True(reference.Measure(x[i], y[i]).UlpError <= bound, $"{reference.Name}({x[i]:R}) = {y[i]:R}, correctly rounded {reference.CorrectlyRounded(x[i]):R}");
    }
}
