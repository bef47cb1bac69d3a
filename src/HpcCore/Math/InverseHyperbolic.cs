using static HpcCore.Lane;

namespace HpcCore;

// The inverse hyperbolic functions through the Log core, with the logarithm's argument kept as a pair u + uLow
// (every rounding error recovered by 2Sum, Fma or the square root's remainder) and log(u + uLow) = log(u) + uLow/u:
// - atanh(x) = ½·log1p(2|x|/(1 − |x|)), the quotient with its remainder; below 2^-12 (float) / 2^-26 (double)
//   x + x³/3, where rounding 1 + q would cost the pair its accuracy; ±0 kept, ±∞ at ±1, NaN beyond.
// - asinh(x) = log(|x| + √(x² + 1)) for |x| ≥ ½ (x² + 1 as a pair); |x| < ½: x + x·(x²·q(x²)), q the minimax fit
//   (Fits/Asinh*Fit.cs), since the logarithm's absolute error would be too large relative to a small result;
//   |x| > 2^12 (float) / 2^28 (double): log(2|x|), x² would overflow and √(x² + 1) = |x| to the last bit.
// - acosh(x) = log(x + √((x − 1)(x + 1))) for 1 ≤ x ≤ 2^12 / 2^28 (x − 1 exact near 1, where the result is small but
//   the pair keeps it accurate), log(2x) above; NaN below 1, +0 at 1.
// Signs are restored with CopySign; NaN results are canonical.
public static partial class HpcMath
{
    private const float LogOfTwiceThresholdF = 4096f;                     // 2^12: beyond, asinh and acosh are log(2|x|)

    // Below these, asinh(x) = x(1 − x²/6 + …) rounds to x: x²/6 is under a third of the relative half ULP below x. Smaller
    // arguments are computed as the threshold and replaced by x, so that x² never becomes subnormal: Intel's cores take a
    // microcode assist of over a hundred cycles for each such operation, which made inputs spread over every binade
    // (a quarter of them with a subnormal x²) 17 ns per float element.
    private const float AsinhTinyF = 2.44140625e-4f;                       // 2^-12
    private const double AsinhTiny = 3.725290298461914e-9;                 // 2^-28

    private const float AtanhSeriesLimitF = 2.44140625e-4f;                // 2^-12: below, atanh(x) = x + x³/3 to far below an ULP
    private const float AtanhSeriesCubicF = 1f / 3;

    /// <summary>Returns the inverse hyperbolic tangent of <paramref name="x"/>.</summary>
    /// <param name="x">The argument, in [−1, 1].</param>
    /// <returns>atanh x; ±0 for ±0, ±∞ for ±1, NaN for |x| &gt; 1 and NaN.</returns>
    [Vectorize("Atanh", MaxUlp = 1.0, Domain = "all floats", Reference = "atanh")]
    private static float AtanhSingle(float x)
    {
        float a = Abs(x);
        float denominator = 1.0f - a;
        float denominatorLow = TwoSumErrorSingle(1.0f, -a, denominator);
        float q = (a + a) / denominator;
        float qLow = (Fma(-q, denominator, a + a) - q * denominatorLow) / denominator;
        float u = 1.0f + q;
        float uLow = TwoSumErrorSingle(1.0f, q, u) + qLow;
        float y = 0.5f * LogOfPairSingle(u, uLow);
        y = Select(a < AtanhSeriesLimitF, Fma(a, a * a * AtanhSeriesCubicF, a), y);
        return Select(IsNaN(x), float.NaN, CopySign(y, x));
    }

    /// <summary>Returns the inverse hyperbolic sine of <paramref name="x"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>asinh x; ±0 for ±0, ±∞ for ±∞; NaN for NaN.</returns>
    [Vectorize("Asinh", MaxUlp = 1.0, Domain = "all floats", Reference = "asinh")]
    private static float AsinhSingle(float x)
    {
        float a = Select(Abs(x) < AsinhTinyF, AsinhTinyF, Abs(x));            // below: asinh(x) rounds to x (see the constant)
        float a2 = a * a;
        float q = AsinhSingleFit.C11;
        q = Fma(q, a2, AsinhSingleFit.C9);
        q = Fma(q, a2, AsinhSingleFit.C7);
        q = Fma(q, a2, AsinhSingleFit.C5);
        q = Fma(q, a2, AsinhSingleFit.C3);
        float small = Fma(a, a2 * q, a);

        float w = a2 + 1.0f;
        float wLow = TwoSumErrorSingle(a2, 1.0f, w) + Fma(a, a, -a2);
        float s = Sqrt(w);
        float sLow = (Fma(-s, s, w) + wLow) / (s + s);
        float u = a + s;
        float middle = LogOfPairSingle(u, TwoSumErrorSingle(a, s, u) + sLow);

        float y = Select(a < 0.5f, small, Select(a > LogOfTwiceThresholdF, LogOfTwiceSingle(a), middle));
        y = Select(Abs(x) < AsinhTinyF, Abs(x), y);
        return Select(IsNaN(x), float.NaN, CopySign(y, x));
    }

