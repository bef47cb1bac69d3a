using System;
using HpcCore.Reference;
using Xunit;
using static HpcCore.Tests.SpecialValueTests;

namespace HpcCore.Tests;

/// <summary>
/// C99 Annex F (F.10.1.4 atan2, F.10.4.3 hypot, F.10.4.4 pow) special cases of the two-argument functions, stated from the
/// standard, plus a check over every pair of edge values that a special result (NaN, ±∞, ±0) is exactly MPFR's and
/// what Math/MathF return.
/// </summary>
public class BinarySpecialValueTests
{
    private const float Pi = 3.14159274f, HalfPi = 1.57079637f, QuarterPi = 0.785398185f, ThreeQuarterPi = 2.3561945f;
    private const float Inf = float.PositiveInfinity;
    private static readonly float P125 = MathF.ScaleB(1f, 125), PMinus140 = MathF.ScaleB(1f, -140);

    /// <summary>(y, x, atan2(y, x)) for float; the special cases are also checked in double, with π's multiples in double.</summary>
    public static TheoryData<float, float, float> Atan2Cases => new()
    {
        { 0f, 1f, 0f }, { -0f, 1f, -0f }, { 0f, 0f, 0f }, { -0f, 0f, -0f },              // ±0 with x > 0 or +0: ±0
        { 0f, -1f, Pi }, { -0f, -1f, -Pi }, { 0f, -0f, Pi }, { -0f, -0f, -Pi },          // ±0 with x < 0 or −0: ±π
        { 1f, 0f, HalfPi }, { 1f, -0f, HalfPi }, { -1f, 0f, -HalfPi }, { -1f, -0f, -HalfPi }, // x = ±0: ±π/2
        { 1f, -Inf, Pi }, { -1f, -Inf, -Pi }, { 1f, Inf, 0f }, { -1f, Inf, -0f },          // finite y, infinite x
        { Inf, 1f, HalfPi }, { -Inf, -1f, -HalfPi },                                       // infinite y, finite x
        { Inf, -Inf, ThreeQuarterPi }, { -Inf, -Inf, -ThreeQuarterPi }, { Inf, Inf, QuarterPi }, { -Inf, Inf, -QuarterPi },
        { float.NaN, 1f, float.NaN }, { 1f, float.NaN, float.NaN }, { float.NaN, Inf, float.NaN },
        { 1f, 1f, QuarterPi }, { 1f, -1f, ThreeQuarterPi }, { float.MaxValue, float.MaxValue, QuarterPi },
        { float.Epsilon, float.Epsilon, QuarterPi }, { float.Epsilon, float.MaxValue, 0f }, { float.MaxValue, float.Epsilon, HalfPi },
    };

    /// <summary>(x, y, hypot(x, y)).</summary>
    public static TheoryData<float, float, float> HypotCases => new()
    {
        { Inf, float.NaN, Inf }, { float.NaN, -Inf, Inf }, { -Inf, 1f, Inf }, { 1f, Inf, Inf },   // ±∞ wins over NaN
        { float.NaN, 1f, float.NaN }, { 1f, float.NaN, float.NaN },
        { 0f, 0f, 0f }, { -0f, -0f, 0f }, { -3f, 0f, 3f }, { -0f, -5f, 5f },                   // hypot(x, ±0) = |x|
        { 3f, 4f, 5f }, { -5f, 12f, 13f }, { float.MaxValue, float.MaxValue, Inf },            // overflow only at the end
        { 3 * P125, 4 * P125, 5 * P125 },                                          // squares overflow, the result does not
        { float.Epsilon, float.Epsilon, float.Epsilon },                                       // 1.41·2^-149 rounds to 2^-149
        { 3 * float.Epsilon, 4 * float.Epsilon, 5 * float.Epsilon }, { 3 * PMinus140, 4 * PMinus140, 5 * PMinus140 },
    };

    /// <summary>(x, y, pow(x, y)), each line one rule of C99 F.10.4.4.</summary>
    public static TheoryData<float, float, float> PowCases => new()
    {
        { 0f, -3f, Inf }, { -0f, -3f, -Inf },                                  // pow(±0, y) = ±∞ for odd integral y < 0
        { 0f, -2f, Inf }, { -0f, -0.5f, Inf }, { -0f, -Inf, Inf },             // +∞ for other y < 0 and y = −∞
        { 0f, 3f, 0f }, { -0f, 3f, -0f },                                      // ±0 for odd integral y > 0
        { -0f, 2f, 0f }, { -0f, 0.5f, 0f }, { 0f, Inf, 0f },                   // +0 for other y > 0
        { -1f, Inf, 1f }, { -1f, -Inf, 1f },                                   // pow(−1, ±∞) = 1
        { 1f, float.NaN, 1f }, { 1f, -Inf, 1f }, { 1f, 7.5f, 1f },             // pow(+1, y) = 1 for any y, even NaN
        { float.NaN, 0f, 1f }, { -Inf, -0f, 1f }, { -2f, 0f, 1f },             // pow(x, ±0) = 1 for any x, even NaN
        { -2f, 0.5f, float.NaN }, { -float.MaxValue, 1.5f, float.NaN },         // negative finite x, non-integral y
        { 0.5f, -Inf, Inf }, { -0.5f, -Inf, Inf }, { 2f, -Inf, 0f }, { -2f, -Inf, 0f },
        { 0.5f, Inf, 0f }, { -0.5f, Inf, 0f }, { 2f, Inf, Inf }, { -2f, Inf, Inf },
        { -Inf, -3f, -0f }, { -Inf, -2f, 0f }, { -Inf, -0.5f, 0f },            // pow(−∞, y < 0)
        { -Inf, 3f, -Inf }, { -Inf, 2f, Inf }, { -Inf, 0.5f, Inf },            // pow(−∞, y > 0)
        { Inf, -1f, 0f }, { Inf, 0.5f, Inf },                                  // pow(+∞, y)
        { float.NaN, 1f, float.NaN }, { 2f, float.NaN, float.NaN },
        { 2f, 10f, 1024f }, { -2f, 3f, -8f }, { -2f, -2f, 0.25f }, { 10f, 2f, 100f }, { 4f, 0.5f, 2f },
        { 2f, 128f, Inf }, { 2f, -149f, float.Epsilon }, { 2f, -150f, 0f }, { -2f, -149f, -float.Epsilon },
        { -1f, 16777217f, 1f }, { -1f, 16777215f, -1f },                      // 2^24 + 1 rounds to an even float
    };

