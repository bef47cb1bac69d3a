using System;
using HpcCore.Reference;
using HpcCore.Reference.Mpfr;
using Xunit;

namespace HpcCore.Tests;

/// <summary>The reference itself: MPFR values known independently, and the ULP rules of <see cref="ErrorRules"/> and <see cref="Ulp"/>.</summary>
public class ReferenceTests
{
    [Fact]
    public void Mpfr_gives_correctly_rounded_values_known_from_the_literature()
    {
        // e = 2.718281828459045235360287...: nearest float 2.71828175 (0x402DF854), nearest double 0x4005BF0A8B145769.
        Assert.Equal(0x402DF854, BitConverter.SingleToInt32Bits(ExactFunction.Get("exp").CorrectlyRounded(1f)));
        Assert.Equal(0x4005BF0A8B145769, BitConverter.DoubleToInt64Bits(ExactFunction.Get("exp").CorrectlyRounded(1.0)));
        // ln 2 = 0.693147180559945309417...: nearest float 0x3F317218, nearest double 0x3FE62E42FEFA39EF.
        Assert.Equal(0x3F317218, BitConverter.SingleToInt32Bits(ExactFunction.Get("log").CorrectlyRounded(2f)));
        Assert.Equal(0x3FE62E42FEFA39EF, BitConverter.DoubleToInt64Bits(ExactFunction.Get("log").CorrectlyRounded(2.0)));
    }

    [Fact]
    public void Correct_rounding_follows_IEEE_overflow_and_gradual_underflow()
    {
        ExactFunction exp = ExactFunction.Get("exp");
        Assert.Equal(float.PositiveInfinity, exp.CorrectlyRounded(89f));
        Assert.Equal(float.PositiveInfinity, exp.CorrectlyRounded(88.7228394f)); // just above ln(FLT_MAX + ulp/2)
        Assert.True(float.IsFinite(exp.CorrectlyRounded(88.72283f)));          // just below ln(FLT_MAX)
        Assert.Equal(float.Epsilon, exp.CorrectlyRounded(-103.9f)); // e^-103.9 ≈ 1.06·2^-149
        Assert.Equal(0f, exp.CorrectlyRounded(-104f));               // e^-104 < 2^-150: rounds to +0
        Assert.Equal(double.Epsilon, exp.CorrectlyRounded(-744.5));
    }

    [Fact]
    public void Ulp_error_rules_for_special_values()
    {
        ExactFunction log = ExactFunction.Get("log"), exp = ExactFunction.Get("exp");
        Assert.Equal(0, log.Measure(-1f, float.NaN).UlpError);
        Assert.Equal(double.PositiveInfinity, log.Measure(-1f, 0f).UlpError);
        Assert.Equal(double.PositiveInfinity, log.Measure(2f, float.NaN).UlpError);
        Assert.Equal(0, log.Measure(0f, float.NegativeInfinity).UlpError);
        Assert.Equal(double.PositiveInfinity, log.Measure(0f, float.PositiveInfinity).UlpError);
        Assert.Equal(0, log.Measure(1f, 0f).UlpError);
        Assert.Equal(double.PositiveInfinity, log.Measure(1f, -0f).UlpError);
        // Overflow one step early costs more than 1 ULP; the correctly rounded +inf costs nothing.
        Assert.True(exp.Measure(88.72283f, float.PositiveInfinity).UlpError > 1);
        Assert.Equal(0, exp.Measure(89f, float.PositiveInfinity).UlpError);
        // An underflow to +0 where the exact value is a quarter of the smallest subnormal is a quarter ULP off.
        Assert.InRange(exp.Measure(-105f, 0f).UlpError, 0.0, 0.5);
        Assert.Equal(double.PositiveInfinity, exp.Measure(-105f, -0f).UlpError);
    }

    [Fact]
    public void A_zero_of_the_wrong_sign_is_never_settled_as_exact_by_the_double_reference()
    {
        // |y − d| is 0 for +0 against −0: the settled path once called Softsign(−0) = +0 exact (ErrorRules: ∞ ULP).
        Assert.False(FastReferences.TrySettle(-0.0, 0f, out _));
        Assert.False(FastReferences.TrySettle(0.0, -0f, out _));
        Assert.False(FastReferences.TrySettle(-1e-50, 0f, out _));
        Assert.True(FastReferences.TrySettle(-0.0, -0f, out Measurement same) && same.UlpError == 0 && same.CorrectlyRounded);
        Assert.True(FastReferences.TrySettle(-1e-50, -0f, out Measurement rounded) && rounded.CorrectlyRounded);
    }