    /// <summary>Returns the inverse hyperbolic cosine of <paramref name="x"/>.</summary>
    /// <param name="x">The argument, at least 1.</param>
    /// <returns>acosh x ≥ 0; +0 for 1, +∞ for +∞, NaN below 1 and for NaN.</returns>
    [Vectorize("Acosh", MaxUlp = 1.0, Domain = "all floats", Reference = "acosh")]
    private static float AcoshSingle(float x)
    {
        float d = x - 1.0f;
        float dLow = TwoSumErrorSingle(x, -1.0f, d);
        float p = x + 1.0f;
        float pLow = TwoSumErrorSingle(x, 1.0f, p);
        float w = d * p;
        float wLow = Fma(d, p, -w) + Fma(d, pLow, dLow * p);
        float s = Sqrt(w);
        float sLow = (Fma(-s, s, w) + wLow) / Select(s == 0.0f, 1.0f, s + s);
        float u = x + s;
        float middle = LogOfPairSingle(u, TwoSumErrorSingle(x, s, u) + sLow);

        float y = Select(x > LogOfTwiceThresholdF, LogOfTwiceSingle(x), middle);
        return Select(x >= 1.0f, y, float.NaN);                                   // false below 1 and for NaN
    }

    /// <summary>log(u + uLow) for u ≥ 0 with |uLow| ≤ about one ULP of u; the Log special values at u.</summary>
    [LaneHelper]
    private static float LogOfPairSingle(float u, float uLow)
    {
        float f = LogFractionSingle(u);
        float k = LogExponentSingle(u);
        float tail = Fma(k, Ln2LoF, Log1pTailSingle(f) + uLow / u);
        return LogSpecialSingle(u, LogSumSingle(k * Ln2HiF, Log1pHeadSingle(f), tail));
    }

    /// <summary>log(2a) for a ≥ 1: the Log core with the exponent raised by one.</summary>
    [LaneHelper]
    private static float LogOfTwiceSingle(float a)
    {
        float f = LogFractionSingle(a);
        float k = LogExponentSingle(a) + 1.0f;
        return LogSpecialSingle(a, LogSumSingle(k * Ln2HiF, Log1pHeadSingle(f), Fma(k, Ln2LoF, Log1pTailSingle(f))));
    }

    private const double LogOfTwiceThreshold = 268435456.0;                     // 2^28: beyond, asinh and acosh are log(2|x|)

    private const double AtanhSeriesLimit = 1.4901161193847656e-8;                // 2^-26: below, atanh(x) = x + x³/3 to far below an ULP
    private const double AtanhSeriesCubic = 1.0 / 3;

    /// <summary>Returns the inverse hyperbolic tangent of <paramref name="x"/>.</summary>
    /// <param name="x">The argument, in [−1, 1].</param>
    /// <returns>atanh x; ±0 for ±0, ±∞ for ±1, NaN for |x| &gt; 1 and NaN.</returns>
    [Vectorize("Atanh", MaxUlp = 1.0, Domain = "all doubles", Reference = "atanh")]
    private static double AtanhDouble(double x)
    {
        double a = Abs(x);
        double denominator = 1.0 - a;
        double denominatorLow = TwoSumErrorDouble(1.0, -a, denominator);
        double q = (a + a) / denominator;
        double qLow = (Fma(-q, denominator, a + a) - q * denominatorLow) / denominator;
        double u = 1.0 + q;
        double uLow = TwoSumErrorDouble(1.0, q, u) + qLow;
        double y = 0.5 * LogOfPairDouble(u, uLow);
        y = Select(a < AtanhSeriesLimit, Fma(a, a * a * AtanhSeriesCubic, a), y);
        return Select(IsNaN(x), double.NaN, CopySign(y, x));
    }

