using System;
using System.Linq;
using HpcCore.Reference;
using HpcCore.Reference.Fitting;
using HpcCore.Reference.Mpfr;
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
        double bound = Functions.Single("Sigmoid").MaxUlp;
        Assert.Equal(sigmoid.CorrectlyRounded(-100f), Activations.Sigmoid(-100f));
        Assert.True(Activations.Sigmoid(-100f) is > 3.6e-44f and < 3.9e-44f, "σ(−100) is the subnormal 3.7e-44");
        Assert.True(Activations.Sigmoid(-740.0) > 0 && double.IsSubnormal(Activations.Sigmoid(-740.0)));
        for (float x = -120f; x <= 120f; x += 0.125f)
        {
            float y = Activations.Sigmoid(x);
            Assert.False(float.IsNaN(y), $"σ({x}) is NaN");
            Assert.True(y != 0 || sigmoid.CorrectlyRounded(x) == 0, $"σ({x}) is 0 but the true value rounds to {sigmoid.CorrectlyRounded(x)}");
            Assert.True(Math.Abs(sigmoid.Measure(x, y).UlpError) <= bound, $"σ({x}) = {y}");
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
        AssertWithin(ExactFunction.Get("softplus(1,5)"), x, y, 1.0);

        Activations.Elu(x, 0.5f, y);                   // α a power of two: scaling by it is exact, the bound of α = 1 holds
        AssertWithin(ExactFunction.Get("elu(0.5f)"), x, y, 1.0);

        Activations.Celu(x, 2f, y);
        AssertWithin(ExactFunction.Get("celu(2f)"), x, y, 1.0);
    }

    [Fact]
    public void The_zeros_of_the_gated_derivatives_and_their_constants_are_exact_to_double_double_accuracy()
    {
        static Real Exp(Real x) => Real.Apply(ExactFunction.Get("exp"), x);
        static void AssertZero(Real residual, string what) =>
            Assert.True(residual.Abs() < Math.ScaleB(1.0, -100), $"{what}: residual {residual} at the stored zero");

        Real silu = (Real)Activations.SiluRoot + Activations.SiluRootLow;       // SiLU': 1 + x + e^x = 0
        AssertZero(Real.One + silu + Exp(silu), "SiLU");
        Assert.Equal(Activations.SiluRootExp, Exp(silu).ToDouble());

        Real mish = (Real)Activations.MishRoot + Activations.MishRootLow;       // Mish: ω = 4(x + 1) + 4e^2x + e^3x + e^x(4x + 6) = 0
        Real c = Exp(mish);
        AssertZero((mish + 1.0) * 4.0 + c * c * 4.0 + c * c * c + c * (mish * 4.0 + 6.0), "Mish");
        Assert.Equal(Activations.MishRootExp, c.ToDouble());
        Assert.Equal(Activations.MishRoot4C, (c * 4.0).ToDouble());
        Assert.Equal(Activations.MishRoot4C2, (c * c * 4.0).ToDouble());
        Assert.Equal(Activations.MishRootC3, (c * c * c).ToDouble());
        Assert.Equal(Activations.MishRootC4x6, (c * (mish * 4.0 + 6.0)).ToDouble());

        Real k = Real.Apply(ExactFunction.Get("sqrt"), (Real)2.0 / (Real.Apply(ExactFunction.Get("atan"), 1.0) * 4.0)) * 2.0;
        Assert.Equal(Activations.GeluTanhScale, k.ToDouble());
        Assert.Equal(Activations.GeluTanhScaleLow, (k - Activations.GeluTanhScale).ToDouble());
        Real gelu = (Real)Activations.GeluTanhRoot + Activations.GeluTanhRootLow;   // GeluTanh: 1 + e^v + x·v' = 0
        Real v = k * (gelu + gelu.Power(3) * 0.044715);
        AssertZero(Real.One + Exp(v) + gelu * k * ((Real)1.0 + gelu.Power(2) * 0.044715 * 3.0), "GeluTanh");
        Assert.Equal(Activations.GeluTanhRootExp, Exp(v).ToDouble());

        // GELU: Φ(x) + x·φ(x) = 0; the pair is the correctly rounded head and low part of the fit target's own zero
        Real zero = FitTargets.GeluDerivativeZero.Value;
        AssertZero(FitTargets.GeluDerivative((Real)Activations.GeluRoot + Activations.GeluRootLow), "GELU");
        Assert.Equal(Activations.GeluRoot, zero.ToDouble());
        Assert.Equal(Activations.GeluRootLow, (zero - Activations.GeluRoot).ToDouble());
    }

    [Theory]
    [InlineData("SiluBackward", Activations.SiluRoot)]
    [InlineData("MishBackward", Activations.MishRoot)]
    [InlineData("GeluTanhBackward", Activations.GeluTanhRoot)]
    [InlineData("GeluBackward", Activations.GeluRoot)]
    public void Double_gated_backward_keeps_its_bound_next_to_the_zero_of_the_derivative(string name, double root)
    {
        var f = Functions.DoubleBinary(name);
        var random = new Random(17);
        int n = 6000;
        double[] x = new double[n], gradient = new double[n];
        for (int i = 0; i < n; i++)
        {
            // The doubles next to the zero, then points 2^-1 … 2^-52 away, then the rest of (−8, 0).
            x[i] = (i % 3) switch
            {
                0 => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(root) + i / 3 - n / 6),
                1 => root + (random.NextDouble() - 0.5) * Math.ScaleB(1.0, -random.Next(0, 53)),
                _ => -8 * random.NextDouble(),
            };
            gradient[i] = i % 4 == 0 ? 1.0 : (random.NextDouble() - 0.5) * Math.ScaleB(1.0, random.Next(-30, 30));
        }
        AccuracyResult result = AccuracySweep.Measure(f, x, gradient);
        Assert.True(result.MaxUlp <= f.MaxUlp, $"{f}: {result.MaxUlp} ULP at {result.WorstInput} (bound {f.MaxUlp})");
    }

    [Theory]
    [InlineData("SiluBackward", Activations.SiluRoot)]
    [InlineData("MishBackward", Activations.MishRoot)]
    [InlineData("GeluTanhBackward", Activations.GeluTanhRoot)]
    [InlineData("GeluBackward", Activations.GeluRoot)]
    public void Float_gated_backward_keeps_its_bound_next_to_the_zero_of_the_derivative(string name, double root)
    {
        var f = Functions.SingleBinary(name);
        var random = new Random(19);
        int n = 6000;
        float[] x = new float[n], gradient = new float[n];
        for (int i = 0; i < n; i++)
        {
            // The floats next to the zero, then points 2^-1 … 2^-24 away, then the rest of (−8, 0).
            x[i] = (i % 3) switch
            {
                0 => BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits((float)root) + i / 3 - n / 6),
                1 => (float)(root + (random.NextDouble() - 0.5) * Math.ScaleB(1.0, -random.Next(0, 25))),
                _ => (float)(-8 * random.NextDouble()),
            };
            gradient[i] = i % 4 == 0 ? 1f : (float)((random.NextDouble() - 0.5) * Math.ScaleB(1.0, random.Next(-30, 30)));
        }
        AccuracyResult result = AccuracySweep.Measure(f, x, gradient);
        Assert.True(result.MaxUlp <= f.MaxUlp, $"{f}: {result.MaxUlp} ULP at {result.WorstInput} (bound {f.MaxUlp})");
    }

    [Theory]
    [InlineData("EluBackward")]
    [InlineData("SeluBackward")]
    [InlineData("CeluBackward")]
    [InlineData("SoftplusBackward")]
    [InlineData("LogSigmoidBackward")]
    [InlineData("SiluBackward")]
    [InlineData("MishBackward")]
    [InlineData("GeluTanhBackward")]
    [InlineData("GeluBackward")]
    public void Float_backward_meets_the_largest_gradients_where_the_derivative_is_tiny(string name)
    {
        // Where the derivative is far below float's range, gradient·f'(x) is a subnormal or ±0 even for float.MaxValue:
        // the float cores' clamped exponentials must not leave a residue there (GeluTanh's at −20 once gave −1e-45).
        var f = Functions.SingleBinary(name);
        float[] magnitudes = [5, 10, 14, 16, 18, 20, 22, 30, 60, 100, 150, 199, 201, 300, 700, 744, 746, 1000];
        float[] gradients = [float.MaxValue, -float.MaxValue, 1e30f, -1e30f, 1f];
        float[] x = [.. magnitudes.SelectMany(m => new[] { m, -m }).SelectMany(v => gradients.Select(_ => v))];
        float[] gradient = [.. magnitudes.SelectMany(m => new[] { m, -m }).SelectMany(_ => gradients)];
        AccuracyResult result = AccuracySweep.Measure(f, x, gradient);
        Assert.True(result.MaxUlp <= 0.5, $"{f}: {result.MaxUlp} ULP at {result.WorstInput}");
    }

    private static void AssertWithin(ExactFunction reference, float[] x, float[] y, double bound)
    {
        for (int i = 0; i < x.Length; i++)
            Assert.True(reference.Measure(x[i], y[i]).UlpError <= bound, $"{reference.Name}({x[i]:R}) = {y[i]:R}, correctly rounded {reference.CorrectlyRounded(x[i]):R}");
    }
}
