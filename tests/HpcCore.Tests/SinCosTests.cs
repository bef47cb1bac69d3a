using System;
using System.Linq;
using System.Runtime.Intrinsics;
using FsCheck.Fluent;
using HpcCore.Reference;
using Xunit;
using Xunit.Abstractions;

namespace HpcCore.Tests;

/// <summary>
/// SinCos: every form gives the scalar's bits, in place on either output too; special values are those of Sin and Cos;
/// both results are within the bound on a quarter of a million hard inputs (every float: <see cref="ExhaustiveTests"/>);
/// spans are checked before anything is written.
/// </summary>
public class SinCosTests(ITestOutputHelper output)
{
    private static readonly float[] Singles =
        [.. Enumerable.Range(0, 1000).Select(i => BitConverter.Int32BitsToSingle(new Random(i).Next() * (i % 2 == 0 ? 1 : -1))),
         0f, -0f, 1e-30f, 1.5f, 1e5f, 7.72917892e28f, float.MaxValue, float.NaN, float.PositiveInfinity];

    private static readonly double[] Doubles =
        [.. Enumerable.Range(0, 1000).Select(i => BitConverter.Int64BitsToDouble(new Random(i).NextInt64() * (i % 2 == 0 ? 1 : -1))),
         0.0, -0.0, 1e-300, 1.5, 1e12, double.MaxValue, double.NaN, double.NegativeInfinity];

    [Fact]
    public void Float_forms_agree_bit_for_bit()
    {
        float[] sin = [.. Singles.Select(x => HpcMath.SinCos(x).Sin)], cos = [.. Singles.Select(x => HpcMath.SinCos(x).Cos)];
        for (int i = 0; i + 16 <= Singles.Length; i += 16)
        {
            var (s512, c512) = HpcMath.SinCos(Vector512.Create(Singles, i));
            var (s256, c256) = HpcMath.SinCos(Vector256.Create(Singles, i));
            var (s128, c128) = HpcMath.SinCos(Vector128.Create(Singles, i));
            Assert.Equal(sin[i..(i + 16)], Enumerable.Range(0, 16).Select(k => s512.GetElement(k)).ToArray());
            Assert.Equal(cos[i..(i + 16)], Enumerable.Range(0, 16).Select(k => c512.GetElement(k)).ToArray());
            Assert.Equal(sin[i..(i + 8)], Enumerable.Range(0, 8).Select(k => s256.GetElement(k)).ToArray());
            Assert.Equal(cos[i..(i + 8)], Enumerable.Range(0, 8).Select(k => c256.GetElement(k)).ToArray());
            Assert.Equal(sin[i..(i + 4)], Enumerable.Range(0, 4).Select(k => s128.GetElement(k)).ToArray());
            Assert.Equal(cos[i..(i + 4)], Enumerable.Range(0, 4).Select(k => c128.GetElement(k)).ToArray());
        }

        float[] sinOut = new float[Singles.Length], cosOut = new float[Singles.Length];
        HpcMath.SinCos(Singles, sinOut, cosOut);
        Assert.Equal(sin, sinOut);
        Assert.Equal(cos, cosOut);

        float[] buffer = [.. Singles];
        HpcMath.SinCos(buffer, buffer, cosOut);           // sines in place: the cosines must still see the input
        Assert.Equal(sin, buffer);
        Assert.Equal(cos, cosOut);
        buffer = [.. Singles];
        HpcMath.SinCos(buffer, sinOut, buffer);
        Assert.Equal(sin, sinOut);
        Assert.Equal(cos, buffer);
    }

    [Fact]
    public void Double_forms_agree_bit_for_bit()
    {
        double[] sin = [.. Doubles.Select(x => HpcMath.SinCos(x).Sin)], cos = [.. Doubles.Select(x => HpcMath.SinCos(x).Cos)];
        double[] sinOut = new double[Doubles.Length], cosOut = new double[Doubles.Length];
        HpcMath.SinCos(Doubles, sinOut, cosOut);
        Assert.Equal(sin, sinOut);
        Assert.Equal(cos, cosOut);
        for (int i = 0; i + 8 <= Doubles.Length; i += 8)
        {
            var (s512, c512) = HpcMath.SinCos(Vector512.Create(Doubles, i));
            var (s256, c256) = HpcMath.SinCos(Vector256.Create(Doubles, i));
            var (s128, c128) = HpcMath.SinCos(Vector128.Create(Doubles, i));
            Assert.Equal(sin[i..(i + 8)], Enumerable.Range(0, 8).Select(k => s512.GetElement(k)).ToArray());
            Assert.Equal(cos[i..(i + 8)], Enumerable.Range(0, 8).Select(k => c512.GetElement(k)).ToArray());
            Assert.Equal(sin[i..(i + 4)], Enumerable.Range(0, 4).Select(k => s256.GetElement(k)).ToArray());
            Assert.Equal(cos[i..(i + 4)], Enumerable.Range(0, 4).Select(k => c256.GetElement(k)).ToArray());
            Assert.Equal(sin[i..(i + 2)], Enumerable.Range(0, 2).Select(k => s128.GetElement(k)).ToArray());
            Assert.Equal(cos[i..(i + 2)], Enumerable.Range(0, 2).Select(k => c128.GetElement(k)).ToArray());
        }

        double[] buffer = [.. Doubles];
        HpcMath.SinCos(buffer, sinOut, buffer);
        Assert.Equal(cos, buffer);
        Assert.Equal(sin, sinOut);
    }

