using System;

namespace HpcCore.Reference;

/// <summary>
/// Deterministic argument pairs for two-argument functions, biased to where atan2, hypot and pow go wrong: every
/// pair of edge values first, then raw bit patterns, independent magnitudes from every binade, arguments a few ULPs
/// apart (atan2 near ±π/4, hypot of equal sides), ratios near tan(π/8) and tan(3π/8) (atan2's reduction
/// boundaries), an edge value against anything, subnormals, both arguments near overflow, and pow's hard region
/// (base near 1, large or integral exponents). The same seed gives the same pairs on every machine.
/// </summary>
public static class PairInputs
{
    private const int Kinds = 8;
    private static readonly double[] Ratios = [1.0, 0.41421356237309503, 2.414213562373095];

    /// <summary><paramref name="count"/> float pairs (more when the edge pairs alone exceed it).</summary>
    public static (float[] X, float[] Y) Single(int count, int seed = 1)
    {
        var random = new Random(seed);
        int edges = EdgeValues.Single.Length * EdgeValues.Single.Length;
        int n = Math.Max(count, edges);
        float[] x = new float[n], y = new float[n];
        for (int i = 0; i < edges; i++)
            (x[i], y[i]) = (EdgeValues.Single[i / EdgeValues.Single.Length], EdgeValues.Single[i % EdgeValues.Single.Length]);
        for (int i = edges; i < n; i++)
            (x[i], y[i]) = SinglePair(random, i % Kinds);
        return (x, y);
    }

    /// <summary>
    /// Float triples for three-argument functions: the pairs of <see cref="Single"/> as the first and third arguments, the
    /// middle one from another seed's pairs in reverse order, so every edge pair meets drawn values and the reverse.
    /// </summary>
    public static (float[] X, float[] Y, float[] Z) SingleTriples(int count, int seed = 1)
    {
        (float[] x, float[] z) = Single(count, seed);
        float[] y = Single(count, seed + 1).Y;
        Array.Reverse(y);
        return (x, y, z);
    }

    /// <summary>Double triples, built as <see cref="SingleTriples"/> is.</summary>
    public static (double[] X, double[] Y, double[] Z) DoubleTriples(int count, int seed = 1)
    {
        (double[] x, double[] z) = Double(count, seed);
        double[] y = Double(count, seed + 1).Y;
        Array.Reverse(y);
        return (x, y, z);
    }

