using static HpcCore.Lane;

namespace HpcCore;

// GELU's backward. Its derivative g(x) = Φ(x) + x·φ(x) crosses zero at z ≈ −0.7518, and on both sides the two terms
// cancel (about 5-fold at x = −1, 3.7-fold at −0.5), so the double version takes, region by region, a form whose terms
// are carried as pairs:
//   x ≤ −1:        g = e^(−x²/2)·(erfcx(a)/2 − |x|/√(2π)), a = |x|/√2, with Erfc's own erfcx fits (beyond a = 27.5,
//                  where they end, the asymptotic series) and e^(−x²/2) kept as 2^k(p + pLow), so that a huge gradient
//                  still meets the e^−1458 of x = −54 (below that every product underflows);
//   −1 < x ≤ −0.5: the fitted polynomial δ·Q(δ) in δ = x − z (GeluDerivativeDoubleFit, z as a pair; Q has no zero);
//   x > −0.5:      Φ from Erfc's small-argument pair (1 − erfc(a)/2 from x = 0.71 on) plus x·φ(x) as a pair.
// The float version needs 2^-30, not pairs: the sum Φ + x·φ in double from the float GELU's core, and near the zero a
// short fit in δ (see GeluBackwardSingle).
public static partial class Activations
{
    // The zero of Gelu' (Newton's method in 90-digit decimal arithmetic), checked against MPFR by ActivationTests.
    internal const double GeluRoot = -0.7517915246935645;
    internal const double GeluRootLow = 1.4956759177009883e-17;
    private const double InvSqrtTwoPi = 0.3989422804014327;          // 1/√(2π) = InvSqrtTwoPi + InvSqrtTwoPiLow
    private const double InvSqrtTwoPiLow = -2.49232720227773e-17;
    private const double InvSqrtPi = 0.5641895835477563;              // 1/√π: scales only terms far below the result's ULP
    private const double DensityUnderflow = -38.603968;               // below it e^(−x²/2) underflows double: x²/2 > 1075·ln 2

