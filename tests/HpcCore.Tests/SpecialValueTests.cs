using System;
using HpcCore.Reference;
using Xunit;

namespace HpcCore.Tests;

/// <summary>
/// IEEE 754 / C99 Annex F special cases, stated here from the standards (not from the code), plus a check that at
/// every edge value a special result (NaN, ±∞, ±0) is exactly MPFR's correctly rounded one and what Math/MathF (or the C
/// library, for functions .NET lacks) return.
/// </summary>
public class SpecialValueTests
{
    public static TheoryData<float, float> ExpSingleCases => new()
    {
        { float.NaN, float.NaN }, { float.PositiveInfinity, float.PositiveInfinity }, { float.NegativeInfinity, 0f },
        { 0f, 1f }, { -0f, 1f }, { 89f, float.PositiveInfinity }, { -104f, 0f }, { float.MaxValue, float.PositiveInfinity },
        { float.MinValue, 0f },
    };

    public static TheoryData<float, float> LogSingleCases => new()
    {
        { float.NaN, float.NaN }, { float.PositiveInfinity, float.PositiveInfinity }, { float.NegativeInfinity, float.NaN },
        { 0f, float.NegativeInfinity }, { -0f, float.NegativeInfinity }, { -1f, float.NaN }, { -float.Epsilon, float.NaN },
        { 1f, 0f },
    };

    public static TheoryData<double, double> ExpDoubleCases => new()
    {
        { double.NaN, double.NaN }, { double.PositiveInfinity, double.PositiveInfinity }, { double.NegativeInfinity, 0.0 },
        { 0.0, 1.0 }, { -0.0, 1.0 }, { 710.0, double.PositiveInfinity }, { -746.0, 0.0 }, { double.MaxValue, double.PositiveInfinity },
    };

    public static TheoryData<double, double> LogDoubleCases => new()
    {
        { double.NaN, double.NaN }, { double.PositiveInfinity, double.PositiveInfinity }, { double.NegativeInfinity, double.NaN },
        { 0.0, double.NegativeInfinity }, { -0.0, double.NegativeInfinity }, { -1.0, double.NaN }, { -double.Epsilon, double.NaN },
        { 1.0, 0.0 },
    };

    public static TheoryData<float, float> Exp2SingleCases => new()
    {
        { float.NaN, float.NaN }, { float.PositiveInfinity, float.PositiveInfinity }, { float.NegativeInfinity, 0f },
        { 0f, 1f }, { -0f, 1f }, { 3f, 8f }, { -1f, 0.5f }, { 127f, 1.7014118e38f }, { 128f, float.PositiveInfinity },
        { -149f, float.Epsilon }, { -150f, 0f }, { float.MinValue, 0f },
    };

    public static TheoryData<float, float> Exp10SingleCases => new()
    {
        { float.NaN, float.NaN }, { float.PositiveInfinity, float.PositiveInfinity }, { float.NegativeInfinity, 0f },
        { 0f, 1f }, { -0f, 1f }, { 1f, 10f }, { 2f, 100f }, { 5f, 100000f }, { 39f, float.PositiveInfinity }, { -46f, 0f },
    };

    public static TheoryData<float, float> Log2SingleCases => new()
    {
        { float.NaN, float.NaN }, { float.PositiveInfinity, float.PositiveInfinity }, { float.NegativeInfinity, float.NaN },
        { 0f, float.NegativeInfinity }, { -0f, float.NegativeInfinity }, { -1f, float.NaN }, { 1f, 0f }, { 8f, 3f },
        { 0.5f, -1f }, { float.Epsilon, -149f }, { float.MaxValue, 128f },
    };

    public static TheoryData<float, float> Log10SingleCases => new()
    {
        { float.NaN, float.NaN }, { float.PositiveInfinity, float.PositiveInfinity }, { float.NegativeInfinity, float.NaN },
        { 0f, float.NegativeInfinity }, { -0f, float.NegativeInfinity }, { -1f, float.NaN }, { 1f, 0f }, { 10f, 1f },
        { 100f, 2f }, { 1000f, 3f },
    };

    public static TheoryData<double, double> Exp2DoubleCases => new()
    {
        { double.NaN, double.NaN }, { double.PositiveInfinity, double.PositiveInfinity }, { double.NegativeInfinity, 0.0 },
        { 0.0, 1.0 }, { -0.0, 1.0 }, { 3.0, 8.0 }, { -1.0, 0.5 }, { 1024.0, double.PositiveInfinity }, { -1074.0, double.Epsilon },
        { -1075.0, 0.0 },
    };