    /// <summary>Pairs drawn without the edge pairs, for samplers that need many independent chunks.</summary>
    public static void FillSingle(Random random, Span<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++)
            (x[i], y[i]) = SinglePair(random, random.Next(Kinds));
    }

    /// <summary><paramref name="count"/> double pairs (more when the edge pairs alone exceed it).</summary>
    public static (double[] X, double[] Y) Double(int count, int seed = 1)
    {
        var random = new Random(seed);
        int edges = EdgeValues.Double.Length * EdgeValues.Double.Length;
        int n = Math.Max(count, edges);
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < edges; i++)
            (x[i], y[i]) = (EdgeValues.Double[i / EdgeValues.Double.Length], EdgeValues.Double[i % EdgeValues.Double.Length]);
        for (int i = edges; i < n; i++)
            (x[i], y[i]) = DoublePair(random, i % Kinds);
        return (x, y);
    }

    /// <summary>Pairs drawn without the edge pairs.</summary>
    public static void FillDouble(Random random, Span<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
            (x[i], y[i]) = DoublePair(random, random.Next(Kinds));
    }

    private static (float, float) SinglePair(Random r, int kind)
    {
        (float a, float b) = kind switch
        {
            0 => (RawSingle(r), RawSingle(r)),
            1 => ((float)LogUniform(r, -149, 128), (float)LogUniform(r, -149, 128)),
            2 => Near((float)LogUniform(r, -149, 128), r, 1 << 12, ratio: 1),
            3 => Near((float)LogUniform(r, -100, 100), r, 1 << 8, Ratios[r.Next(Ratios.Length)]),
            4 => (EdgeValues.Single[r.Next(EdgeValues.Single.Length)], r.Next(2) == 0 ? RawSingle(r) : (float)LogUniform(r, -149, 128)),
            5 => (BitConverter.Int32BitsToSingle(r.Next(0, 0x00800000)) * Sign(r), (float)LogUniform(r, -149, -100)),
            6 => ((float)LogUniform(r, 120, 128), (float)LogUniform(r, 110, 128)),
            _ => PowSingle(r),
        };
        return r.Next(2) == 0 ? (a, b) : (b, a);
    }

    private static (double, double) DoublePair(Random r, int kind)
    {
        (double a, double b) = kind switch
        {
            0 => (RawDouble(r), RawDouble(r)),
            1 => (LogUniform(r, -1074, 1024), LogUniform(r, -1074, 1024)),
            2 => Near(LogUniform(r, -1074, 1024), r, 1 << 20, ratio: 1),
            3 => Near(LogUniform(r, -900, 900), r, 1 << 12, Ratios[r.Next(Ratios.Length)]),
            4 => (EdgeValues.Double[r.Next(EdgeValues.Double.Length)], r.Next(2) == 0 ? RawDouble(r) : LogUniform(r, -1074, 1024)),
            5 => (BitConverter.Int64BitsToDouble(r.NextInt64(0, 1L << 52)) * Sign(r), LogUniform(r, -1074, -1000)),
            6 => (LogUniform(r, 1010, 1024), LogUniform(r, 1000, 1024)),
            _ => PowDouble(r),
        };
        return r.Next(2) == 0 ? (a, b) : (b, a);
    }

    /// <summary>
    /// pow's hard region: a base within 2^-4 of 1 with an exponent up to 2^24 (results near 0, 1 and overflow), integral
    /// exponents with any base (signs of negative bases), and ordinary bases with exponents that reach the range limits.
    /// </summary>
    private static (float, float) PowSingle(Random r) => r.Next(3) switch
    {
        0 => (BitConverter.Int32BitsToSingle(0x3F800000 + r.Next(-1 << 19, 1 << 19)), (float)LogUniform(r, -10, 24)),
        1 => ((float)LogUniform(r, -20, 20), r.Next(-160, 161)),
        _ => ((float)Math.Abs(LogUniform(r, -149, 128)), (float)(r.NextDouble() * 300 - 150) / Math.Max(1, Math.Abs(r.Next(-127, 128)))),
    };

    private static (double, double) PowDouble(Random r) => r.Next(3) switch
    {
        0 => (BitConverter.Int64BitsToDouble(0x3FF0000000000000 + r.NextInt64(-1L << 48, 1L << 48)), LogUniform(r, -30, 53)),
        1 => (LogUniform(r, -50, 50), r.Next(-1100, 1101)),
        _ => (Math.Abs(LogUniform(r, -1074, 1024)), (r.NextDouble() * 2200 - 1100) / Math.Max(1, Math.Abs(r.Next(-1023, 1024)))),
    };

    /// <summary>(b, a) with a within <paramref name="steps"/> representable values of b·ratio, either sign.</summary>
    private static (float, float) Near(float b, Random r, int steps, double ratio)
    {
        float a = (float)(b * ratio);
        return (b, BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(a) + r.Next(-steps, steps + 1)) * Sign(r));
    }

    private static (double, double) Near(double b, Random r, int steps, double ratio)
    {
        double a = b * ratio;
        return (b, BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(a) + r.Next(-steps, steps + 1)) * Sign(r));
    }

    private static float RawSingle(Random r) => BitConverter.Int32BitsToSingle(r.Next() ^ (r.Next(2) << 31));

    private static double RawDouble(Random r) => BitConverter.Int64BitsToDouble(r.NextInt64() ^ ((long)r.Next(2) << 63));

    private static int Sign(Random r) => r.Next(2) * 2 - 1;

    /// <summary>±(1 + u)·2^e, e uniform in [min, max): every binade equally.</summary>
    private static double LogUniform(Random r, int minExponent, int maxExponent) =>
        Math.ScaleB(1 + r.NextDouble(), r.Next(minExponent, maxExponent)) * (r.Next(2) * 2 - 1);
}