    [Theory]
    [InlineData("silu")]
    [InlineData("hard_swish")]
    [InlineData("gelu")]
    [InlineData("gelu_tanh")]
    public void The_expansion_at_zero_settles_tiny_inputs_as_MPFR_does(string name)
    {
        // Subnormal x, odd (x/2 a midpoint) and even, both signs, and tiny normal x: the settled error and correct
        // rounding of the correctly rounded result and of both its neighbours agree with MPFR's.
        ExactFunction exact = ExactFunction.Get(name);
        foreach (int bits in new[] { 1, 2, 3, 1001, 0x7FFFFF, 0x800000, 0x800001, 0x0C000001 })
            foreach (float x in new[] { BitConverter.Int32BitsToSingle(bits), -BitConverter.Int32BitsToSingle(bits) })
            {
                float rounded = exact.CorrectlyRounded(x);
                foreach (float y in new[] { rounded, MathF.BitIncrement(rounded), MathF.BitDecrement(rounded) })
                {
                    Assert.True(FastReferences.TrySettleNearZero(name, x, y, out Measurement settled), $"{name}({x:R})");
                    Measurement measured = exact.Measure(x, y);
                    Assert.Equal(measured.CorrectlyRounded, settled.CorrectlyRounded);
                    Assert.True(settled.UlpError >= measured.UlpError && settled.UlpError - measured.UlpError < 1e-20
                        || double.IsPositiveInfinity(settled.UlpError) && double.IsPositiveInfinity(measured.UlpError),
                        $"{name}({x:R}) = {y:R}: settled {settled.UlpError}, MPFR {measured.UlpError}");
                }
            }
        Assert.False(FastReferences.TrySettleNearZero(name, 1e-20f, 5e-21f, out _));   // above 2^-100: not settled here
        Assert.False(FastReferences.TrySettleNearZero("sigmoid", 1e-40f, 0.5f, out _));
    }

    [Fact]
    public void Ulp_error_of_neighbours_of_the_correctly_rounded_value()
    {
        ExactFunction exp = ExactFunction.Get("exp");
        float rounded = exp.CorrectlyRounded(1f);
        Assert.InRange(exp.Measure(1f, rounded).UlpError, 0.0, 0.5);
        Assert.InRange(exp.Measure(1f, MathF.BitIncrement(rounded)).UlpError, 0.5, 1.5);
        Assert.InRange(exp.Measure(1f, MathF.BitIncrement(MathF.BitIncrement(rounded))).UlpError, 1.5, 2.5);
    }

    [Fact]
    public void Ulp_distance_rules()
    {
        Assert.Equal(0, Ulp.Distance(float.NaN, -float.NaN));
        Assert.Equal(double.PositiveInfinity, Ulp.Distance(float.NaN, 1f));
        Assert.Equal(0, Ulp.Distance(0f, -0f));
        Assert.Equal(2, Ulp.Distance(-float.Epsilon, float.Epsilon));
        Assert.Equal(1, Ulp.Distance(float.MaxValue, float.PositiveInfinity));
        Assert.Equal(1, Ulp.Distance(1.17549435e-38f, BitConverter.Int32BitsToSingle(0x007FFFFF)));
        Assert.Equal(1, Ulp.Distance(1.0, Math.BitIncrement(1.0)));
        Assert.Equal(2, Ulp.Distance(-double.Epsilon, double.Epsilon));
    }

    [Fact]
    public void Missing_mpfr_library_names_the_package_to_install()
    {
        var error = Assert.Throws<HpcCore.Reference.Mpfr.MpfrNotInstalledException>(
            () => HpcCore.Reference.Mpfr.MpfrNative.Load("libmpfr-not-installed.so.6"));
        Assert.Contains("apt-get install -y libmpfr6", error.Message);
    }

    [Fact]
    public void Composite_references_free_their_intermediate_numbers_at_once()
    {
        // A composite builds a dozen MPFR numbers per input; left to the finalizer thread they outgrew 24 GB over a
        // 10^7-pair sweep. Each measurement must free on this thread every number it created (the thread's scratch
        // numbers excepted, created by the first call).
        ExactFunction unary = ExactFunction.Get("gelu_tanh"), binary = ExactFunction.Get("gelu_tanh_backward", arity: 2);
        unary.Measure(0.5, 0.0);
        binary.Measure(0.5, 1.0, 0.0);
        long created = MpfrFloat.CreatedOnThisThread, released = MpfrFloat.ReleasedOnThisThread;
        for (int i = 0; i < 200; i++)
        {
            unary.Measure(i * 0.05 - 5, 0.0);
            binary.Measure(i * 0.05 - 5, 1.5, 0.0);
        }
        Assert.True(MpfrFloat.CreatedOnThisThread - created > 2000, "the composites built no numbers: the check is void");
        Assert.Equal(MpfrFloat.CreatedOnThisThread - created, MpfrFloat.ReleasedOnThisThread - released);
    }

    [Fact]
    public void Unknown_mpfr_function_is_a_clear_error()
    {
        var error = Assert.Throws<ArgumentException>(() => ExactFunction.Get("no_such_function"));
        Assert.Contains("mpfr_no_such_function", error.Message);
    }
}