    public static TheoryData<double, double> Exp10DoubleCases => new()
    {
        { double.NaN, double.NaN }, { double.PositiveInfinity, double.PositiveInfinity }, { double.NegativeInfinity, 0.0 },
        { 0.0, 1.0 }, { -0.0, 1.0 }, { 1.0, 10.0 }, { 2.0, 100.0 }, { 309.0, double.PositiveInfinity }, { -324.0, 0.0 },
    };

    public static TheoryData<double, double> Log2DoubleCases => new()
    {
        { double.NaN, double.NaN }, { double.PositiveInfinity, double.PositiveInfinity }, { double.NegativeInfinity, double.NaN },
        { 0.0, double.NegativeInfinity }, { -0.0, double.NegativeInfinity }, { -1.0, double.NaN }, { 1.0, 0.0 }, { 8.0, 3.0 },
        { double.Epsilon, -1074.0 },
    };

    public static TheoryData<double, double> Log10DoubleCases => new()
    {
        { double.NaN, double.NaN }, { double.PositiveInfinity, double.PositiveInfinity }, { double.NegativeInfinity, double.NaN },
        { 0.0, double.NegativeInfinity }, { -0.0, double.NegativeInfinity }, { -1.0, double.NaN }, { 1.0, 0.0 }, { 10.0, 1.0 },
        { 100.0, 2.0 },
    };

    public static TheoryData<float, float> ExpM1SingleCases => new()
    {
        { float.NaN, float.NaN }, { float.PositiveInfinity, float.PositiveInfinity }, { float.NegativeInfinity, -1f },
        { 0f, 0f }, { -0f, -0f }, { float.Epsilon, float.Epsilon }, { -float.Epsilon, -float.Epsilon }, { 1e-30f, 1e-30f },
        { 89f, float.PositiveInfinity }, { -20f, -1f },
    };

    public static TheoryData<float, float> LogP1SingleCases => new()
    {
        { float.NaN, float.NaN }, { float.PositiveInfinity, float.PositiveInfinity }, { float.NegativeInfinity, float.NaN },
        { 0f, 0f }, { -0f, -0f }, { -1f, float.NegativeInfinity }, { -1.0000001f, float.NaN }, { -2f, float.NaN },
        { float.Epsilon, float.Epsilon }, { -float.Epsilon, -float.Epsilon }, { 1e-30f, 1e-30f },
    };

    public static TheoryData<float, float> SinhSingleCases => new()
    {
        { float.NaN, float.NaN }, { float.PositiveInfinity, float.PositiveInfinity }, { float.NegativeInfinity, float.NegativeInfinity },
        { 0f, 0f }, { -0f, -0f }, { float.Epsilon, float.Epsilon }, { 90f, float.PositiveInfinity }, { -90f, float.NegativeInfinity },
    };

    public static TheoryData<float, float> CoshSingleCases => new()
    {
        { float.NaN, float.NaN }, { float.PositiveInfinity, float.PositiveInfinity }, { float.NegativeInfinity, float.PositiveInfinity },
        { 0f, 1f }, { -0f, 1f }, { float.Epsilon, 1f }, { 90f, float.PositiveInfinity }, { -90f, float.PositiveInfinity },
    };

    public static TheoryData<float, float> TanhSingleCases => new()
    {
        { float.NaN, float.NaN }, { float.PositiveInfinity, 1f }, { float.NegativeInfinity, -1f }, { 0f, 0f }, { -0f, -0f },
        { float.Epsilon, float.Epsilon }, { -float.Epsilon, -float.Epsilon }, { 10f, 1f }, { -10f, -1f }, { float.MaxValue, 1f },
    };

    public static TheoryData<double, double> ExpM1DoubleCases => new()
    {
        { double.NaN, double.NaN }, { double.PositiveInfinity, double.PositiveInfinity }, { double.NegativeInfinity, -1.0 },
        { 0.0, 0.0 }, { -0.0, -0.0 }, { double.Epsilon, double.Epsilon }, { 1e-300, 1e-300 }, { 710.0, double.PositiveInfinity },
        { -40.0, -1.0 },
    };

    public static TheoryData<double, double> LogP1DoubleCases => new()
    {
        { double.NaN, double.NaN }, { double.PositiveInfinity, double.PositiveInfinity }, { double.NegativeInfinity, double.NaN },
        { 0.0, 0.0 }, { -0.0, -0.0 }, { -1.0, double.NegativeInfinity }, { -2.0, double.NaN }, { double.Epsilon, double.Epsilon },
        { 1e-300, 1e-300 },
    };

