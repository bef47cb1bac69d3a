using System;
using HpcCore.Reference.Mpfr;

namespace HpcCore.Reference;

/// <summary>
/// How an error in ULPs is defined, special values included:
/// <list type="bullet">
/// <item>The ULP is that of the exact value's binade in the result format; below the normal range it is the
/// smallest subnormal; above the largest binade, that of the largest binade.</item>
/// <item>NaN expected: 0 if NaN was returned, else ∞. NaN returned when a number was expected: ∞.</item>
/// <item>±∞ expected (a pole or an overflow of MPFR's own range): 0 if that infinity was returned, else ∞.</item>
/// <item>An infinity returned for a finite exact value counts as ±2^(MaxBinade+1), as C99's error analyses do,
/// so overflowing just past the threshold costs less than 1 ULP and overflowing early costs more; an infinity
/// returned where the exact value is at least that large costs nothing.</item>
/// <item>A zero returned with the wrong sign, or any result for an exact ±0 other than that same zero: ∞.</item>
/// </list>
/// </summary>
public static unsafe class ErrorRules
{
    internal static double UlpError(ExactFunction.Scratch s, double computed, FloatFormat format)
    {
        bool computedIsNaN = double.IsNaN(computed), computedIsInfinity = double.IsInfinity(computed);
        MpfrFloat exact = s.Exact;
        if (exact.IsNaN)
            return computedIsNaN ? 0 : double.PositiveInfinity;
        if (computedIsNaN)
            return double.PositiveInfinity;
        bool computedNegative = double.IsNegative(computed);
        if (exact.IsInfinity)
            return computedIsInfinity && computedNegative == exact.IsNegative ? 0 : double.PositiveInfinity;
        if (exact.IsZero)
            return computed == 0 && computedNegative == exact.IsNegative ? 0 : double.PositiveInfinity;
        if (computed == 0 && computedNegative != exact.IsNegative)
            return double.PositiveInfinity;

        if (computedIsInfinity && computedNegative == exact.IsNegative && exact.Binade > format.MaxBinade)
            return 0; // |exact| ≥ 2^(MaxBinade+1): the correctly rounded result is that infinity.
        if (computedIsInfinity)
        {
            MpfrNative.SetDouble(s.Computed.Pointer, computedNegative ? -1.0 : 1.0, MpfrNative.RoundNearest);
            MpfrNative.MultiplyByPowerOfTwo(s.Computed.Pointer, s.Computed.Pointer, format.MaxBinade + 1, MpfrNative.RoundNearest);
        }
        else
        {
            MpfrNative.SetDouble(s.Computed.Pointer, computed, MpfrNative.RoundNearest);
        }

        MpfrNative.Subtract(s.Difference.Pointer, s.Computed.Pointer, exact.Pointer, MpfrNative.RoundNearest);
        MpfrNative.MultiplyByPowerOfTwo(s.Difference.Pointer, s.Difference.Pointer, -format.UlpExponent(exact.Binade), MpfrNative.RoundNearest);
        return Math.Abs(MpfrNative.GetDouble(s.Difference.Pointer, MpfrNative.RoundNearest));
    }
}