    [Fact]
    public void Special_values_are_those_of_sin_and_cos()
    {
        // ±0 keeps its sign in the sine, subnormals and tiny inputs are their own sine, ±∞ and NaN give the canonical NaN.
        float[] singles = [0f, -0f, float.Epsilon, -float.Epsilon, 1e-39f, -3e-5f, float.PositiveInfinity, float.NegativeInfinity, float.NaN, -float.NaN];
        foreach (float x in singles)
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(HpcMath.Sin(x)), BitConverter.SingleToInt32Bits(HpcMath.SinCos(x).Sin));
            Assert.Equal(BitConverter.SingleToInt32Bits(HpcMath.Cos(x)), BitConverter.SingleToInt32Bits(HpcMath.SinCos(x).Cos));
        }
        Assert.Equal(-0f, HpcMath.SinCos(-0f).Sin);
        Assert.True(float.IsNegative(HpcMath.SinCos(-0f).Sin));
        Assert.Equal(1f, HpcMath.SinCos(-0f).Cos);

        double[] doubles = [0.0, -0.0, double.Epsilon, -double.Epsilon, 1e-310, -3e-10, double.PositiveInfinity, double.NegativeInfinity, double.NaN, -double.NaN];
        foreach (double x in doubles)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(HpcMath.Sin(x)), BitConverter.DoubleToInt64Bits(HpcMath.SinCos(x).Sin));
            Assert.Equal(BitConverter.DoubleToInt64Bits(HpcMath.Cos(x)), BitConverter.DoubleToInt64Bits(HpcMath.SinCos(x).Cos));
        }
        Assert.True(double.IsNegative(HpcMath.SinCos(-0.0).Sin));
    }

    [Fact]
    public void Both_results_are_within_the_bound_on_hard_inputs()
    {
        var single = Functions.SinglePair("SinCos");
        AccuracyResult s = AccuracySweep.Measure(single, [.. EdgeValues.Single, .. HardInputs.Single.Sample(250_000)]);
        var @double = Functions.DoublePair("SinCos");
        AccuracyResult d = AccuracySweep.Measure(@double, [.. EdgeValues.Double, .. HardInputs.Double.Sample(250_000)]);
        output.WriteLine($"{s.Function}: max {s.MaxUlp:F4} ULP at {s.WorstInput}; {d.Function}: max {d.MaxUlp:F4} ULP at {d.WorstInput}");
        Assert.True(s.MaxUlp <= single.MaxUlp, $"{single}: {s.MaxUlp} ULP at x = {s.WorstInput}");
        Assert.True(d.MaxUlp <= @double.MaxUlp, $"{@double}: {d.MaxUlp} ULP at x = {d.WorstInput}");
    }

    [Fact]
    public void Bad_spans_throw_before_anything_is_written()
    {
        float[] x = [1, 2, 3, 4], shortOne = new float[3], a = new float[4], b = new float[8];
        Assert.Throws<ArgumentException>("sinDestination", () => HpcMath.SinCos(x, shortOne, a));
        Assert.Throws<ArgumentException>("cosDestination", () => HpcMath.SinCos(x, a, shortOne));
        Assert.Throws<ArgumentException>("cosDestination", () => HpcMath.SinCos(x, b.AsSpan(0, 4), b.AsSpan(2, 4)));
        Assert.Throws<ArgumentException>("cosDestination", () => HpcMath.SinCos(x, x, x));
        Assert.Throws<ArgumentException>("sinDestination", () => HpcMath.SinCos(b.AsSpan(0, 4), b.AsSpan(1, 4), a));
        Assert.All(a, v => Assert.Equal(0f, v));
        Assert.Equal([1f, 2f, 3f, 4f], x);
    }
}