    public static TheoryData<double, double> SinhDoubleCases => new()
    {
        { double.NaN, double.NaN }, { double.PositiveInfinity, double.PositiveInfinity }, { double.NegativeInfinity, double.NegativeInfinity },
        { 0.0, 0.0 }, { -0.0, -0.0 }, { double.Epsilon, double.Epsilon }, { 711.0, double.PositiveInfinity }, { -711.0, double.NegativeInfinity },
    };

    public static TheoryData<double, double> CoshDoubleCases => new()
    {
        { double.NaN, double.NaN }, { double.PositiveInfinity, double.PositiveInfinity }, { double.NegativeInfinity, double.PositiveInfinity },
        { 0.0, 1.0 }, { -0.0, 1.0 }, { 711.0, double.PositiveInfinity }, { -711.0, double.PositiveInfinity },
    };

    public static TheoryData<double, double> TanhDoubleCases => new()
    {
        { double.NaN, double.NaN }, { double.PositiveInfinity, 1.0 }, { double.NegativeInfinity, -1.0 }, { 0.0, 0.0 }, { -0.0, -0.0 },
        { double.Epsilon, double.Epsilon }, { 25.0, 1.0 }, { -25.0, -1.0 },
    };

    public static TheoryData<float, float> SinSingleCases => new()
    {
        { float.NaN, float.NaN }, { float.PositiveInfinity, float.NaN }, { float.NegativeInfinity, float.NaN }, { 0f, 0f }, { -0f, -0f },
        { float.Epsilon, float.Epsilon }, { -float.Epsilon, -float.Epsilon }, { 1e-30f, 1e-30f }, { -2.4414062e-4f, -2.4414062e-4f },
    };

    public static TheoryData<float, float> CosSingleCases => new()
    {
        { float.NaN, float.NaN }, { float.PositiveInfinity, float.NaN }, { float.NegativeInfinity, float.NaN }, { 0f, 1f }, { -0f, 1f },
        { float.Epsilon, 1f }, { -1e-30f, 1f },
    };

    public static TheoryData<float, float> TanSingleCases => new()
    {
        { float.NaN, float.NaN }, { float.PositiveInfinity, float.NaN }, { float.NegativeInfinity, float.NaN }, { 0f, 0f }, { -0f, -0f },
        { float.Epsilon, float.Epsilon }, { -float.Epsilon, -float.Epsilon }, { -1e-30f, -1e-30f },
    };

    public static TheoryData<double, double> SinDoubleCases => new()
    {
        { double.NaN, double.NaN }, { double.PositiveInfinity, double.NaN }, { double.NegativeInfinity, double.NaN }, { 0.0, 0.0 },
        { -0.0, -0.0 }, { double.Epsilon, double.Epsilon }, { -double.Epsilon, -double.Epsilon }, { 1e-300, 1e-300 },
    };

    public static TheoryData<double, double> CosDoubleCases => new()
    {
        { double.NaN, double.NaN }, { double.PositiveInfinity, double.NaN }, { double.NegativeInfinity, double.NaN }, { 0.0, 1.0 },
        { -0.0, 1.0 }, { double.Epsilon, 1.0 }, { -1e-300, 1.0 },
    };

    public static TheoryData<double, double> TanDoubleCases => new()
    {
        { double.NaN, double.NaN }, { double.PositiveInfinity, double.NaN }, { double.NegativeInfinity, double.NaN }, { 0.0, 0.0 },
        { -0.0, -0.0 }, { double.Epsilon, double.Epsilon }, { -double.Epsilon, -double.Epsilon }, { -1e-300, -1e-300 },
    };

    [Theory, MemberData(nameof(SinSingleCases))]
    public void Sin_float_special_values(float x, float expected) => AssertSame(expected, HpcMath.Sin(x));

    [Theory, MemberData(nameof(CosSingleCases))]
    public void Cos_float_special_values(float x, float expected) => AssertSame(expected, HpcMath.Cos(x));

    [Theory, MemberData(nameof(TanSingleCases))]
    public void Tan_float_special_values(float x, float expected) => AssertSame(expected, HpcMath.Tan(x));

    [Theory, MemberData(nameof(SinDoubleCases))]
    public void Sin_double_special_values(double x, double expected) => AssertSame(expected, HpcMath.Sin(x));

