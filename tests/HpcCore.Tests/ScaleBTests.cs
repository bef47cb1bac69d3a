using System;
using System.Runtime.Intrinsics;
using HpcCore.Runtime;
using Xunit;

namespace HpcCore.Tests;

/// <summary>
/// The dialect's ScaleB on vectors gives MathF/Math.ScaleB's bits, on the AVX-512 path and on the portable path
/// that machines without AVX-512 take (tested here directly, since this machine takes the other).
/// </summary>
public class ScaleBTests
{
    [Fact]
    public void Float_vector_ScaleB_matches_MathF_ScaleB_on_both_paths()
    {
        var random = new Random(7);
        for (int trial = 0; trial < 200_000; trial += 16)
        {
            var x = new float[16];
            var n = new int[16];
            for (int i = 0; i < 16; i++)
            {
                x[i] = i == 0 ? EdgeValue(random) : BitConverter.Int32BitsToSingle(random.Next() ^ (random.Next(2) << 31));
                n[i] = random.Next(4) == 0 ? random.Next(int.MinValue, int.MaxValue) : random.Next(-400, 400);
            }
            Vector512<float> fast = VectorScaleB.ScaleB(Vector512.Create(x), Vector512.Create(n));
            Vector512<float> portable = VectorScaleB.Portable(Vector512.Create(x), Vector512.Create(n));
            for (int i = 0; i < 16; i++)
            {
                float expected = MathF.ScaleB(x[i], n[i]);
                Assert.True(Bits.Same(expected, fast[i]) || (float.IsNaN(expected) && float.IsNaN(fast[i])), $"ScaleB({x[i]:R}, {n[i]}): {Bits.Hex(expected)} vs {Bits.Hex(fast[i])}");
                Assert.True(Bits.Same(expected, portable[i]) || (float.IsNaN(expected) && float.IsNaN(portable[i])), $"portable ScaleB({x[i]:R}, {n[i]})");
            }
        }
    }

    [Fact]
    public void Integral_float_and_double_exponents_give_the_scalar_definition_s_bits()
    {
        var random = new Random(9);
        for (int trial = 0; trial < 100_000; trial += 16)
        {
            var x = new float[16];
            var n = new float[16];
            var xd = new double[8];
            var nd = new double[8];
            for (int i = 0; i < 16; i++)
            {
                x[i] = BitConverter.Int32BitsToSingle(random.Next() ^ (random.Next(2) << 31));
                n[i] = random.Next(8) == 0 ? (float)random.Next(int.MinValue, int.MaxValue) : random.Next(-400, 400);
            }
            for (int i = 0; i < 8; i++)
            {
                xd[i] = BitConverter.Int64BitsToDouble(random.NextInt64() ^ ((long)random.Next(2) << 63));
                nd[i] = random.Next(8) == 0 ? random.NextInt64(-(1L << 60), 1L << 60) : random.Next(-2500, 2500);
            }
            Vector512<float> vector = VectorScaleB.ScaleB(Vector512.Create(x), Vector512.Create(n));
            Vector512<double> vectorDouble = VectorScaleB.ScaleB(Vector512.Create(xd), Vector512.Create(nd));
            for (int i = 0; i < 16; i++)
            {
                float expected = Lane.ScaleB(x[i], n[i]);
                Assert.True(Bits.Same(expected, vector[i]) || (float.IsNaN(expected) && float.IsNaN(vector[i])), $"ScaleB({x[i]:R}, {n[i]:R})");
            }
            for (int i = 0; i < 8; i++)
            {
                double expected = Lane.ScaleB(xd[i], nd[i]);
                Assert.True(Bits.Same(expected, vectorDouble[i]) || (double.IsNaN(expected) && double.IsNaN(vectorDouble[i])), $"ScaleB({xd[i]:R}, {nd[i]:R})");
            }
        }
    }

    [Fact]
    public void Double_vector_ScaleB_matches_Math_ScaleB_on_both_paths()
    {
        var random = new Random(8);
        for (int trial = 0; trial < 200_000; trial += 8)
        {
            var x = new double[8];
            var n = new long[8];
            for (int i = 0; i < 8; i++)
            {
                x[i] = BitConverter.Int64BitsToDouble(random.NextInt64() ^ ((long)random.Next(2) << 63));
                n[i] = random.Next(4) == 0 ? random.NextInt64(long.MinValue, long.MaxValue) : random.Next(-2500, 2500);
            }
            Vector512<double> fast = VectorScaleB.ScaleB(Vector512.Create(x), Vector512.Create(n));
            Vector512<double> portable = VectorScaleB.Portable(Vector512.Create(x), Vector512.Create(n));
            for (int i = 0; i < 8; i++)
            {
                double expected = Lane.ScaleB(x[i], n[i]);
                Assert.True(Bits.Same(expected, fast[i]) || (double.IsNaN(expected) && double.IsNaN(fast[i])), $"ScaleB({x[i]:R}, {n[i]})");
                Assert.True(Bits.Same(expected, portable[i]) || (double.IsNaN(expected) && double.IsNaN(portable[i])), $"portable ScaleB({x[i]:R}, {n[i]})");
            }
        }
    }

    private static float EdgeValue(Random random) =>
        HpcCore.Reference.EdgeValues.Single[random.Next(HpcCore.Reference.EdgeValues.Single.Length)];
}
