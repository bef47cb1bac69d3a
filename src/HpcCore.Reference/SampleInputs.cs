using System;

namespace HpcCore.Reference;

/// <summary>
/// Deterministic input samples for accuracy reports: the edge values, then a mix of raw bit patterns (every class
/// of value), log-uniform magnitudes (every binade equally), subnormals, and points a few ULPs from multiples of
/// ln 2 and from 1. The test suite draws from FsCheck generators with the same bias; this is the plain version
/// for the command line.
/// </summary>
public static class SampleInputs
{
    /// <summary><paramref name="count"/> float inputs (at least the edge values).</summary>
    public static float[] Single(int count, int seed = 1)
    {
        var random = new Random(seed);
        var values = new float[Math.Max(count, EdgeValues.Single.Length)];
        EdgeValues.Single.CopyTo(values, 0);
        for (int i = EdgeValues.Single.Length; i < values.Length; i++)
        {
            values[i] = (i % 5) switch
            {
                0 => BitConverter.Int32BitsToSingle(random.Next() ^ (random.Next(2) << 31)),
                1 => (float)(Math.ScaleB(1 + random.NextDouble(), random.Next(-149, 128)) * (random.Next(2) * 2 - 1)),
                2 => BitConverter.Int32BitsToSingle(random.Next(1, 0x00800000)),
                3 => BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits((float)(random.Next(-220, 221) * Math.Log(2))) + random.Next(-64, 65)),
                _ => BitConverter.Int32BitsToSingle(0x3F800000 + random.Next(-1 << 20, 1 << 20)),
            };
        }
        return values;
    }

    /// <summary><paramref name="count"/> double inputs (at least the edge values).</summary>
    public static double[] Double(int count, int seed = 1)
    {
        var random = new Random(seed);
        var values = new double[Math.Max(count, EdgeValues.Double.Length)];
        EdgeValues.Double.CopyTo(values, 0);
        for (int i = EdgeValues.Double.Length; i < values.Length; i++)
        {
            values[i] = (i % 5) switch
            {
                0 => BitConverter.Int64BitsToDouble(random.NextInt64() ^ ((long)random.Next(2) << 63)),
                1 => Math.ScaleB(1 + random.NextDouble(), random.Next(-1074, 1024)) * (random.Next(2) * 2 - 1),
                2 => BitConverter.Int64BitsToDouble(random.NextInt64(1, 1L << 52)),
                3 => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(random.Next(-1500, 1501) * Math.Log(2)) + random.Next(-1 << 16, 1 << 16)),
                _ => BitConverter.Int64BitsToDouble(0x3FF0000000000000 + random.NextInt64(-1L << 40, 1L << 40)),
            };
        }
        return values;
    }
}
