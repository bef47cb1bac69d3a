using static HpcCore.Lane;

namespace HpcCore;

// pow(x, y) = ±exp(y·ln|x|), with ln|x| carried to about 2^-43 (float) / 2^-70 (double) relative, so that y·ln|x|,
// up to ±104 (±745) where the result is finite, is exact to far below an ULP of the result:
// - ln|x| = k·ln 2 + ln(1 + f) with the Log core's exact split (LogFraction*, LogExponent*), and
//   ln(1 + f) = 2·atanh(s), s = f/(2 + f) = 2s + (2/3)s³ + 2s⁵·q(s²) (Fits/PowLog*Fit.cs, atanh with 1 and 1/3 fixed).
//   s, s³ and (2/3)s³ are pairs (2Sum for 2 + f, Fma remainders and products), only 2s⁵·q — below 2^-12 of the
//   result — is rounded once; the sum is head + tail by Fast2Sum. Double also keeps (2/5)s⁵ as a pair and rounds
//   only 2s⁷·q (below 2^-18), with 1/3 and 1/5 fixed exactly in the fit and 2/3, 2/5 as head + tail here.
// - y·ln|x| = wh + wl, the product's error exact by Fma; exp(wh + wl) is the Exp core on wh's reduction, with wl
//   joined to r by 2Sum so exp(r + rLow) sees it; ScaleB gives overflow and gradual underflow.
// - Special values (C99 F.9.4.4), selected last: pow(x, ±0) = 1 and pow(+1, y) = 1 even for NaN; pow(−1, ±∞) = 1;
//   zeros and infinities by the sign of y (±0 or ±∞ keep x's sign for odd integral y); |x| ≶ 1 against ±∞;
//   negative finite x with non-integral y is NaN; otherwise NaN propagates. y is odd when it is integral and
//   ⌊y/2⌋·2 ≠ y (every float from 2^24 on is even).
public static partial class HpcMath
{
    private const float TwoThirdsF = 0.6666666865348816f;              // 2/3 rounded
    private const float TwoThirdsTailF = -1.9868215517249155e-08f;     // 2/3 − TwoThirdsF

    /// <summary>Returns <paramref name="x"/> raised to the power <paramref name="y"/>, like <see cref="System.MathF.Pow"/>.</summary>
    /// <param name="x">The base.</param>
    /// <param name="y">The exponent.</param>
    /// <returns>
    /// x^y within 1.0 ULP for every pair of floats, with C99 Annex F special values: 1 for y = ±0 or x = 1 (even when
    /// the other is NaN), NaN for negative finite x with non-integral y, ±0 or ±∞ for zero or infinite x (the sign
    /// of x kept for odd integral y), 0 or +∞ for |x| ≠ 1 against y = ±∞, 1 for x = −1 and y = ±∞.
    /// </returns>
    [Vectorize("Pow", MaxUlp = 1.0, Domain = "all pairs of floats", Reference = "pow")]
    private static float PowSingle(float x, float y)
    {
        float ax = Abs(x);
        float f = LogFractionSingle(ax);
        float k = LogExponentSingle(ax);
        float d = 2.0f + f;
        float dLow = TwoSumErrorSingle(2.0f, f, d);
        float s = f / d;
        float sLow = (Fma(-s, d, f) - s * dLow) / d;
        float s2 = s * s;
        float s2Low = Fma(s, s, -s2) + 2.0f * s * sLow;
        float s3 = s * s2;
        float s3Low = Fma(s, s2, -s3) + (s * s2Low + sLow * s2);
        float t3 = s3 * TwoThirdsF;
        float t3Low = Fma(s3, TwoThirdsF, -t3) + (s3 * TwoThirdsTailF + s3Low * TwoThirdsF);
        float q = PowLogSingleFit.C11;
        q = Fma(q, s2, PowLogSingleFit.C9);
        q = Fma(q, s2, PowLogSingleFit.C7);
        q = Fma(q, s2, PowLogSingleFit.C5);
        float twoS = 2.0f * s;
        float head = twoS + t3;                                            // Fast2Sum: |2s| ≥ |(2/3)s³|
        float tail = ((twoS - head) + t3) + (Fma(2.0f * s3 * s2, q, t3Low) + 2.0f * sLow);
        float big = k * Ln2HiF;                                            // exact
        float logHigh = big + head;                                        // Fast2Sum: |big| ≥ ln 2 > |head|, or big = 0
        float logLow = ((big - logHigh) + head) + Fma(k, Ln2LoF, tail);

        float w = y * logHigh;
        float wLow = Fma(y, logHigh, -w) + y * logLow;
        w = Select(w > ExpClampF, ExpClampF, Select(w < -ExpClampF, -ExpClampF, w));
        wLow = Select(Abs(w) == ExpClampF, 0.0f, wLow);                     // clamped: overflow or underflow either way
        float result = ExpReducedSingle(ExpPairRemainderSingle(w, wLow), ExpPairRemainderLowSingle(w, wLow), ExpScaleSingle(w));

        bool integral = Floor(y) == y;                                     // ±∞ included
        bool odd = integral & (Abs(y) < float.PositiveInfinity) & (Floor(0.5f * y) * 2.0f != y);
        bool xNegative = CopySign(1.0f, x) < 0.0f;
        result = Select(ax == 0.0f, Select(y < 0.0f, float.PositiveInfinity, 0.0f), result);
        result = Select(ax == float.PositiveInfinity, Select(y < 0.0f, 0.0f, float.PositiveInfinity), result);
        float againstInfinity = Select(ax < 1.0f, 0.0f, Select(ax > 1.0f, float.PositiveInfinity, 1.0f));
        result = Select(y == float.PositiveInfinity, againstInfinity, result);
        result = Select(y == float.NegativeInfinity, Select(ax < 1.0f, float.PositiveInfinity, Select(ax > 1.0f, 0.0f, 1.0f)), result);
        result = Select(xNegative & odd, -result, result);
        result = Select((x < 0.0f) & (x > float.NegativeInfinity) & !integral, float.NaN, result);
        result = Select(IsNaN(x) | IsNaN(y), float.NaN, result);
        return Select((y == 0.0f) | (x == 1.0f), 1.0f, result);
    }

