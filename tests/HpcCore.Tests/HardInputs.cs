using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using HpcCore.Reference;

namespace HpcCore.Tests;

/// <summary>Fills x and y with argument pairs drawn from <paramref name="random"/> (PairInputs.FillSingle / FillDouble).</summary>
public delegate void PairFill<T>(Random random, Span<T> x, Span<T> y);

/// <summary>
/// Input generators biased to where elementary functions go wrong: raw bit patterns (every class of value),
/// subnormals, values near zero, near the overflow and underflow thresholds of exp, near multiples of ln 2
/// and halfway between multiples of ln 2, 1 and log10 2 (the range-reduction boundaries of exp, exp2 and exp10), near
/// 1 (where logarithms cancel) and near powers of 10, near multiples of π/4 and the doubles closest to multiples of
/// π/2 (trigonometric reductions), and points a few ULPs around edge values.
/// </summary>
public static class HardInputs
{
    /// <summary>
    /// Doubles extremely close to multiples of π/2, where trigonometric reductions cancel the most: the closest of all,
    /// 6381956970095103·2^797 (2^−61.5 quadrants away; Muller, Elementary Functions, ch. 11), and the numerators of
    /// the continued-fraction convergents of π/2 (integers p with p − q·π/2 tiny), on both sides of the Cody–Waite limit.
    /// </summary>
    private static readonly double[] TrigWorstCases =
    [
        6381956970095103 * Math.Pow(2, 797), 344, 355, 51819, 52174, 260515, 573204, 4846147, 5419351, 37362253,
        42781604, 122925461, 411557987, 534483448, 2549491779, 3083975227, 17969367914, 21053343141, 881156436695,
        902209779836, 2685575996367, 8958937768937, 65398140378926, 74357078147863, 139755218526789, 214112296674652,
        5920787228742393, 6134899525417045,
    ];

    public static Gen<float> Single { get; } = Gen.Frequency(
        (4, RawBits()),
        (2, Subnormal()),
        (2, LogUniform(-149, 128)),
        (3, Gen.Elements(EdgeValues.Single).SelectMany(v => NearSingle(v, 1 << 12))),
        (3, Gen.Choose(-440, 440).SelectMany(k => NearSingle((float)(k * Math.Log(2) / 2), 1 << 10))),
        (2, Gen.Choose(-320, 320).SelectMany(k => NearSingle(k / 2f, 1 << 10))),
        (2, Gen.Choose(-320, 320).SelectMany(k => NearSingle((float)(k * Math.Log10(2) / 2), 1 << 10))),
        (1, Gen.Choose(-45, 38).SelectMany(k => NearSingle((float)Math.Pow(10, k), 1 << 10))),
        (2, Gen.Choose(-1 << 20, 1 << 20).SelectMany(k => NearSingle((float)(k * (Math.PI / 4)), 1 << 10))),
        (2, NearSingle(1f, 1 << 20)));

    public static Gen<double> Double { get; } = Gen.Frequency(
        (4, RawBits64()),
        (2, Subnormal64()),
        (2, LogUniform64()),
        (3, Gen.Elements(EdgeValues.Double).SelectMany(v => NearDouble(v, 1 << 16))),
        (3, Gen.Choose(-3000, 3000).SelectMany(k => NearDouble(k * Math.Log(2) / 2, 1 << 16))),
        (2, Gen.Choose(-2200, 2200).SelectMany(k => NearDouble(k / 2.0, 1 << 16))),
        (2, Gen.Choose(-2200, 2200).SelectMany(k => NearDouble(k * Math.Log10(2) / 2, 1 << 16))),
        (1, Gen.Choose(-320, 308).SelectMany(k => NearDouble(Math.Pow(10, k), 1 << 16))),
        (2, Gen.Choose(-1 << 30, 1 << 30).SelectMany(k => NearDouble(k * (Math.PI / 4), 1 << 16))),
        (1, Gen.Elements(TrigWorstCases).SelectMany(v => NearDouble(v, 1 << 8))),
        (2, NearDouble(1.0, 1 << 30)));

    private static Gen<float> RawBits() =>
        Gen.Choose(int.MinValue, int.MaxValue).Select(BitConverter.Int32BitsToSingle);

    private static Gen<float> Subnormal() =>
        Gen.Choose(1, 0x007FFFFF).Zip(Gen.Elements(0, int.MinValue), (m, sign) => BitConverter.Int32BitsToSingle(m | sign));

    private static Gen<float> LogUniform(int minExponent, int maxExponent) =>
        Gen.Choose(minExponent, maxExponent - 1).Zip(Gen.Choose(0, 0x007FFFFF), (e, m) => (float)Math.ScaleB(1 + m / 8388608.0, e))
            .Zip(Gen.Elements(1f, -1f), (v, s) => v * s);

    /// <summary>
    /// A value up to <paramref name="maxSteps"/> representable steps from <paramref name="center"/>: near steps walk
    /// value by value (correct through zero), far ones move the bit pattern (fast; may cross into NaN, also tested).
    /// </summary>
    private static Gen<float> NearSingle(float center, int maxSteps) =>
        Gen.Choose(-maxSteps, maxSteps).Select(steps =>
        {
            if (Math.Abs(steps) > 64)
                return BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(center) + steps);
            float v = center;
            for (int i = 0; i < Math.Abs(steps); i++)
                v = steps > 0 ? MathF.BitIncrement(v) : MathF.BitDecrement(v);
            return v;
        });

    private static Gen<long> Bits64() =>
        Gen.Choose(int.MinValue, int.MaxValue).Zip(Gen.Choose(int.MinValue, int.MaxValue), (hi, lo) => ((long)hi << 32) | (uint)lo);

    private static Gen<double> RawBits64() => Bits64().Select(BitConverter.Int64BitsToDouble);

    private static Gen<double> Subnormal64() =>
        Bits64().Select(b => BitConverter.Int64BitsToDouble((b & unchecked((long)0x800FFFFFFFFFFFFF)) | 1));

    private static Gen<double> LogUniform64() =>
        Gen.Choose(-1074, 1023).Zip(Bits64(), (e, b) => Math.ScaleB(1 + (b & 0xFFFFFFFFFFFFF) / 4503599627370496.0, e) * (b < 0 ? -1 : 1));

    private static Gen<double> NearDouble(double center, int maxSteps) =>
        Gen.Choose(-maxSteps, maxSteps).Select(steps => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(center) + steps));
}