    [Theory, MemberData(nameof(CosDoubleCases))]
    public void Cos_double_special_values(double x, double expected) => AssertSame(expected, HpcMath.Cos(x));

    [Theory, MemberData(nameof(TanDoubleCases))]
    public void Tan_double_special_values(double x, double expected) => AssertSame(expected, HpcMath.Tan(x));

    public static TheoryData<float, float> SinPiSingleCases => new()
    {
        { float.NaN, float.NaN }, { float.PositiveInfinity, float.NaN }, { float.NegativeInfinity, float.NaN }, { 0f, 0f }, { -0f, -0f },
        { 1f, 0f }, { -1f, -0f }, { 2f, 0f }, { -2f, -0f }, { 0.5f, 1f }, { -0.5f, -1f }, { 1.5f, -1f }, { 0.25f, 0.70710677f },
        { 1e30f, 0f }, { -1e30f, -0f }, { 8388609f, 0f }, { -8388609f, -0f },
    };

    public static TheoryData<float, float> CosPiSingleCases => new()
    {
        { float.NaN, float.NaN }, { float.PositiveInfinity, float.NaN }, { float.NegativeInfinity, float.NaN }, { 0f, 1f }, { -0f, 1f },
        { 1f, -1f }, { -1f, -1f }, { 2f, 1f }, { 0.5f, 0f }, { -0.5f, 0f }, { 1.5f, 0f }, { -2.5f, 0f }, { 1e30f, 1f },
        { 8388609f, -1f }, { 4194304.5f, 0f },
    };

    public static TheoryData<double, double> SinPiDoubleCases => new()
    {
        { double.NaN, double.NaN }, { double.PositiveInfinity, double.NaN }, { 0.0, 0.0 }, { -0.0, -0.0 }, { 1.0, 0.0 }, { -1.0, -0.0 },
        { 0.5, 1.0 }, { 1.5, -1.0 }, { 1e300, 0.0 }, { -1e300, -0.0 }, { 4503599627370497.0, 0.0 }, { -4503599627370497.0, -0.0 },
    };

    public static TheoryData<double, double> CosPiDoubleCases => new()
    {
        { double.NaN, double.NaN }, { double.NegativeInfinity, double.NaN }, { 0.0, 1.0 }, { -0.0, 1.0 }, { 1.0, -1.0 }, { 0.5, 0.0 },
        { -0.5, 0.0 }, { 1e300, 1.0 }, { 4503599627370497.0, -1.0 }, { 2251799813685248.5, 0.0 },
    };

    public static TheoryData<string, float, float> InverseTrigSingleCases => new()
    {
        { "atan", 0f, 0f }, { "atan", -0f, -0f }, { "atan", float.PositiveInfinity, 1.57079637f }, { "atan", float.NegativeInfinity, -1.57079637f },
        { "atan", 1f, 0.785398185f }, { "atan", float.NaN, float.NaN },
        { "asin", 0f, 0f }, { "asin", -0f, -0f }, { "asin", 1f, 1.57079637f }, { "asin", -1f, -1.57079637f }, { "asin", 1.0000001f, float.NaN },
        { "asin", float.PositiveInfinity, float.NaN }, { "asin", float.NaN, float.NaN },
        { "acos", 1f, 0f }, { "acos", -1f, 3.14159274f }, { "acos", 0f, 1.57079637f }, { "acos", -0f, 1.57079637f },
        { "acos", -1.0000001f, float.NaN }, { "acos", float.NegativeInfinity, float.NaN }, { "acos", float.NaN, float.NaN },
        { "atanh", 0f, 0f }, { "atanh", -0f, -0f }, { "atanh", 1f, float.PositiveInfinity }, { "atanh", -1f, float.NegativeInfinity },
        { "atanh", 1.0000001f, float.NaN }, { "atanh", float.PositiveInfinity, float.NaN }, { "atanh", float.NaN, float.NaN },
        { "asinh", 0f, 0f }, { "asinh", -0f, -0f }, { "asinh", float.PositiveInfinity, float.PositiveInfinity },
        { "asinh", float.NegativeInfinity, float.NegativeInfinity }, { "asinh", float.NaN, float.NaN },
        { "acosh", 1f, 0f }, { "acosh", float.PositiveInfinity, float.PositiveInfinity }, { "acosh", 0.99999994f, float.NaN },
        { "acosh", float.NegativeInfinity, float.NaN }, { "acosh", float.NaN, float.NaN },
        { "cbrt", 0f, 0f }, { "cbrt", -0f, -0f }, { "cbrt", 27f, 3f }, { "cbrt", -8f, -2f },
        { "cbrt", float.PositiveInfinity, float.PositiveInfinity }, { "cbrt", float.NegativeInfinity, float.NegativeInfinity }, { "cbrt", float.NaN, float.NaN },
        { "erf", 0f, 0f }, { "erf", -0f, -0f }, { "erf", float.PositiveInfinity, 1f }, { "erf", float.NegativeInfinity, -1f },
        { "erf", 4f, 1f }, { "erf", -4f, -1f }, { "erf", float.NaN, float.NaN }, { "erf", float.Epsilon, float.Epsilon },
        { "erfc", 0f, 1f }, { "erfc", -0f, 1f }, { "erfc", float.PositiveInfinity, 0f }, { "erfc", float.NegativeInfinity, 2f },
        { "erfc", 11f, 0f }, { "erfc", -11f, 2f }, { "erfc", float.NaN, float.NaN },
    };