    /// <summary>
    /// GELU's backward: gradient·(Φ(x) + x·φ(x)), the derivative of the exact (erf) form. Three forms without
    /// uncontrolled cancellation: e^(−x²/2)·(erfcx(|x|/√2)/2 − |x|/√(2π)) below −1, a polynomial in the distance to the
    /// derivative's zero (x ≈ −0.7518) up to −0.5, and Φ(x) + x·φ(x) with both terms as pairs above.
    /// </summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·Gelu'(x): the gradient from x ≈ 8.3 on, ±0 where the product underflows (the derivative is
    /// negative below the zero); NaN for a NaN argument and for an infinite gradient where the derivative underflows.</returns>
    [Vectorize("GeluBackward", MaxUlp = 1.5, Domain = "all double pairs", Reference = "gelu_backward")]
    internal static double GeluBackwardDouble(double x, double gradient)
    {
        double c = Select(x < -54.0, -54.0, Select(x > 40.0, 40.0, x));
        double square = c * c;                                            // e^(−x²/2) = 2^k(p + pLow), the exponent an exact pair
        double w = -0.5 * square;
        double wLow = -0.5 * Fma(c, c, -square);
        double p = ExpPairMantissaDouble(w, wLow);
        double pLow = ExpPairMantissaLowDouble(w, wLow);
        double k = ExpMantissaScaleDouble(w);
        double u = Abs(c);
        double a = u * InvSqrt2;                                          // |x|/√2 = a + aLow
        double aLow = Fma(u, InvSqrt2, -a) + u * InvSqrt2Low;
        double m = u * InvSqrtTwoPi;                                      // |x|/√(2π) = m + mLow
        double mLow = Fma(u, InvSqrtTwoPi, -m) + u * InvSqrtTwoPiLow;

        // erfcx(a) = c0 + linear + rest (+ slope·aLow for the argument's low part); the series where the fits end
        double b = Select(a > HpcMath.ErfcClamp, HpcMath.ErfcClamp, a);       // where Erfc's erfcx fits end
        double series = ErfcxAsymptoticDouble(a);
        bool asymptotic = a > HpcMath.ErfcClamp;
        double c0 = Select(asymptotic, series, HpcMath.ErfcxConstantDouble(b));
        double linear = Select(asymptotic, 0.0, HpcMath.ErfcxLinearDouble(b));
        double rest = Select(asymptotic, 0.0, HpcMath.ErfcxRestDouble(b));

        // x ≤ −1: g/2^k = (p + pLow)·(erfcx/2 − |x|/√(2π)), the bracket (cancelling up to 5-fold) summed exactly
        double half = 0.5 * c0;
        double h1 = half - m;
        double h2 = h1 + 0.5 * linear;
        double bracketLow = HpcMath.TwoSumErrorDouble(half, -m, h1) + HpcMath.TwoSumErrorDouble(h1, 0.5 * linear, h2)
            + (0.5 * rest + Fma(a, c0, -InvSqrtPi) * aLow - mLow);       // erfcx'(a)/2 = a·erfcx(a) − 1/√π
        double farHead = p * h2;
        double farLow = Fma(p, h2, -farHead) + (p * bracketLow + pLow * h2);

        // −1 < x ≤ −0.5: g = δ·Q(δ), Q = (C1 + C1Low) + δ(C2 + C2Low) + δ²R(δ), its leading sum as a pair
        double delta = NearRootDelta(c, GeluRoot, GeluRootLow);
        double poly = GeluDerivativeDoubleFit.C14;
        poly = Fma(poly, delta, GeluDerivativeDoubleFit.C13);
        poly = Fma(poly, delta, GeluDerivativeDoubleFit.C12);
        poly = Fma(poly, delta, GeluDerivativeDoubleFit.C11);
        poly = Fma(poly, delta, GeluDerivativeDoubleFit.C10);
        poly = Fma(poly, delta, GeluDerivativeDoubleFit.C9);
        poly = Fma(poly, delta, GeluDerivativeDoubleFit.C8);
        poly = Fma(poly, delta, GeluDerivativeDoubleFit.C7);
        poly = Fma(poly, delta, GeluDerivativeDoubleFit.C6);
        poly = Fma(poly, delta, GeluDerivativeDoubleFit.C5);
        poly = Fma(poly, delta, GeluDerivativeDoubleFit.C4);
        poly = Fma(poly, delta, GeluDerivativeDoubleFit.C3);
        double s = Fma(poly, delta, GeluDerivativeDoubleFit.C2);
        double t = delta * s;
        double q = GeluDerivativeDoubleFit.C1 + t;
        double qLow = HpcMath.TwoSumErrorDouble(GeluDerivativeDoubleFit.C1, t, q)
            + (GeluDerivativeDoubleFit.C1Low + Fma(delta, s, -t) + delta * GeluDerivativeDoubleFit.C2Low);
        double nearHead = delta * q;
        double nearLow = Fma(delta, q, -nearHead) + (delta * qLow + NearRootDeltaLow(c, GeluRoot, GeluRootLow) * q);

        // x > −0.5: Φ(x) = erfc(−x/√2)/2 with −x/√2 = ±(a + aLow), whose low part moves Φ by −e^(−x²/2)/√π·(±aLow)
        double gauss = ScaleB(p, k);
        bool small = a < 0.5;
        double signedA = Select(c < 0.0, a, -a);
        double signedALow = Select(c < 0.0, aLow, -aLow);
        double large = 0.5 * ScaleB(Fma(p, c0, Fma(p, linear + rest, pLow * c0)), k);   // erfc(a)/2 = e^(−a²)·erfcx(a)/2, a ≥ ½
        double cdf = Select(small, 0.5 * HpcMath.ErfcSmallDouble(signedA), 1.0 - large);
        double cdfLow = Select(small, 0.5 * HpcMath.ErfcSmallLowDouble(signedA), (1.0 - cdf) - large) - gauss * InvSqrtPi * signedALow;
        double xm = Select(c < 0.0, -m, m);                               // x·φ(x) = 2^k(xm + xmLow)(p + pLow)
        double xmLow = Select(c < 0.0, -mLow, mLow);
        double product = xm * p;
        double slope = ScaleB(product, k);
        double slopeLow = ScaleB(Fma(xm, p, -product) + (xm * pLow + xmLow * p), k);
        double upperHead = cdf + slope;
        double upperLow = HpcMath.TwoSumErrorDouble(cdf, slope, upperHead) + (cdfLow + slopeLow);

        bool far = c <= -1.0;
        bool near = c <= -0.5;
        double head = Select(far, farHead, Select(near, nearHead, upperHead));
        double low = Select(far, farLow, Select(near, nearLow, upperLow));
        return Canonical(GradientTimesScaledPairDouble(gradient, head, low, Select(far, k, 0.0), 5.0));
    }

