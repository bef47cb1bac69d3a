using System;
using System.Linq;
using System.Numerics;
using System.Reflection;
using HpcCore.Reference;
using Xunit;

namespace HpcCore.Tests;

/// <summary>
/// The trigonometric reduction's constants and its hardest arguments: the chunks of 2/π recomputed from π (Machin's
/// formula in integer arithmetic, independent of MPFR), and sin, cos, tan at the floats and doubles closest to
/// multiples of π/2, at every power of two (each Payne–Hanek window and its edges) and at the largest finite values.
/// </summary>
public class TrigReductionTests
{
    private const int Bits = 1300;

    [Fact]
    public void Two_over_pi_chunks_are_the_binary_digits_of_two_over_pi()
    {
        BigInteger scaled = TwoOverPiScaled();
        foreach ((string suffix, int width, int count) in new[] { ("F", 24, 9), ("", 53, 23) })
            for (int i = 0; i < count; i++)
            {
                BigInteger expected = (scaled >> (Bits - width * (i + 1))) & ((BigInteger.One << width) - 1);
                FieldInfo field = typeof(HpcMath).GetField($"TwoOverPiChunk{i}{suffix}", BindingFlags.NonPublic | BindingFlags.Static)!;
                Assert.Equal((double)expected, Convert.ToDouble(field.GetValue(null)));
            }
    }

    public static TheoryData<string> Functions => ["sin", "cos", "tan"];

    [Theory, MemberData(nameof(Functions))]
    public void Float_results_stay_within_the_bound_at_the_hardest_reductions(string name)
    {
        Func<float, float> function = name switch { "sin" => HpcMath.Sin, "cos" => HpcMath.Cos, _ => HpcMath.Tan };
        ExactFunction exact = ExactFunction.Get(name);
        float[] inputs =
        [
            7.72917892e28f, 2.19993846e10f, 252.898209f, 4.71238899f, 16383.999f, 16384f, float.MaxValue, // the first three: the floats closest to multiples of π/2 (a sweep of every float)
            .. Enumerable.Range(-149, 277).SelectMany(e => new[] { MathF.ScaleB(1, e), MathF.BitDecrement(MathF.ScaleB(1, e)), MathF.ScaleB(1.5f, e) }),
        ];
        foreach (float x in inputs.Concat(inputs.Select(v => -v)))
            Assert.True(exact.Measure(x, function(x)).UlpError <= 1.0, $"{name}({x:R}) = {function(x):R}");
    }

    [Theory, MemberData(nameof(Functions))]
    public void Double_results_stay_within_the_bound_at_the_hardest_reductions(string name)
    {
        Func<double, double> function = name switch { "sin" => HpcMath.Sin, "cos" => HpcMath.Cos, _ => HpcMath.Tan };
        ExactFunction exact = ExactFunction.Get(name);
        double[] inputs =
        [
            6381956970095103 * Math.Pow(2, 797), 5920787228742393, 6134899525417045, 122925461, 1073741823.9999999, 1073741824,
            double.MaxValue,
            .. Enumerable.Range(-1074, 2098).SelectMany(e => new[] { Math.ScaleB(1, e), Math.BitDecrement(Math.ScaleB(1, e)), Math.ScaleB(1.5, e) }),
        ];
        foreach (double x in inputs.Concat(inputs.Select(v => -v)))
            Assert.True(exact.Measure(x, function(x)).UlpError <= 1.0, $"{name}({x:R}) = {function(x):R}");
    }

    /// <summary>⌊2/π · 2^Bits⌋ from π = 16·atan(1/5) − 4·atan(1/239), each arctangent summed in fixed point.</summary>
    private static BigInteger TwoOverPiScaled()
    {
        BigInteger one = BigInteger.One << (Bits + 64);
        BigInteger pi = 16 * ArcTangentOfInverse(5, one) - 4 * ArcTangentOfInverse(239, one);
        return (2 * one * (BigInteger.One << Bits)) / pi;
    }

    private static BigInteger ArcTangentOfInverse(int n, BigInteger one)
    {
        BigInteger sum = 0, power = one / n;
        for (int k = 1; !power.IsZero; k += 2, power /= n * n)
            sum += (k % 4 == 1 ? power : -power) / k;
        return sum;
    }
}