    public static TheoryData<string, double, double> InverseTrigDoubleCases => new()
    {
        { "atan", 0.0, 0.0 }, { "atan", -0.0, -0.0 }, { "atan", double.PositiveInfinity, Math.PI / 2 }, { "atan", double.NegativeInfinity, -Math.PI / 2 },
        { "asin", 1.0, Math.PI / 2 }, { "asin", -0.0, -0.0 }, { "asin", 1.0000000000000002, double.NaN },
        { "acos", 1.0, 0.0 }, { "acos", -1.0, Math.PI }, { "acos", 0.0, Math.PI / 2 }, { "acos", double.NaN, double.NaN },
        { "atanh", 1.0, double.PositiveInfinity }, { "atanh", -1.0, double.NegativeInfinity }, { "atanh", -0.0, -0.0 }, { "atanh", 2.0, double.NaN },
        { "asinh", -0.0, -0.0 }, { "asinh", double.NegativeInfinity, double.NegativeInfinity },
        { "acosh", 1.0, 0.0 }, { "acosh", 0.9999999999999999, double.NaN }, { "acosh", double.PositiveInfinity, double.PositiveInfinity },
        { "cbrt", -0.0, -0.0 }, { "cbrt", 27.0, 3.0 }, { "cbrt", -1e-300, -1e-100 }, { "cbrt", double.NegativeInfinity, double.NegativeInfinity },
        { "erf", 0.0, 0.0 }, { "erf", -0.0, -0.0 }, { "erf", double.PositiveInfinity, 1.0 }, { "erf", double.NegativeInfinity, -1.0 },
        { "erf", 6.0, 1.0 }, { "erf", -6.0, -1.0 }, { "erf", double.NaN, double.NaN }, { "erf", double.Epsilon, double.Epsilon },
        { "erfc", 0.0, 1.0 }, { "erfc", -0.0, 1.0 }, { "erfc", double.PositiveInfinity, 0.0 }, { "erfc", double.NegativeInfinity, 2.0 },
        { "erfc", 27.5, 0.0 }, { "erfc", -27.5, 2.0 }, { "erfc", double.NaN, double.NaN },
    };

    [Theory, MemberData(nameof(InverseTrigSingleCases))]
    public void Inverse_and_root_float_special_values(string name, float x, float expected) => AssertSame(expected, Inverse(name)(x), $"{name}({x:R})");

    [Theory, MemberData(nameof(InverseTrigDoubleCases))]
    public void Inverse_and_root_double_special_values(string name, double x, double expected) => AssertSame(expected, InverseDouble(name)(x), $"{name}({x:R})");

    private static Func<float, float> Inverse(string name) => name switch
    {
        "atan" => HpcMath.Atan, "asin" => HpcMath.Asin, "acos" => HpcMath.Acos, "atanh" => HpcMath.Atanh,
        "asinh" => HpcMath.Asinh, "acosh" => HpcMath.Acosh, "erf" => HpcMath.Erf, "erfc" => HpcMath.Erfc, _ => HpcMath.Cbrt,
    };

    private static Func<double, double> InverseDouble(string name) => name switch
    {
        "atan" => HpcMath.Atan, "asin" => HpcMath.Asin, "acos" => HpcMath.Acos, "atanh" => HpcMath.Atanh,
        "asinh" => HpcMath.Asinh, "acosh" => HpcMath.Acosh, "erf" => HpcMath.Erf, "erfc" => HpcMath.Erfc, _ => HpcMath.Cbrt,
    };