    [Theory, MemberData(nameof(PowCases))]
    public void Pow_special_values(float x, float y, float expected)
    {
        AssertSame(expected, HpcMath.Pow(x, y), $"Pow({x:R}, {y:R})");
        if (!(MathF.Abs(y) >= 100)) // rows with |y| ≥ 100 test float's range limits, which double does not share
            AssertSame((double)expected, HpcMath.Pow((double)x, y), $"Pow({x:R}, {y:R}) in double");
    }

    [Theory, MemberData(nameof(Atan2Cases))]
    public void Atan2_special_values(float y, float x, float expected)
    {
        AssertSame(expected, HpcMath.Atan2(y, x), $"Atan2({y:R}, {x:R})");
        bool special = !float.IsFinite(y) || !float.IsFinite(x) || y == 0 || x == 0 || (MathF.Abs(y) == 1 && MathF.Abs(x) == 1);
        if (special) // the same case in double: the standard's value with π's multiples rounded to double
            AssertSame(InDouble(expected), HpcMath.Atan2((double)y, x), $"Atan2({y:R}, {x:R}) in double");
    }

    [Theory, MemberData(nameof(HypotCases))]
    public void Hypot_special_values(float x, float y, float expected)
    {
        AssertSame(expected, HpcMath.Hypot(x, y), $"Hypot({x:R}, {y:R})");
        if (!float.IsFinite(x) || !float.IsFinite(y) || x == 0 || y == 0)
            AssertSame(expected, HpcMath.Hypot((double)x, y), $"Hypot({x:R}, {y:R}) in double");
    }

    [Fact]
    public void Special_results_at_pairs_of_edge_values_match_mpfr_and_Math_exactly()
    {
        foreach ((string name, Func<float, float, float> ours, Func<float, float, float> system) in new (string, Func<float, float, float>, Func<float, float, float>)[]
                 { ("atan2", HpcMath.Atan2, MathF.Atan2), ("hypot", HpcMath.Hypot, float.Hypot), ("pow", HpcMath.Pow, MathF.Pow) })
        {
            ExactFunction exact = ExactFunction.Get(name, arity: 2);
            foreach (float x in EdgeValues.Single)
                foreach (float y in EdgeValues.Single)
                {
                    float expected = exact.CorrectlyRounded(x, y);
                    if (float.IsFinite(expected) && expected != 0)
                        continue;
                    AssertSame(expected, ours(x, y), $"{name}({x:R}, {y:R})");
                    AssertSame(system(x, y), ours(x, y), $"{name}({x:R}, {y:R}) vs MathF");
                }
        }

        foreach ((string name, Func<double, double, double> ours, Func<double, double, double> system) in new (string, Func<double, double, double>, Func<double, double, double>)[]
                 { ("atan2", HpcMath.Atan2, Math.Atan2), ("hypot", HpcMath.Hypot, double.Hypot), ("pow", HpcMath.Pow, Math.Pow) })
        {
            ExactFunction exact = ExactFunction.Get(name, arity: 2);
            foreach (double x in EdgeValues.Double)
                foreach (double y in EdgeValues.Double)
                {
                    double expected = exact.CorrectlyRounded(x, y);
                    if (double.IsFinite(expected) && expected != 0)
                        continue;
                    AssertSame(expected, ours(x, y), $"{name}({x:R}, {y:R})");
                    AssertSame(system(x, y), ours(x, y), $"{name}({x:R}, {y:R}) vs Math");
                }
        }
    }

    /// <summary>A float table entry as double: π's multiples rounded to double (3π/4 correctly rounded is 2.356194490192345).</summary>
    private static double InDouble(float expected) => MathF.Abs(expected) switch
    {
        Pi => Math.CopySign(Math.PI, expected),
        HalfPi => Math.CopySign(Math.PI / 2, expected),
        QuarterPi => Math.CopySign(Math.PI / 4, expected),
        ThreeQuarterPi => Math.CopySign(2.356194490192345, expected),
        _ => expected,
    };
}
