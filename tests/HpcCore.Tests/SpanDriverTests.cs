using System;
using System.Linq;
using HpcCore.Catalog;
using HpcCore.Reference;
using Xunit;

namespace HpcCore.Tests;

/// <summary>
/// The generated span entry points: every length 0..257 (all vector widths, unrolled loop and tail paths) plus one
/// large length, out of place and in place, with special values planted; and the argument errors, which must be
/// thrown before anything is written.
/// </summary>
public class SpanDriverTests
{
    private static readonly int[] Lengths = [.. Enumerable.Range(0, 258), 100_003];

    [Theory, MemberData(nameof(Functions.SingleNames), MemberType = typeof(Functions))]
    public void Float_span_matches_scalar_at_every_length_in_and_out_of_place(string name) =>
        AssertAllLengths(Functions.Single(name), EdgeValues.Single, i => (float)(Math.Sin(i) * 100));

    [Theory, MemberData(nameof(Functions.DoubleNames), MemberType = typeof(Functions))]
    public void Double_span_matches_scalar_at_every_length_in_and_out_of_place(string name) =>
        AssertAllLengths(Functions.Double(name), EdgeValues.Double, i => Math.Sin(i) * 700);

    [Theory, MemberData(nameof(Functions.SingleNames), MemberType = typeof(Functions))]
    public void Float_span_rejects_bad_arguments_before_writing(string name)
    {
        UnaryFunction<float> f = Functions.Single(name);
        float[] x = Enumerable.Range(1, 64).Select(i => (float)i).ToArray();

        float[] tooShort = Enumerable.Repeat(-7f, 63).ToArray();
        Assert.Throws<ArgumentException>("destination", () => f.Span(x, tooShort));
        Assert.All(tooShort, v => Assert.Equal(-7f, v));

        float[] buffer = Enumerable.Range(1, 80).Select(i => (float)i).ToArray();
        float[] before = (float[])buffer.Clone();
        Assert.Throws<ArgumentException>("destination", () => f.Span(buffer.AsSpan(0, 64), buffer.AsSpan(1, 64)));
        Assert.Throws<ArgumentException>("destination", () => f.Span(buffer.AsSpan(8, 64), buffer.AsSpan(0, 64)));
        Assert.Equal(before, buffer);
    }

    [Theory, MemberData(nameof(Functions.DoubleNames), MemberType = typeof(Functions))]
    public void Double_span_rejects_bad_arguments_before_writing(string name)
    {
        UnaryFunction<double> f = Functions.Double(name);
        double[] buffer = Enumerable.Range(1, 80).Select(i => (double)i).ToArray();
        double[] before = (double[])buffer.Clone();
        Assert.Throws<ArgumentException>("destination", () => f.Span(buffer.AsSpan(0, 64), buffer.AsSpan(0, 63)));
        Assert.Throws<ArgumentException>("destination", () => f.Span(buffer.AsSpan(0, 64), buffer.AsSpan(3, 64)));
        Assert.Equal(before, buffer);
    }

    [Fact]
    public void Destination_longer_than_the_input_is_written_only_up_to_the_input_length()
    {
        float[] destination = Enumerable.Repeat(-1f, 40).ToArray();
        HpcMath.Exp(new float[33], destination);
        Assert.All(destination[..33], v => Assert.Equal(1f, v));
        Assert.All(destination[33..], v => Assert.Equal(-1f, v));
    }

    private static void AssertAllLengths<T>(UnaryFunction<T> f, T[] specials, Func<int, T> value) where T : unmanaged
    {
        var random = new Random(12345);
        foreach (int length in Lengths)
        {
            T[] x = Enumerable.Range(0, length).Select(value).ToArray();
            for (int k = 0; k < Math.Min(length, 8); k++)
                x[random.Next(length)] = specials[random.Next(specials.Length)];
            T[] expected = x.Select(f.Scalar).ToArray();

            T[] destination = new T[length];
            f.Span(x, destination);
            AssertSameBits(expected, destination, f, length, "out of place");

            T[] inPlace = (T[])x.Clone();
            f.Span(inPlace, inPlace);
            AssertSameBits(expected, inPlace, f, length, "in place");
        }
    }

    private static void AssertSameBits<T>(T[] expected, T[] actual, FunctionInfo f, int length, string mode) where T : unmanaged
    {
        for (int i = 0; i < expected.Length; i++)
            if (!Bits.Same(expected[i], actual[i]))
                Assert.Fail($"{f} {mode}, length {length}, element {i}: expected {Bits.Hex(expected[i])}, got {Bits.Hex(actual[i])}");
    }
}
