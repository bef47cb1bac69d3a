using static HpcCore.Lane;

namespace HpcCore;

// cbrt(x) = sign(x)·2^k·cbrt(m·2^j), |x| = m·2^(3k + j), m in [1, 2), j in {0, 1, 2} (subnormals scaled by 2^24 / 2^54
// first, multiples of 3, so k absorbs the scaling).
// - c ≈ cbrt(m) from a low-degree minimax fit on [1, 2] (Fits/Cbrt*Fit.cs), times cbrt(2^j); Newton steps
//   c ← c − (c³ − y)/(3c²) on y = m·2^j (one for float, two for double) reach ~2^-26 / 2^-53 relative.
// - A last Newton step with the residual y − c³ computed exactly (c² and c³ as pairs by Fma; y − c³ exact by Sterbenz)
//   leaves one rounding: error near 0.5 ULP.
// - ±0, ±∞ and NaN are returned as they are (NaN canonical).
public static partial class HpcMath
{
    /// <summary>Returns the cube root of <paramref name="x"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>∛x with the sign of x; ±0, ±∞ and NaN as given.</returns>
    [Vectorize("Cbrt", MaxUlp = 1.0, Domain = "all floats", Reference = "cbrt")]
    private static float CbrtSingle(float x)
    {
        float a = Abs(x);
        bool subnormal = a < MinNormalF;
        float scaled = Select(subnormal, a * 16777216f, a);
        int bits = AsInt32(scaled);
        float e = ToSingle((bits >> 23) - 127) - Select(subnormal, 24.0f, 0.0f);
        float k = Floor((e + 0.5f) * 0.33333334f);                               // exact: |e| is small
        float j = e - 3.0f * k;
        float m = AsSingle((bits & 0x007FFFFF) | 0x3F800000);
        float y = m * Select(j == 0.0f, 1.0f, Select(j == 1.0f, 2.0f, 4.0f));          // exact

        float c = CbrtSingleFit.C3;
        c = Fma(c, m, CbrtSingleFit.C2);
        c = Fma(c, m, CbrtSingleFit.C1);
        c = Fma(c, m, CbrtSingleFit.C0);
        c = c * Select(j == 0.0f, 1.0f, Select(j == 1.0f, 1.2599210498948732f, 1.5874010519681994f));
        c = c - (c * c * c - y) / (3.0f * c * c);
        float c2 = c * c;
        float c2Low = Fma(c, c, -c2);
        float c3 = c2 * c;
        float c3Low = Fma(c2, c, -c3) + c2Low * c;
        float residual = (y - c3) - c3Low;
        float root = c + residual / (3.0f * c2);

        float result = CopySign(ScaleB(root, k), x);
        result = Select(a == 0.0f | a == float.PositiveInfinity, x, result);
        return Select(IsNaN(x), float.NaN, result);
    }

    /// <summary>Returns the cube root of <paramref name="x"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>∛x with the sign of x; ±0, ±∞ and NaN as given.</returns>
    [Vectorize("Cbrt", MaxUlp = 1.0, Domain = "all doubles", Reference = "cbrt")]
    private static double CbrtDouble(double x)
    {
        double a = Abs(x);
        bool subnormal = a < MinNormal;
        double scaled = Select(subnormal, a * 18014398509481984.0, a);
        long bits = AsInt64(scaled);
        double e = ToDouble((bits >> 52) - 1023) - Select(subnormal, 54.0, 0.0);
        double k = Floor((e + 0.5) * 0.3333333333333333);                               // exact: |e| is small
        double j = e - 3.0 * k;
        double m = AsDouble((bits & 0x000FFFFFFFFFFFFF) | 0x3FF0000000000000);
        double y = m * Select(j == 0.0, 1.0, Select(j == 1.0, 2.0, 4.0));          // exact

        double c = CbrtDoubleFit.C4;
        c = Fma(c, m, CbrtDoubleFit.C3);
        c = Fma(c, m, CbrtDoubleFit.C2);
        c = Fma(c, m, CbrtDoubleFit.C1);
        c = Fma(c, m, CbrtDoubleFit.C0);
        c = c * Select(j == 0.0, 1.0, Select(j == 1.0, 1.2599210498948732, 1.5874010519681994));
        c = c - (c * c * c - y) / (3.0 * c * c);
        c = c - (c * c * c - y) / (3.0 * c * c);
        double c2 = c * c;
        double c2Low = Fma(c, c, -c2);
        double c3 = c2 * c;
        double c3Low = Fma(c2, c, -c3) + c2Low * c;
        double residual = (y - c3) - c3Low;
        double root = c + residual / (3.0 * c2);

        double result = CopySign(ScaleB(root, k), x);
        result = Select(a == 0.0 | a == double.PositiveInfinity, x, result);
        return Select(IsNaN(x), double.NaN, result);
    }
}