    /// <summary>
    /// GELU's backward: gradient·(Φ(x) + x·φ(x)), from the float GELU's double core (e^(−x²/2) to 2^-44, erfcx to
    /// 2^-33, erf to 2^-43), and near the derivative's zero, for −1 &lt; x ≤ −0.5 where the two terms cancel more than
    /// 5-fold, the short fit δ·P(δ) in δ = x − z (Fits/GeluDerivativeForSingleFit.cs, 2^-37.8). The derivative is
    /// within about 2^-30 of the true one, times the gradient in double and rounded once.
    /// </summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·Gelu'(x): the gradient from about x = 6.1 on, the tiny negative product down to x = −20 (where even
    /// the largest gradient's product rounds to −0), ±0 below; NaN for NaN, and for an infinite gradient where e^(−x²/2)
    /// underflows double (x below −38.60397), as in the double version.</returns>
    [Vectorize("GeluBackward", MaxUlp = 1.0, Domain = "all float pairs", Reference = "gelu_backward")]
    private static float GeluBackwardSingle(float x, float gradient)
    {
        double c = Clamp(ToDouble(x), -20.0, 20.0);
        double t = -c * InvSqrt2;
        double a = Abs(t);                                                  // at most 14.15: e^(−a²) stays above 2^-289
        double gauss = ExpForSingle(-(a * a));                              // e^(−x²/2)
        double erfcx = SelectRarely(a > 10.5, ErfcxAsymptoticDouble(a), ErfcxForSingle(Select(a > 10.5, 10.5, a)));
        double sum = Fma(c * InvSqrtTwoPi, gauss, CdfForSingle(t, a, gauss * erfcx));

        double delta = (c - GeluRoot) - GeluRootLow;                        // c − GeluRoot is exact near the zero
        double poly = GeluDerivativeForSingleFit.C10;
        poly = Fma(poly, delta, GeluDerivativeForSingleFit.C9);
        poly = Fma(poly, delta, GeluDerivativeForSingleFit.C8);
        poly = Fma(poly, delta, GeluDerivativeForSingleFit.C7);
        poly = Fma(poly, delta, GeluDerivativeForSingleFit.C6);
        poly = Fma(poly, delta, GeluDerivativeForSingleFit.C5);
        poly = Fma(poly, delta, GeluDerivativeForSingleFit.C4);
        poly = Fma(poly, delta, GeluDerivativeForSingleFit.C3);
        poly = Fma(poly, delta, GeluDerivativeForSingleFit.C2);
        double near = delta * Fma(poly, delta, GeluDerivativeForSingleFit.C1);

        double derivative = Select(c > -1.0 & c <= -0.5, near, sum);
        derivative = Select(ToDouble(x) < DensityUnderflow, -0.0, derivative);
        return Narrowed(Canonical(ToDouble(gradient) * derivative));
    }

    /// <summary>
    /// erfcx(a) for large a from its asymptotic series, 1/(a√π)·(1 − v + 3v² − 15v³ + 105v⁴ − 945v⁵), v = 1/(2a²): the
    /// first term left out is below 2^-33 of the sum from a = 10.5 (the float GELU's use), below 2^-50 from a = 27.5
    /// (the double one's, where Erfc's erfcx fits end).
    /// </summary>
    [LaneHelper]
    private static double ErfcxAsymptoticDouble(double a)
    {
        double r = 1.0 / a;
        double v = 0.5 * (r * r);
        return r * InvSqrtPi * Fma(v, Fma(v, Fma(v, Fma(v, Fma(v, -945.0, 105.0), -15.0), 3.0), -1.0), 1.0);
    }
}
