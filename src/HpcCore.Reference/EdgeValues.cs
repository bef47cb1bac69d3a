using System;

namespace HpcCore.Reference;

/// <summary>Values every function is tested at: IEEE specials, format limits, and the overflow and underflow thresholds of exp, exp2 and exp10.</summary>
public static class EdgeValues
{
    /// <summary>Float edge values.</summary>
    public static readonly float[] Single =
    {
        float.NaN, -float.NaN, BitConverter.Int32BitsToSingle(0x7F800001), // signaling NaN
        float.PositiveInfinity, float.NegativeInfinity, 0f, -0f,
        float.Epsilon, -float.Epsilon, 1.17549435e-38f, BitConverter.Int32BitsToSingle(0x007FFFFF), // min normal, max subnormal
        float.MaxValue, float.MinValue, 1f, -1f, 2f, 0.5f, MathF.E, 0.6931472f, 10f,
        88.72283f, 88.722839f, 88.7228394f, 89f,                   // exp overflow threshold (ln(FLT_MAX) ≈ 88.7228391)
        -87.33654f, -87.336548f, -103.972076f, -103.97208f, -104f, // exp: last normal result, last non-zero result
        -150f, 150f, 1e-10f, -1e-10f, 0.99999994f, 1.00000012f,
        127.99999f, 128f, -126f, -149f, -149.5f, -149.99998f, -150.00002f,   // exp2: overflow, subnormal results, underflow
        38.53184f, 38.531841f, -37.9297f, -44.85346f, -45.1545f, -45.2f, 100f, 1000f, // exp10 thresholds, powers of 10
    };

    /// <summary>Double edge values.</summary>
    public static readonly double[] Double =
    {
        double.NaN, -double.NaN, BitConverter.Int64BitsToDouble(0x7FF0000000000001), // signaling NaN
        double.PositiveInfinity, double.NegativeInfinity, 0.0, -0.0,
        double.Epsilon, -double.Epsilon, 2.2250738585072014e-308, BitConverter.Int64BitsToDouble(0x000FFFFFFFFFFFFF),
        double.MaxValue, double.MinValue, 1.0, -1.0, 2.0, 0.5, Math.E, 0.6931471805599453, 10.0,
        709.782712893384, 709.7827128933841, 709.79, 710.0,           // exp overflow threshold (ln(DBL_MAX) ≈ 709.7827128933840)
        -708.3964185322641, -745.1332191019411, -745.1332191019412, -746.0, // exp: last normal result, last non-zero result
        -1400.0, 1400.0, 1e-300, -1e-300, 0.9999999999999999, 1.0000000000000002,
        1023.9999999999999, 1024.0, -1022.0, -1074.0, -1074.5, -1075.0, -1075.0000000000002,   // exp2
        308.25471555991675, 308.2547155599168, -307.6526555685888, -323.3062153431158, -323.60724533877976, 100.0, // exp10
    };
}
