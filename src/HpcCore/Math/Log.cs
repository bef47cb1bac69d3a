using static HpcCore.Lane;

namespace HpcCore;

// log(x) = e·ln 2 + log(m), x = 2^e·m with m in [√½, √2), so f = m − 1 is in [−0.293, 0.414] and exact.
// - Subnormal x is first scaled by 2^23 (2^54 for double) and e corrected, so the exponent field is meaningful.
// - m and e come from integer arithmetic on the bits: subtracting the bits of √½ moves the binade boundary
//   from 1 to √½, so the exponent field of the difference is e and the mantissa field rebuilt on √½ is m.
// - log(1 + f) = 2·atanh(s) with s = f/(2 + f), |s| ≤ 0.1716. Since 2s = f − s·f, log(1+f) = f − s·(f − R) with
//   R = Σ_{j≥1} 2·s^(2j)/(2j+1) (the atanh series, coefficients exact rationals 2/(2j+1)), truncated where the first
//   omitted term is below 0.01 ULP. Writing it as f minus a small correction keeps the error near 0.5 ULP close to
//   x = 1. (fdlibm keeps an extra f²/2 term for |f| > 0.15; the exhaustive float sweep shows 0.89 ULP without it.)
// - e·ln 2 uses the same two-part ln 2 as Exp, so e·Ln2Hi is exact and the low part joins the small terms first.
// - Special values, chosen last with Select: log(±0) = −∞, log(x < 0) = NaN, log(+∞) = +∞, log(NaN) = NaN.
public static partial class HpcMath
{
    private const float MinNormalF = 1.17549435e-38f;                  // 2^-126
    private const int SqrtHalfBitsF = 0x3F3504F3;                      // bits of √½ rounded to float

    /// <summary>Returns the natural (base e) logarithm of <paramref name="x"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>ln x; −∞ for ±0, NaN for negative x and NaN, +∞ for +∞. Subnormal inputs are handled exactly.</returns>
    [Vectorize("Log", MaxUlp = 1.0, Domain = "all floats", Reference = "log")]
    private static float LogSingle(float x)
    {
        bool subnormal = x < MinNormalF;
        float scaled = Select(subnormal, x * 8388608f, x);              // · 2^23
        int bits = AsInt32(scaled) - SqrtHalfBitsF;
        float f = AsSingle((bits & 0x007FFFFF) + SqrtHalfBitsF) - 1.0f;

        float s = f / (2.0f + f);
        float z = s * s;
        float r = 2.0f / 9;
        r = Fma(r, z, 2.0f / 7);
        r = Fma(r, z, 2.0f / 5);
        r = Fma(r, z, 2.0f / 3);
        r = r * z;
        float k = ToSingle(bits >> 23) - Select(subnormal, 23.0f, 0.0f); // exact; a float Select keeps the mask in a mask register
        float y = Fma(k, Ln2HiF, f - Fma(s, f - r, k * -Ln2LoF));

        y = Select(x >= 0.0f, y, float.NaN);                             // false for negative x and NaN
        y = Select(x == 0.0f, float.NegativeInfinity, y);
        return Select(x == float.PositiveInfinity, float.PositiveInfinity, y);
    }

    private const double MinNormal = 2.2250738585072014e-308;           // 2^-1022
    private const long SqrtHalfBits = 0x3FE6A09E667F3BCD;               // bits of √½ rounded to double

    /// <summary>Returns the natural (base e) logarithm of <paramref name="x"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>ln x; −∞ for ±0, NaN for negative x and NaN, +∞ for +∞. Subnormal inputs are handled exactly.</returns>
    [Vectorize("Log", MaxUlp = 1.0, Domain = "all doubles", Reference = "log")]
    private static double LogDouble(double x)
    {
        bool subnormal = x < MinNormal;
        double scaled = Select(subnormal, x * 18014398509481984.0, x); // · 2^54
        long bits = AsInt64(scaled) - SqrtHalfBits;
        double f = AsDouble((bits & 0x000FFFFFFFFFFFFF) + SqrtHalfBits) - 1.0;

        double s = f / (2.0 + f);
        double z = s * s;
        double r = 2.0 / 21;
        r = Fma(r, z, 2.0 / 19);
        r = Fma(r, z, 2.0 / 17);
        r = Fma(r, z, 2.0 / 15);
        r = Fma(r, z, 2.0 / 13);
        r = Fma(r, z, 2.0 / 11);
        r = Fma(r, z, 2.0 / 9);
        r = Fma(r, z, 2.0 / 7);
        r = Fma(r, z, 2.0 / 5);
        r = Fma(r, z, 2.0 / 3);
        r = r * z;
        double k = ToDouble(bits >> 52) - Select(subnormal, 54.0, 0.0);
        double y = Fma(k, Ln2Hi, f - Fma(s, f - r, k * -Ln2Lo));

        y = Select(x >= 0.0, y, double.NaN);                             // false for negative x and NaN
        y = Select(x == 0.0, double.NegativeInfinity, y);
        return Select(x == double.PositiveInfinity, double.PositiveInfinity, y);
    }
}
