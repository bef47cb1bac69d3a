namespace HpcCore.Reference;

/// <summary>The IEEE 754 binary format of a result: what a ULP is, where subnormals and overflow begin.</summary>
/// <param name="Precision">Significand bits, the hidden bit included (24 or 53).</param>
/// <param name="MinNormalBinade">floor(log2) of the smallest normal number (−126 or −1022).</param>
/// <param name="MaxBinade">floor(log2) of the largest finite number (127 or 1023).</param>
public sealed record FloatFormat(int Precision, int MinNormalBinade, int MaxBinade)
{
    /// <summary>IEEE binary32.</summary>
    public static FloatFormat Single { get; } = new(24, -126, 127);

    /// <summary>IEEE binary64.</summary>
    public static FloatFormat Double { get; } = new(53, -1022, 1023);

    /// <summary>log2 of the ULP of numbers in binade <paramref name="binade"/>; subnormals share the ULP of the smallest normals.</summary>
    public long UlpExponent(long binade) => System.Math.Clamp(binade, MinNormalBinade, MaxBinade) - (Precision - 1);

    /// <summary>MPFR's emin for correctly rounded results with subnormals (smallest subnormal = 0.5·2^emin).</summary>
    internal long MpfrEmin => MinNormalBinade - (Precision - 1) + 1;

    /// <summary>MPFR's emax (largest finite &lt; 2^emax).</summary>
    internal long MpfrEmax => MaxBinade + 1;
}