    /// <summary>Returns the inverse hyperbolic sine of <paramref name="x"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>asinh x; ±0 for ±0, ±∞ for ±∞; NaN for NaN.</returns>
    [Vectorize("Asinh", MaxUlp = 1.0, Domain = "all doubles", Reference = "asinh")]
    private static double AsinhDouble(double x)
    {
        double a = Select(Abs(x) < AsinhTiny, AsinhTiny, Abs(x));              // below: asinh(x) rounds to x (see the constant)
        double a2 = a * a;
        double q = AsinhDoubleFit.C27;
        q = Fma(q, a2, AsinhDoubleFit.C25);
        q = Fma(q, a2, AsinhDoubleFit.C23);
        q = Fma(q, a2, AsinhDoubleFit.C21);
        q = Fma(q, a2, AsinhDoubleFit.C19);
        q = Fma(q, a2, AsinhDoubleFit.C17);
        q = Fma(q, a2, AsinhDoubleFit.C15);
        q = Fma(q, a2, AsinhDoubleFit.C13);
        q = Fma(q, a2, AsinhDoubleFit.C11);
        q = Fma(q, a2, AsinhDoubleFit.C9);
        q = Fma(q, a2, AsinhDoubleFit.C7);
        q = Fma(q, a2, AsinhDoubleFit.C5);
        q = Fma(q, a2, AsinhDoubleFit.C3);
        double small = Fma(a, a2 * q, a);

        double w = a2 + 1.0;
        double wLow = TwoSumErrorDouble(a2, 1.0, w) + Fma(a, a, -a2);
        double s = Sqrt(w);
        double sLow = (Fma(-s, s, w) + wLow) / (s + s);
        double u = a + s;
        double middle = LogOfPairDouble(u, TwoSumErrorDouble(a, s, u) + sLow);

        double y = Select(a < 0.5, small, Select(a > LogOfTwiceThreshold, LogOfTwiceDouble(a), middle));
        y = Select(Abs(x) < AsinhTiny, Abs(x), y);
        return Select(IsNaN(x), double.NaN, CopySign(y, x));
    }

    /// <summary>Returns the inverse hyperbolic cosine of <paramref name="x"/>.</summary>
    /// <param name="x">The argument, at least 1.</param>
    /// <returns>acosh x ≥ 0; +0 for 1, +∞ for +∞, NaN below 1 and for NaN.</returns>
    [Vectorize("Acosh", MaxUlp = 1.0, Domain = "all doubles", Reference = "acosh")]
    private static double AcoshDouble(double x)
    {
        double d = x - 1.0;
        double dLow = TwoSumErrorDouble(x, -1.0, d);
        double p = x + 1.0;
        double pLow = TwoSumErrorDouble(x, 1.0, p);
        double w = d * p;
        double wLow = Fma(d, p, -w) + Fma(d, pLow, dLow * p);
        double s = Sqrt(w);
        double sLow = (Fma(-s, s, w) + wLow) / Select(s == 0.0, 1.0, s + s);
        double u = x + s;
        double middle = LogOfPairDouble(u, TwoSumErrorDouble(x, s, u) + sLow);

        double y = Select(x > LogOfTwiceThreshold, LogOfTwiceDouble(x), middle);
        return Select(x >= 1.0, y, double.NaN);                                   // false below 1 and for NaN
    }

    /// <summary>log(u + uLow) for u ≥ 0 with |uLow| ≤ about one ULP of u; the Log special values at u.</summary>
    [LaneHelper]
    private static double LogOfPairDouble(double u, double uLow)
    {
        double f = LogFractionDouble(u);
        double k = LogExponentDouble(u);
        double tail = Fma(k, Ln2Lo, Log1pTailDouble(f) + uLow / u);
        return LogSpecialDouble(u, LogSumDouble(k * Ln2Hi, Log1pHeadDouble(f), tail));
    }

    /// <summary>log(2a) for a ≥ 1: the Log core with the exponent raised by one.</summary>
    [LaneHelper]
    private static double LogOfTwiceDouble(double a)
    {
        double f = LogFractionDouble(a);
        double k = LogExponentDouble(a) + 1.0;
        return LogSpecialDouble(a, LogSumDouble(k * Ln2Hi, Log1pHeadDouble(f), Fma(k, Ln2Lo, Log1pTailDouble(f))));
    }
}
