using System;
using System.Linq;
using System.Runtime.Intrinsics;
using Xunit;

namespace HpcCore.Tests;

/// <summary>SinCos gives exactly the bits of Sin and Cos in every form, in place on either output, and checks its spans first.</summary>
public class SinCosTests
{
    private static readonly float[] Singles =
        [.. Enumerable.Range(0, 1000).Select(i => BitConverter.Int32BitsToSingle(new Random(i).Next() * (i % 2 == 0 ? 1 : -1))),
         0f, -0f, 1e-30f, 1.5f, 1e5f, 7.72917892e28f, float.MaxValue, float.NaN, float.PositiveInfinity];

    private static readonly double[] Doubles =
        [.. Enumerable.Range(0, 1000).Select(i => BitConverter.Int64BitsToDouble(new Random(i).NextInt64() * (i % 2 == 0 ? 1 : -1))),
         0.0, -0.0, 1e-300, 1.5, 1e12, double.MaxValue, double.NaN, double.NegativeInfinity];

    [Fact]
    public void Float_forms_match_sin_and_cos()
    {
        float[] sin = [.. Singles.Select(HpcMath.Sin)], cos = [.. Singles.Select(HpcMath.Cos)];
        Assert.Equal(sin, Singles.Select(x => HpcMath.SinCos(x).Sin));
        Assert.Equal(cos, Singles.Select(x => HpcMath.SinCos(x).Cos));
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
    public void Double_spans_match_sin_and_cos_and_vectors_agree()
    {
        double[] sin = [.. Doubles.Select(HpcMath.Sin)], cos = [.. Doubles.Select(HpcMath.Cos)];
        double[] sinOut = new double[Doubles.Length], cosOut = new double[Doubles.Length];
        HpcMath.SinCos(Doubles, sinOut, cosOut);
        Assert.Equal(sin, sinOut);
        Assert.Equal(cos, cosOut);
        Assert.Equal(sin, Doubles.Select(x => HpcMath.SinCos(x).Sin));
        var (s512, c512) = HpcMath.SinCos(Vector512.Create(Doubles, 0));
        Assert.Equal(sin[..8], Enumerable.Range(0, 8).Select(k => s512.GetElement(k)).ToArray());
        Assert.Equal(cos[..8], Enumerable.Range(0, 8).Select(k => c512.GetElement(k)).ToArray());

        double[] buffer = [.. Doubles];
        HpcMath.SinCos(buffer, sinOut, buffer);
        Assert.Equal(cos, buffer);
        Assert.Equal(sin, sinOut);
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
