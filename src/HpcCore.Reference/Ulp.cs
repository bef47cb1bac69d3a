using System;

namespace HpcCore.Reference;

/// <summary>
/// Distances between two values of the same format, counted in representable steps. The rules:
/// NaN and NaN are 0 apart whatever their payloads; NaN and a number are infinitely apart; +0 and −0 are 0 apart
/// (signs of zero are checked separately, as special values); subnormals are counted like all other steps, and the
/// largest finite number is one step from infinity.
/// </summary>
public static class Ulp
{
    /// <summary>Number of floats strictly after the smaller of <paramref name="a"/>, <paramref name="b"/> up to the larger.</summary>
    public static double Distance(float a, float b)
    {
        if (float.IsNaN(a) || float.IsNaN(b))
            return float.IsNaN(a) && float.IsNaN(b) ? 0 : double.PositiveInfinity;
        return Math.Abs((double)Ordinal(BitConverter.SingleToInt32Bits(a)) - Ordinal(BitConverter.SingleToInt32Bits(b)));
    }

    /// <summary>Number of doubles strictly after the smaller of <paramref name="a"/>, <paramref name="b"/> up to the larger.</summary>
    public static double Distance(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
            return double.IsNaN(a) && double.IsNaN(b) ? 0 : double.PositiveInfinity;
        long x = Ordinal(BitConverter.DoubleToInt64Bits(a)), y = Ordinal(BitConverter.DoubleToInt64Bits(b));
        return Math.Abs((double)(Int128.CreateTruncating(x) - y));
    }

    /// <summary>Maps sign-magnitude bits onto a line where consecutive values differ by one and both zeros are 0.</summary>
    private static long Ordinal(int bits) => bits < 0 ? -(long)(bits & int.MaxValue) : bits;

    private static long Ordinal(long bits) => bits < 0 ? -(bits & long.MaxValue) : bits;
}
