using System;
using System.Collections.Generic;
using HpcCore.Reference.Mpfr;

namespace HpcCore.Reference.Fitting;

/// <summary>
/// What a table-driven float logarithm looks up: x's bits less <see cref="Offset"/> split into an exponent e and a
/// mantissa m in [m0, 2·m0) (m0 the float whose bits are the offset), the next four bits the interval j of m. Per
/// interval a short reciprocal c_j ≈ 1/m, so r = m·c_j − 1 is small and exact in one Fma, and log(1/c_j) in each base.
/// </summary>
/// <param name="Offset">Bits of m0, the start of the mantissa range; chosen so that 1 lies inside an interval, whose
/// reciprocal is then 1 (no cancellation next to 1).</param>
/// <param name="IndexShift">Where j starts in the bits: 19, sixteen intervals of 2^19 float steps each covering the
/// whole mantissa range (the definitions shift by 19; the header spells it out).</param>
/// <param name="InverseBits">Significant bits of c_j: with |r| below 2^-4, m's 24 bits and c_j's k bits make m·c_j − 1
/// a float when 19 + k ≤ 24.</param>
public sealed record LogTableRequest(int Offset, int IndexShift, int InverseBits)
{
    /// <summary>Sixteen intervals: one 512-bit permutation of floats.</summary>
    public const int Entries = 16;

    /// <summary>The logarithms' high parts are multiples of this (2^-16), so e·ln 2's high part plus one is exact.</summary>
    public const double HighPartStep = 1.0 / 65536;

    /// <summary>Throws <see cref="ArgumentException"/> for a request whose r would not be exact.</summary>
    public void Validate()
    {
        if (IndexShift != 19)
            throw new ArgumentException($"The index shift must be 19, not {IndexShift}: sixteen intervals cover the mantissa's 23 bits only from there.");
        if (InverseBits is < 1 or > 5)
            throw new ArgumentException($"{InverseBits} bits for the reciprocals: r = m·c − 1 is exact only up to 5.");
        if (Offset is < 0x3F000000 or > 0x3F800000)
            throw new ArgumentException($"The offset 0x{Offset:X8} must be the bits of a float in [½, 1].");
    }
}

/// <summary>One interval of a <see cref="LogTableRequest"/>: its ends, the reciprocal and −log c_j in three bases.</summary>
/// <param name="Low">Smallest m of the interval.</param>
/// <param name="High">Largest m of the interval.</param>
/// <param name="Inverse">c_j, a short float near 1/m (1 for the interval holding 1).</param>
/// <param name="MaxR">The largest |m·c_j − 1| on the interval.</param>
/// <param name="Ln">−ln c_j as a multiple of 2^-16 and the rest rounded to float.</param>
/// <param name="Log2">−log2 c_j, the same way.</param>
/// <param name="Log10">−log10 c_j, the same way.</param>
public sealed record LogTableEntry(float Low, float High, float Inverse, double MaxR, (float High, float Low) Ln, (float High, float Low) Log2, (float High, float Low) Log10);

/// <summary>Builds the table of a <see cref="LogTableRequest"/>, the logarithms in 256-bit MPFR.</summary>
public static class LogTable
{
    /// <summary>The sixteen entries, in the order of j.</summary>
    /// <exception cref="ArgumentException">The request is invalid (<see cref="LogTableRequest.Validate"/>).</exception>
    /// <exception cref="MpfrNotInstalledException">libmpfr.so.6 is not installed.</exception>
    public static IReadOnlyList<LogTableEntry> Build(LogTableRequest request)
    {
        request.Validate();
        var entries = new List<LogTableEntry>();
        for (int j = 0; j < LogTableRequest.Entries; j++)
        {
            float low = BitConverter.Int32BitsToSingle(request.Offset + (j << request.IndexShift));
            float high = BitConverter.Int32BitsToSingle(request.Offset + ((j + 1) << request.IndexShift) - 1);
            float inverse = low <= 1 && 1 <= high ? 1 : BestInverse(low, high, request.InverseBits);
            entries.Add(new LogTableEntry(low, high, inverse, MaxR(low, high, inverse),
                Split(MinusLog("log", inverse)), Split(MinusLog("log2", inverse)), Split(MinusLog("log10", inverse))));
        }
        return entries;
    }

    /// <summary>The k-bit number nearest to minimizing max |m·c − 1| over [low, high] (exact in double: 24 + k bits).</summary>
    private static float BestInverse(float low, float high, int bits)
    {
        double target = 2.0 / ((double)low + high);
        double step = Math.ScaleB(1.0, Math.ILogB(target) - (bits - 1));
        double best = 0, bestR = double.MaxValue;
        for (double c = (Math.Floor(target / step) - 2) * step; c <= target + 3 * step; c += step)
            if (MaxR(low, high, c) < bestR)
                (best, bestR) = (c, MaxR(low, high, c));
        return (float)best;
    }

    private static double MaxR(float low, float high, double c) => Math.Max(Math.Abs(low * c - 1), Math.Abs(high * c - 1));

    private static Real MinusLog(string function, float c) => Real.Zero - Real.Apply(ExactFunction.Get(function), c); // +0 for c = 1

    /// <summary>t as a multiple of 2^-16 (rounded to nearest) and the rest, rounded once to float.</summary>
    private static (float, float) Split(Real t)
    {
        double high = Math.Round(t.ToDouble() / LogTableRequest.HighPartStep) * LogTableRequest.HighPartStep;
        return ((float)high, (t - high).ToSingle());
    }
}