    [Theory, MemberData(nameof(SinPiSingleCases))]
    public void SinPi_float_special_values(float x, float expected) => AssertSame(expected, HpcMath.SinPi(x));

    [Theory, MemberData(nameof(CosPiSingleCases))]
    public void CosPi_float_special_values(float x, float expected) => AssertSame(expected, HpcMath.CosPi(x));

    [Theory, MemberData(nameof(SinPiDoubleCases))]
    public void SinPi_double_special_values(double x, double expected) => AssertSame(expected, HpcMath.SinPi(x));

    [Theory, MemberData(nameof(CosPiDoubleCases))]
    public void CosPi_double_special_values(double x, double expected) => AssertSame(expected, HpcMath.CosPi(x));

    [Theory, MemberData(nameof(ExpM1SingleCases))]
    public void ExpM1_float_special_values(float x, float expected) => AssertSame(expected, HpcMath.ExpM1(x));

    [Theory, MemberData(nameof(LogP1SingleCases))]
    public void LogP1_float_special_values(float x, float expected) => AssertSame(expected, HpcMath.LogP1(x));

    [Theory, MemberData(nameof(SinhSingleCases))]
    public void Sinh_float_special_values(float x, float expected) => AssertSame(expected, HpcMath.Sinh(x));

    [Theory, MemberData(nameof(CoshSingleCases))]
    public void Cosh_float_special_values(float x, float expected) => AssertSame(expected, HpcMath.Cosh(x));

    [Theory, MemberData(nameof(TanhSingleCases))]
    public void Tanh_float_special_values(float x, float expected) => AssertSame(expected, HpcMath.Tanh(x));

    [Theory, MemberData(nameof(ExpM1DoubleCases))]
    public void ExpM1_double_special_values(double x, double expected) => AssertSame(expected, HpcMath.ExpM1(x));

    [Theory, MemberData(nameof(LogP1DoubleCases))]
    public void LogP1_double_special_values(double x, double expected) => AssertSame(expected, HpcMath.LogP1(x));

    [Theory, MemberData(nameof(SinhDoubleCases))]
    public void Sinh_double_special_values(double x, double expected) => AssertSame(expected, HpcMath.Sinh(x));

    [Theory, MemberData(nameof(CoshDoubleCases))]
    public void Cosh_double_special_values(double x, double expected) => AssertSame(expected, HpcMath.Cosh(x));

    [Theory, MemberData(nameof(TanhDoubleCases))]
    public void Tanh_double_special_values(double x, double expected) => AssertSame(expected, HpcMath.Tanh(x));

    [Theory, MemberData(nameof(Exp2SingleCases))]
    public void Exp2_float_special_values(float x, float expected) => AssertSame(expected, HpcMath.Exp2(x));

    [Theory, MemberData(nameof(Exp10SingleCases))]
    public void Exp10_float_special_values(float x, float expected) => AssertSame(expected, HpcMath.Exp10(x));

    [Theory, MemberData(nameof(Log2SingleCases))]
    public void Log2_float_special_values(float x, float expected) => AssertSame(expected, HpcMath.Log2(x));

    [Theory, MemberData(nameof(Log10SingleCases))]
    public void Log10_float_special_values(float x, float expected) => AssertSame(expected, HpcMath.Log10(x));

    [Theory, MemberData(nameof(Exp2DoubleCases))]
    public void Exp2_double_special_values(double x, double expected) => AssertSame(expected, HpcMath.Exp2(x));

    [Theory, MemberData(nameof(Exp10DoubleCases))]
    public void Exp10_double_special_values(double x, double expected) => AssertSame(expected, HpcMath.Exp10(x));

    [Theory, MemberData(nameof(Log2DoubleCases))]
    public void Log2_double_special_values(double x, double expected) => AssertSame(expected, HpcMath.Log2(x));

    [Theory, MemberData(nameof(Log10DoubleCases))]
    public void Log10_double_special_values(double x, double expected) => AssertSame(expected, HpcMath.Log10(x));

    [Theory, MemberData(nameof(ExpSingleCases))]
    public void Exp_float_special_values(float x, float expected) => AssertSame(expected, HpcMath.Exp(x));

    [Theory, MemberData(nameof(LogSingleCases))]
    public void Log_float_special_values(float x, float expected) => AssertSame(expected, HpcMath.Log(x));

    [Theory, MemberData(nameof(ExpDoubleCases))]
    public void Exp_double_special_values(double x, double expected) => AssertSame(expected, HpcMath.Exp(x));