    private const double TwoThirds = 0.6666666666666666;               // 2/3 rounded
    private const double TwoThirdsTail = 3.700743415417188e-17;        // 2/3 − TwoThirds
    private const double TwoFifths = 0.4;                              // 2/5 rounded
    private const double TwoFifthsTail = -2.2204460492503132e-17;      // 2/5 − TwoFifths

    /// <summary>Returns <paramref name="x"/> raised to the power <paramref name="y"/>, like <see cref="System.Math.Pow"/>.</summary>
    /// <param name="x">The base.</param>
    /// <param name="y">The exponent.</param>
    /// <returns>
    /// x^y within 1.0 ULP for every pair of doubles, with C99 Annex F special values: 1 for y = ±0 or x = 1 (even when
    /// the other is NaN), NaN for negative finite x with non-integral y, ±0 or ±∞ for zero or infinite x (the sign
    /// of x kept for odd integral y), 0 or +∞ for |x| ≠ 1 against y = ±∞, 1 for x = −1 and y = ±∞.
    /// </returns>
    [Vectorize("Pow", MaxUlp = 1.0, Domain = "all pairs of doubles", Reference = "pow")]
    private static double PowDouble(double x, double y)
    {
        double ax = Abs(x);
        double f = LogFractionDouble(ax);
        double k = LogExponentDouble(ax);
        double d = 2.0 + f;
        double dLow = TwoSumErrorDouble(2.0, f, d);
        double s = f / d;
        double sLow = (Fma(-s, d, f) - s * dLow) / d;
        double s2 = s * s;
        double s2Low = Fma(s, s, -s2) + 2.0 * s * sLow;
        double s3 = s * s2;
        double s3Low = Fma(s, s2, -s3) + (s * s2Low + sLow * s2);
        double s5 = s3 * s2;
        double s5Low = Fma(s3, s2, -s5) + (s3 * s2Low + s3Low * s2);
        double t3 = s3 * TwoThirds;
        double t3Low = Fma(s3, TwoThirds, -t3) + (s3 * TwoThirdsTail + s3Low * TwoThirds);
        double t5 = s5 * TwoFifths;
        double t5Low = Fma(s5, TwoFifths, -t5) + (s5 * TwoFifthsTail + s5Low * TwoFifths);
        double q = PowLogDoubleFit.C19;
        q = Fma(q, s2, PowLogDoubleFit.C17);
        q = Fma(q, s2, PowLogDoubleFit.C15);
        q = Fma(q, s2, PowLogDoubleFit.C13);
        q = Fma(q, s2, PowLogDoubleFit.C11);
        q = Fma(q, s2, PowLogDoubleFit.C9);
        q = Fma(q, s2, PowLogDoubleFit.C7);
        double twoS = 2.0 * s;
        double head3 = twoS + t3;                                          // Fast2Sum: |2s| ≥ |(2/3)s³|
        double head = head3 + t5;                                          // Fast2Sum: |2s + (2/3)s³| ≥ |(2/5)s⁵|
        double errors = ((twoS - head3) + t3) + ((head3 - head) + t5);
        double tail = errors + (Fma(2.0 * s5 * s2, q, t3Low + t5Low) + 2.0 * sLow);
        double big = k * Ln2Hi;                                            // exact
        double logHigh = big + head;                                       // Fast2Sum: |big| ≥ ln 2 > |head|, or big = 0
        double logLow = ((big - logHigh) + head) + Fma(k, Ln2Lo, tail);

        double w = y * logHigh;
        double wLow = Fma(y, logHigh, -w) + y * logLow;
        w = Select(w > ExpClamp, ExpClamp, Select(w < -ExpClamp, -ExpClamp, w));
        wLow = Select(Abs(w) == ExpClamp, 0.0, wLow);                       // clamped: overflow or underflow either way
        double result = ExpTableResultDouble(ExpTableShiftedDouble(w), ExpTablePairRemainderDouble(w, wLow));

        bool integral = Floor(y) == y;                                     // ±∞ included
        bool odd = integral & (Abs(y) < double.PositiveInfinity) & (Floor(0.5 * y) * 2.0 != y);
        bool xNegative = CopySign(1.0, x) < 0.0;
        result = Select(ax == 0.0, Select(y < 0.0, double.PositiveInfinity, 0.0), result);
        result = Select(ax == double.PositiveInfinity, Select(y < 0.0, 0.0, double.PositiveInfinity), result);
        double againstInfinity = Select(ax < 1.0, 0.0, Select(ax > 1.0, double.PositiveInfinity, 1.0));
        result = Select(y == double.PositiveInfinity, againstInfinity, result);
        result = Select(y == double.NegativeInfinity, Select(ax < 1.0, double.PositiveInfinity, Select(ax > 1.0, 0.0, 1.0)), result);
        result = Select(xNegative & odd, -result, result);
        result = Select((x < 0.0) & (x > double.NegativeInfinity) & !integral, double.NaN, result);
        result = Select(IsNaN(x) | IsNaN(y), double.NaN, result);
        return Select((y == 0.0) | (x == 1.0), 1.0, result);
    }
}
