using System;
using System.Linq;
using System.Runtime.Intrinsics;
using HpcCore.Runtime;
using Xunit;

namespace HpcCore.Tests;

/// <summary>
/// The vector lowering of the dialect's Lookup gives Lane.Lookup's entry on the permutation path this machine takes and
/// on the portable path of machines without AVX-512 (tested here directly), for any index: negative, past sixteen.
/// </summary>
public class VectorLookupTests
{
    private static readonly float[] Singles = [.. Enumerable.Range(0, 16).Select(k => k == 3 ? float.NaN : k * 1.5f - 4f)];
    private static readonly double[] Doubles = [.. Enumerable.Range(0, 16).Select(k => k == 9 ? -0.0 : k * 0.75 + 1e-300)];

    [Fact]
    public void Float_lookups_give_the_entry_of_the_wrapped_index_on_every_path()
    {
        var table = Vector512.Create(Singles);
        var random = new Random(31);
        for (int trial = 0; trial < 2000; trial++)
        {
            int[] index = [.. Enumerable.Range(0, 16).Select(_ => random.Next(4) == 0 ? random.Next() - random.Next() : random.Next(-20, 40))];
            int[] expected = [.. index.Select(i => BitConverter.SingleToInt32Bits(Lane.Lookup(i, Singles)))];
            Assert.Equal(expected, Lanes(VectorLookup.Lookup(table, Vector512.Create(index))));
            Assert.Equal(expected, Lanes(VectorLookup.Portable(table, Vector512.Create(index))));
            Assert.Equal(expected[..8], Lanes(VectorLookup.Lookup(table, Vector256.Create(index.AsSpan(0, 8)))));
            Assert.Equal(expected[..8], Lanes(VectorLookup.Portable(table, Vector256.Create(index.AsSpan(0, 8)))));
            Assert.Equal(expected[..4], Lanes(VectorLookup.Lookup(table, Vector128.Create(index.AsSpan(0, 4)))));
        }
    }

    [Fact]
    public void Double_lookups_give_the_entry_of_the_wrapped_index_on_every_path()
    {
        var lower = Vector512.Create(Doubles.AsSpan(0, 8));
        var upper = Vector512.Create(Doubles.AsSpan(8, 8));
        var random = new Random(37);
        for (int trial = 0; trial < 2000; trial++)
        {
            long[] index = [.. Enumerable.Range(0, 8).Select(_ => random.Next(4) == 0 ? random.NextInt64(long.MinValue, long.MaxValue) : random.Next(-20, 40))];
            long[] expected = [.. index.Select(i => BitConverter.DoubleToInt64Bits(Lane.Lookup(i, Doubles)))];
            Assert.Equal(expected, Lanes(VectorLookup.Lookup(lower, upper, Vector512.Create(index))));
            Assert.Equal(expected, Lanes(VectorLookup.Portable(lower, upper, Vector512.Create(index))));
            Assert.Equal(expected[..4], Lanes(VectorLookup.Lookup(lower, upper, Vector256.Create(index.AsSpan(0, 4)))));
            Assert.Equal(expected[..4], Lanes(VectorLookup.Portable(lower, upper, Vector256.Create(index.AsSpan(0, 4)))));
            Assert.Equal(expected[..2], Lanes(VectorLookup.Lookup(lower, upper, Vector128.Create(index.AsSpan(0, 2)))));
        }
    }

    private static int[] Lanes(Vector512<float> v) => [.. Enumerable.Range(0, 16).Select(i => BitConverter.SingleToInt32Bits(v[i]))];
    private static int[] Lanes(Vector256<float> v) => [.. Enumerable.Range(0, 8).Select(i => BitConverter.SingleToInt32Bits(v[i]))];
    private static int[] Lanes(Vector128<float> v) => [.. Enumerable.Range(0, 4).Select(i => BitConverter.SingleToInt32Bits(v[i]))];
    private static long[] Lanes(Vector512<double> v) => [.. Enumerable.Range(0, 8).Select(i => BitConverter.DoubleToInt64Bits(v[i]))];
    private static long[] Lanes(Vector256<double> v) => [.. Enumerable.Range(0, 4).Select(i => BitConverter.DoubleToInt64Bits(v[i]))];
    private static long[] Lanes(Vector128<double> v) => [.. Enumerable.Range(0, 2).Select(i => BitConverter.DoubleToInt64Bits(v[i]))];
}