    [Theory, MemberData(nameof(LogDoubleCases))]
    public void Log_double_special_values(double x, double expected) => AssertSame(expected, HpcMath.Log(x));

    [Theory, MemberData(nameof(ExpSingleCases))]
    public void Correctly_rounded_Exp_special_values(float x, float expected) => AssertSame(expected, HpcMath.CorrectlyRounded.Exp(x));

    [Theory, MemberData(nameof(Exp2SingleCases))]
    public void Correctly_rounded_Exp2_special_values(float x, float expected) => AssertSame(expected, HpcMath.CorrectlyRounded.Exp2(x));

    [Theory, MemberData(nameof(Exp10SingleCases))]
    public void Correctly_rounded_Exp10_special_values(float x, float expected) => AssertSame(expected, HpcMath.CorrectlyRounded.Exp10(x));

    [Theory, MemberData(nameof(LogSingleCases))]
    public void Correctly_rounded_Log_special_values(float x, float expected) => AssertSame(expected, HpcMath.CorrectlyRounded.Log(x));

    [Theory, MemberData(nameof(Log2SingleCases))]
    public void Correctly_rounded_Log2_special_values(float x, float expected) => AssertSame(expected, HpcMath.CorrectlyRounded.Log2(x));

    [Theory, MemberData(nameof(Log10SingleCases))]
    public void Correctly_rounded_Log10_special_values(float x, float expected) => AssertSame(expected, HpcMath.CorrectlyRounded.Log10(x));

    /// <summary>
    /// The correctly rounded tier at every edge value (subnormals, powers of two and ten, the overflow and underflow
    /// thresholds …): every result, special or not, is MPFR's. The exhaustive target checks all 2^32 inputs.
    /// </summary>
    [Fact]
    public void Correctly_rounded_functions_are_exact_at_every_edge_value()
    {
        foreach ((string name, Func<float, float> ours) in new (string, Func<float, float>)[]
                 {
                     ("exp", HpcMath.CorrectlyRounded.Exp), ("exp2", HpcMath.CorrectlyRounded.Exp2), ("exp10", HpcMath.CorrectlyRounded.Exp10),
                     ("log", HpcMath.CorrectlyRounded.Log), ("log2", HpcMath.CorrectlyRounded.Log2), ("log10", HpcMath.CorrectlyRounded.Log10),
                     ("cbrt", HpcMath.CorrectlyRounded.Cbrt),
                 })
        {
            ExactFunction exact = ExactFunction.Get(name);
            foreach (float x in EdgeValues.Single)
                AssertSame(exact.CorrectlyRounded(x), ours(x), $"CorrectlyRounded {name}({x:R})");
        }
    }

    [Fact]
    public void Exp_gives_gradual_underflow_not_zero()
    {
        Assert.True(HpcMath.Exp(-100f) is > 0f and < 1.17549435e-38f);
        Assert.Equal(ExactFunction.Get("exp").CorrectlyRounded(-103.9f), HpcMath.Exp(-103.9f));
        Assert.True(HpcMath.Exp(-740.0) is > 0.0 and < 2.2250738585072014e-308);
    }

    [Fact]
    public void Log_of_subnormal_inputs_is_finite_and_accurate()
    {
        ExactFunction log = ExactFunction.Get("log");
        foreach (float x in new[] { float.Epsilon, 1e-40f, 1.1754942e-38f })
            Assert.True(log.Measure(x, HpcMath.Log(x)).UlpError <= 1.0, $"log({x:R})");
        foreach (double x in new[] { double.Epsilon, 1e-310, 2.2250738585072009e-308 })
            Assert.True(log.Measure(x, HpcMath.Log(x)).UlpError <= 1.0, $"log({x:R})");
    }

    [Fact]
    public void Special_results_at_edge_values_match_mpfr_and_Math_exactly()
    {
        foreach ((string name, Func<float, float> ours, Func<float, float> system) in new (string, Func<float, float>, Func<float, float>)[]
                 {
                     ("exp", HpcMath.Exp, MathF.Exp), ("log", HpcMath.Log, MathF.Log), ("exp2", HpcMath.Exp2, float.Exp2),
                     ("exp10", HpcMath.Exp10, float.Exp10), ("log2", HpcMath.Log2, MathF.Log2), ("log10", HpcMath.Log10, MathF.Log10),
                     ("expm1", HpcMath.ExpM1, LibM.ExpM1), ("log1p", HpcMath.LogP1, LibM.LogP1), ("sinh", HpcMath.Sinh, MathF.Sinh),
                     ("cosh", HpcMath.Cosh, MathF.Cosh), ("tanh", HpcMath.Tanh, MathF.Tanh), ("sinpi", HpcMath.SinPi, float.SinPi),
                     ("sin", HpcMath.Sin, MathF.Sin), ("cos", HpcMath.Cos, MathF.Cos), ("tan", HpcMath.Tan, MathF.Tan),
                     ("cospi", HpcMath.CosPi, float.CosPi), ("atan", HpcMath.Atan, MathF.Atan), ("asin", HpcMath.Asin, MathF.Asin),
                     ("acos", HpcMath.Acos, MathF.Acos), ("atanh", HpcMath.Atanh, MathF.Atanh), ("asinh", HpcMath.Asinh, MathF.Asinh),
                     ("acosh", HpcMath.Acosh, MathF.Acosh), ("cbrt", HpcMath.Cbrt, MathF.Cbrt), ("erf", HpcMath.Erf, LibM.Erf),
                     ("erfc", HpcMath.Erfc, LibM.Erfc),
                 })
        {
            ExactFunction exact = ExactFunction.Get(name);
            foreach (float x in EdgeValues.Single)
            {
                float expected = exact.CorrectlyRounded(x);
                if (float.IsFinite(expected) && expected != 0)
                    continue;
                AssertSame(expected, ours(x), $"{name}({x:R})");
                AssertSame(system(x), ours(x), $"{name}({x:R}) vs MathF");
            }
        }

        foreach ((string name, Func<double, double> ours, Func<double, double> system) in new (string, Func<double, double>, Func<double, double>)[]
                 {
                     ("exp", HpcMath.Exp, Math.Exp), ("log", HpcMath.Log, Math.Log), ("exp2", HpcMath.Exp2, double.Exp2),
                     ("exp10", HpcMath.Exp10, double.Exp10), ("log2", HpcMath.Log2, Math.Log2), ("log10", HpcMath.Log10, Math.Log10),
                     ("expm1", HpcMath.ExpM1, LibM.ExpM1), ("log1p", HpcMath.LogP1, LibM.LogP1), ("sinh", HpcMath.Sinh, Math.Sinh),
                     ("cosh", HpcMath.Cosh, Math.Cosh), ("tanh", HpcMath.Tanh, Math.Tanh), ("sinpi", HpcMath.SinPi, double.SinPi),
                     ("sin", HpcMath.Sin, Math.Sin), ("cos", HpcMath.Cos, Math.Cos), ("tan", HpcMath.Tan, Math.Tan),
                     ("cospi", HpcMath.CosPi, double.CosPi), ("atan", HpcMath.Atan, Math.Atan), ("asin", HpcMath.Asin, Math.Asin),
                     ("acos", HpcMath.Acos, Math.Acos), ("atanh", HpcMath.Atanh, Math.Atanh), ("asinh", HpcMath.Asinh, Math.Asinh),
                     ("acosh", HpcMath.Acosh, Math.Acosh), ("cbrt", HpcMath.Cbrt, Math.Cbrt), ("erf", HpcMath.Erf, LibM.Erf),
                     ("erfc", HpcMath.Erfc, LibM.Erfc),
                 })
        {
            ExactFunction exact = ExactFunction.Get(name);
            foreach (double x in EdgeValues.Double)
            {
                double expected = exact.CorrectlyRounded(x);
                if (double.IsFinite(expected) && expected != 0)
                    continue;
                AssertSame(expected, ours(x), $"{name}({x:R})");
                AssertSame(system(x), ours(x), $"{name}({x:R}) vs Math");
            }
        }
    }

    /// <summary>Equal as IEEE values and in the sign of zero; any NaN matches any NaN (payloads are not part of the contract).</summary>
    internal static void AssertSame(float expected, float actual, string what = "")
    {
        if (float.IsNaN(expected))
            Assert.True(float.IsNaN(actual), $"{what}: expected NaN, got {actual:R}");
        else
            Assert.True(expected.Equals(actual) && float.IsNegative(expected) == float.IsNegative(actual), $"{what}: expected {expected:R}, got {actual:R}");
    }

    internal static void AssertSame(double expected, double actual, string what = "")
    {
        if (double.IsNaN(expected))
            Assert.True(double.IsNaN(actual), $"{what}: expected NaN, got {actual:R}");
        else
            Assert.True(expected.Equals(actual) && double.IsNegative(expected) == double.IsNegative(actual), $"{what}: expected {expected:R}, got {actual:R}");
    }
}
