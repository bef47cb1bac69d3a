using static HpcCore.Lane;

namespace HpcCore;

// Backward of the gated activations (SiLU, Mish, GELU's tanh form; GELU's exact form is in GeluBackward.cs). Each
// derivative crosses zero once (x ≈ −1.28, −1.19, −0.75), where the textbook formulas cancel: a double result there
// needs more than a few 2^-53 of absolute accuracy. The float versions compute in double (24 bits absorb the
// cancellation) and round once, from the short exp core away from the zero and the double Exp near it. The double
// versions of SiLU, Mish and GeluTanh rewrite the factor that vanishes, g(x), around its zero x0 (known to 2^-106 as
// a pair, with c = e^x0 or e^v(x0)): g(x0 + δ) − g(x0) becomes a sum of terms that all have δ's sign (δ·(…) and
// c·expm1(…) terms), so nothing cancels and the relative error stays a few 2^-53 however close x is to x0
// (ActivationTests checks the constants against MPFR). That form is used below zero, where the zero lies; above it the
// textbook terms are all positive. Inputs are clamped where the derivative is already 1 or underflows; an underflowing
// derivative is −0 (it comes from below).
public static partial class Activations
{
    // The zeros were found by Newton's method in 80-digit decimal arithmetic; the test
    // The_zeros_of_the_gated_derivatives_and_their_constants_are_exact_to_double_double_accuracy checks each against MPFR.
    internal const double SiluRoot = -1.2784645427610737;           // the zero of SiLU', 1 + x + e^x = 0, as SiluRoot + SiluRootLow
    internal const double SiluRootLow = -1.0946994183093437e-16;
    internal const double SiluRootExp = 0.2784645427610738;         // e^x0 = −1 − x0
    internal const double MishRoot = -1.1924312145154952;           // the zero of Mish's ω(x) (below), as MishRoot + MishRootLow
    internal const double MishRootLow = -4.8484829848031044e-17;
    internal const double MishRootExp = 0.3034825352815289;         // c = e^x0
    internal const double MishRoot4C = 1.2139301411261156;          // 4c
    internal const double MishRoot4C2 = 0.3684065968836178;         // 4c²
    internal const double MishRootC3 = 0.027951242009170138;        // c³
    internal const double MishRootC4x6 = 0.3733670191691929;        // c(4x0 + 6)
    internal const double GeluTanhRoot = -0.7524614220710163;       // the zero of 1 + e^v + x·v', as GeluTanhRoot + GeluTanhRootLow
    internal const double GeluTanhRootLow = 3.4358218314355225e-17;
    internal const double GeluTanhRootExp = 0.29195521191476714;    // c = e^v(x0) = −1 − x0·v'(x0)

    /// <summary>
    /// SiLU's backward: gradient·σ(x)(1 + x·σ(−x)). Below zero as gradient·e^x·u/(1 + e^x)² with u = 1 + x + e^x =
    /// δ + c·expm1(δ), δ = x − x0 (no cancellation at the zero x0 ≈ −1.2785); above as σ(x)(1 + x·σ(−x)), all positive.
    /// </summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·Silu'(x).</returns>
    [Vectorize("SiluBackward", MaxUlp = 1.5, Domain = "all double pairs", Reference = "silu_backward")]
    internal static double SiluBackwardDouble(double x, double gradient)
    {
        double a = SigmoidExpArgument(x);                                  // −|x|, clamped: e^a = 2^k(p + pLow) serves both sides
        double p = ExpMantissaDouble(a);
        double k = ExpMantissaScaleDouble(a);
        double d = SigmoidDenominatorDouble(a);                            // 1 + e^a = d + dLow
        double e = ScaleB(p, k);
        double eLow = ScaleB(ExpMantissaLowDouble(a), k);
        double sum = 1.0 + a;                                              // u = 1 + x + e^x: textbook, with pairs, away from x0
        double u = sum + e;
        double uLow = HpcMath.TwoSumErrorDouble(sum, e, u) + (HpcMath.TwoSumErrorDouble(1.0, a, sum) + eLow);
        double delta = NearRootDelta(a, SiluRoot, SiluRootLow);            // near x0: u = δ + c·expm1(δ)
        double ce = SiluRootExp * HpcMath.ExpM1Double(delta);
        double near = delta + ce;
        double nearLow = HpcMath.TwoSumErrorDouble(delta, ce, near)
            + (Fma(SiluRootExp, HpcMath.ExpM1Double(delta), -ce) + NearRootDeltaLow(a, SiluRoot, SiluRootLow) * (1.0 + SiluRootExp));
        bool nearRoot = NearRoot(a, SiluRoot);
        u = Select(nearRoot, near, u);
        uLow = Select(nearRoot, nearLow, uLow);
        double below = GradientTimesExpRatioDouble(gradient, p, ExpMantissaLowDouble(a), u, uLow, d, SigmoidDenominatorLowDouble(a), k);
        double above = GradientTimesSigmoidSumDouble(gradient, d, SigmoidDenominatorLowDouble(a), e, eLow, Select(x > 800.0, 800.0, x), 0.0);
        return Canonical(Select(x < 0.0, below, above));
    }

    /// <summary>
    /// Mish's backward: gradient·e^x·ω/d² with ω = 4(x + 1) + 4e^2x + e^3x + e^x(4x + 6) and d = (e^x + 1)² + 1. Below zero
    /// ω = δ(4 + 4c(1 + E)) + E(c(4x0 + 6) + 4c²(E + 2) + c³(E² + 3E + 3)) with δ = x − x0, E = expm1(δ), every term of
    /// δ's sign (no cancellation at the zero x0 ≈ −1.1924); above as tanh(softplus(x)) + 4x·e^x(1 + e^x)/d², all positive.
    /// </summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·Mish'(x).</returns>
    [Vectorize("MishBackward", MaxUlp = 2.5, Domain = "all double pairs", Reference = "mish_backward")]
    internal static double MishBackwardDouble(double x, double gradient)
    {
        double a = Select(x < ExpArgumentFloor, ExpArgumentFloor, Select(x > 40.0, 40.0, x));   // Mish'(40) rounds to 1
        double p = ExpMantissaDouble(a);
        double k = ExpMantissaScaleDouble(a);
        double d = MishDenominatorDouble(a);
        double e = ScaleB(p, k);
        double eLow = ScaleB(ExpMantissaLowDouble(a), k);
        // ω = 4(x + 1) + e^x·t, t = 4x + 6 + e^x(4 + e^x): of one sign away from x0; t and the sum carried as pairs
        double sum = 1.0 + a;
        double line = Fma(4.0, a, 6.0);
        double four = 4.0 + e;
        double quadratic = e * four;
        double t = line + quadratic;
        double tLow = HpcMath.TwoSumErrorDouble(line, quadratic, t)
            + (HpcMath.TwoSumErrorDouble(4.0 * a, 6.0, line) + Fma(e, four, -quadratic) + e * (HpcMath.TwoSumErrorDouble(4.0, e, four) + eLow));
        double product = e * t;
        double omega = 4.0 * sum + product;
        double omegaLow = HpcMath.TwoSumErrorDouble(4.0 * sum, product, omega)
            + (4.0 * HpcMath.TwoSumErrorDouble(1.0, a, sum) + Fma(e, t, -product) + Fma(e, tLow, eLow * t));
        // near x0: ω = δ·b1 + E·b2 with b1 = 4 + 4c(1 + E), b2 = c(4x0 + 6) + 4c²(E + 2) + c³(E² + 3E + 3), E = expm1(δ)
        double delta = NearRootDelta(a, MishRoot, MishRootLow);
        double e1 = HpcMath.ExpM1Double(delta);
        double b1 = Fma(MishRoot4C, e1, 4.0 + MishRoot4C);
        double b2 = Fma(Fma(e1 + 3.0, e1, 3.0), MishRootC3, Fma(e1 + 2.0, MishRoot4C2, MishRootC4x6));
        double p1 = delta * b1, p2 = e1 * b2;
        double near = p1 + p2;
        double nearLow = HpcMath.TwoSumErrorDouble(p1, p2, near)
            + (Fma(delta, b1, -p1) + Fma(e1, b2, -p2) + NearRootDeltaLow(a, MishRoot, MishRootLow) * b1);
        bool nearRoot = NearRoot(a, MishRoot);
        omega = Select(nearRoot, near, omega);
        omegaLow = Select(nearRoot, nearLow, omegaLow);
        double below = GradientTimesExpRatioDouble(gradient, p, ExpMantissaLowDouble(a), omega, omegaLow, d, MishDenominatorLowDouble(a), k);
        double slope = 4.0 * a * (e * (1.0 + e)) / (d * d);               // x·σ(x)·sech²(softplus(x))
        double tanh = MishTanhDouble(a);
        double head = tanh + slope;
        double above = GradientTimesPairDouble(gradient, head, HpcMath.TwoSumErrorDouble(tanh, slope, head) + MishTanhLowDouble(a));
        return Canonical(Select(x < 0.0, below, above));
    }

    /// <summary>
    /// GeluTanh's backward: gradient·σ(v)(1 + x·v'·σ(−v)), v = 2√(2/π)(x + 0.044715x³). Below zero as
    /// gradient·e^v·N/(1 + e^v)² with N = 1 + e^v + x·v' = c·expm1(v − v0) + k·δ(1 + 3a(x² + x·x0 + x0²)) and
    /// v − v0 = k·δ(1 + a(x² + x·x0 + x0²)), δ = x − x0 (no cancellation at the zero x0 ≈ −0.7525); v is a pair.
    /// </summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·GeluTanh'(x).</returns>
    [Vectorize("GeluTanhBackward", MaxUlp = 2.5, Domain = "all double pairs", Reference = "gelu_tanh_backward")]
    internal static double GeluTanhBackwardDouble(double x, double gradient)
    {
        double c = Select(x > 10.0, 10.0, Select(x < -30.0, -30.0, x));
        double v = GeluTanhProductDouble(c, GeluTanhCubic);
        double vLow = GeluTanhProductLowDouble(c, GeluTanhCubic);
        bool positive = v >= 0.0;
        double a = Select(positive, -v, Select(v < ExpArgumentFloor, ExpArgumentFloor, v));   // e^−|v| = 2^k(p + pLow)
        double aLow = Select(positive, -vLow, Select(v < ExpArgumentFloor, 0.0, vLow));
        double p = ExpPairMantissaDouble(a, aLow);
        double pLow = ExpPairMantissaLowDouble(a, aLow);
        double k = ExpMantissaScaleDouble(a);
        double e = ScaleB(p, k);
        double d = 1.0 + e;
        double dLow = ((1.0 - d) + e) + ScaleB(pLow, k);
        // N = 1 + e^v + x·v' = (d + dLow) + xv': textbook, with pairs, away from x0 (cancels at most 1.5-fold there)
        double xv = GeluTanhProductDouble(c, 3.0 * GeluTanhCubic);
        double xvLow = GeluTanhProductLowDouble(c, 3.0 * GeluTanhCubic);
        double n = d + xv;
        double nLow = HpcMath.TwoSumErrorDouble(d, xv, n) + (dLow + xvLow);
        // near x0: N = k·δ·w3 + c·expm1(k·δ·w1), w1 = 1 + aQ, w3 = 1 + 3aQ, Q = x² + x·x0 + x0²
        double delta = NearRootDelta(c, GeluTanhRoot, GeluTanhRootLow);
        double q = Fma(c, c + GeluTanhRoot, GeluTanhRoot * GeluTanhRoot);
        double kd = GeluTanhScale * delta;
        double kdLow = Fma(GeluTanhScale, delta, -kd) + Fma(GeluTanhScaleLow, delta, GeluTanhScale * NearRootDeltaLow(c, GeluTanhRoot, GeluTanhRootLow));
        double t3 = 3.0 * GeluTanhCubic * q;
        double w3 = 1.0 + t3;
        double w3Low = HpcMath.TwoSumErrorDouble(1.0, t3, w3) + Fma(3.0 * GeluTanhCubic, q, -t3);
        double linear = kd * w3;
        double linearLow = Fma(kd, w3, -linear) + Fma(kd, w3Low, kdLow * w3);
        double e1 = HpcMath.ExpM1Double(kd * Fma(GeluTanhCubic, q, 1.0));
        double ce = GeluTanhRootExp * e1;
        double near = linear + ce;
        double nearLow = HpcMath.TwoSumErrorDouble(linear, ce, near) + (Fma(GeluTanhRootExp, e1, -ce) + linearLow);
        bool nearRoot = NearRoot(c, GeluTanhRoot);
        n = Select(nearRoot, near, n);
        nLow = Select(nearRoot, nearLow, nLow);
        double below = GradientTimesExpRatioDouble(gradient, p, pLow, n, nLow, d, dLow, k);
        double above = GradientTimesSigmoidSumDouble(gradient, d, dLow, e, ScaleB(pLow, k), xv, xvLow);
        return Canonical(Select(x < 0.0, below, above));
    }

    /// <summary>
    /// gradient·σ(1 + f·σ̄) for σ = 1/(d + dLow), σ̄ = (e + eLow)/(d + dLow) and f + fLow ≥ 0: SiLU's and GeluTanh's
    /// derivative above zero (all terms positive), with both quotients corrected and the sum carried as a pair.
    /// </summary>
    [LaneHelper]
    private static double GradientTimesSigmoidSumDouble(double gradient, double d, double dLow, double e, double eLow, double f, double fLow)
    {
        double inverse = 1.0 / d;
        double inverseLow = QuotientResidualDouble(1.0, 0.0, d, dLow, inverse) * inverse;
        double mirror = e * inverse;
        double mirrorLow = QuotientResidualDouble(e, eLow, d, dLow, mirror) * inverse;
        double m = f * mirror;
        double mLow = Fma(f, mirror, -m) + Fma(f, mirrorLow, fLow * mirror);
        double im = inverse * m;
        double head = inverse + im;
        double low = HpcMath.TwoSumErrorDouble(inverse, im, head) + (Fma(inverse, m, -im) + Fma(inverse, mLow, inverseLow * (1.0 + m)));
        return GradientTimesPairDouble(gradient, head, low);
    }

    /// <summary>Where x − x0 is exact (Sterbenz: 2x0 ≤ x ≤ x0/2 for x0 &lt; 0), the region the rewritten forms serve.</summary>
    [LaneHelper]
    private static bool NearRoot(double x, double root) => x >= 2.0 * root & x <= 0.5 * root;

    /// <summary>δ = x − (root + rootLow) rounded, for x near the root (x − root is exact there).</summary>
    [LaneHelper]
    private static double NearRootDelta(double x, double root, double rootLow) => (x - root) - rootLow;

    /// <summary>The rounding error of <see cref="NearRootDelta"/>: δ + δLow is x − (root + rootLow) exactly.</summary>
    [LaneHelper]
    private static double NearRootDeltaLow(double x, double root, double rootLow) =>
        HpcMath.TwoSumErrorDouble(x - root, -rootLow, NearRootDelta(x, root, rootLow));

    /// <summary>
    /// gradient·2^k(p + pLow)(u + uLow)/(d + dLow)²: the gated derivatives below zero, e^x·u/d² with e^x = 2^k(p + pLow).
    /// The mantissa's quotient is corrected from its residual, and |p·u/d²| &lt; 2^16 leaves the gradient room inside 2^k.
    /// </summary>
    [LaneHelper]
    private static double GradientTimesExpRatioDouble(double gradient, double p, double pLow, double u, double uLow, double d, double dLow, double k)
    {
        double square = d * d;
        double squareLow = Fma(d, d, -square) + 2.0 * d * dLow;
        double n = p * u;
        double q = n / square;
        double qLow = QuotientResidualDouble(n, Fma(p, u, -n) + Fma(pLow, u, p * uLow), square, squareLow, q) / square;
        return GradientTimesScaledPairDouble(gradient, q, qLow, k, 16.0);
    }

    /// <summary>
    /// SiLU's backward: gradient·σ(x)(1 + x·σ(−x)), computed in double and rounded once. e^−|x| comes from the float
    /// cores' short exp (2^-45) except within 1/128 of the derivative's zero, where the two terms of 1 + x·σ(−x) cancel
    /// more than 2^7-fold and the double Exp is taken (<see cref="NearRootExpForSingle"/>).
    /// </summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·Silu'(x).</returns>
    [Vectorize("SiluBackward", MaxUlp = 1.0, Domain = "all float pairs", Reference = "silu_backward")]
    private static float SiluBackwardSingle(float x, float gradient)
    {
        double c = Clamp(ToDouble(x), ExpArgumentFloor, 800.0);
        double e = NearRootExpForSingle(c, SiluRoot, -Abs(c));
        double d = 1.0 + e;
        double up = 1.0 / d, down = e * up;                    // σ(|x|), σ(−|x|): one division
        double sigmoid = Select(c < 0.0, down, up), mirror = Select(c < 0.0, up, down);
        return Narrowed(Canonical(ToDouble(gradient) * (sigmoid * Fma(c, mirror, 1.0))));
    }

    /// <summary>
    /// Mish's backward: gradient·(tanh(sp) + x·σ(x)·sech²(sp)), sp = softplus(x), as gradient·(n(n + 2) + 4x·e(1 + e))/(n + 2)²
    /// with e = e^x and n = e(e + 2); computed in double and rounded once. Within 1/128 of the derivative's zero the
    /// textbook quotient's roundings meet up to 2^24-fold cancellation (1.6 ULP at the worst float even with the double
    /// Exp), so there the double definition, which rewrites ω around the zero, gives the result (a rare path).
    /// </summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·Mish'(x).</returns>
    [Vectorize("MishBackward", MaxUlp = 1.0, Domain = "all float pairs", Reference = "mish_backward")]
    private static float MishBackwardSingle(float x, float gradient)
    {
        double c = Clamp(ToDouble(x), ExpArgumentFloor, 40.0);
        double e = ExpOrZeroForSingle(c);
        double n = e * (e + 2.0);
        double m = n + 2.0;
        double derivative = Fma(n, m, 4.0 * c * (e * (1.0 + e))) / (m * m);
        derivative = Select(e == 0.0, -0.0, derivative);                         // e^x(1 + x)·… underflows from below
        double y = Canonical(ToDouble(gradient) * Select(ToDouble(x) > 40.0, 1.0, derivative));
        return Narrowed(SelectRarely(Abs(c - MishRoot) < NearRootWindow, MishBackwardDouble(ToDouble(x), ToDouble(gradient)), y));
    }

    /// <summary>
    /// GeluTanh's backward: gradient·(σ(v) + x·σ(v)σ(−v)·v'), v = 2√(2/π)(x + 0.044715x³); in double, rounded once
    /// (e^−|v| as in SiLU's backward).
    /// </summary>
    /// <param name="x">The forward input.</param>
    /// <param name="gradient">The gradient with respect to the output.</param>
    /// <returns>gradient·GeluTanh'(x).</returns>
    [Vectorize("GeluTanhBackward", MaxUlp = 1.0, Domain = "all float pairs", Reference = "gelu_tanh_backward")]
    private static float GeluTanhBackwardSingle(float x, float gradient)
    {
        double c = Clamp(ToDouble(x), -30.0, 10.0);
        double square = c * c;
        double v = GeluTanhScale * (c * Fma(GeluTanhCubic, square, 1.0));
        double slope = GeluTanhScale * Fma(3.0 * GeluTanhCubic, square, 1.0);
        double e = NearRootExpForSingle(c, GeluTanhRoot, -Abs(v));
        double d = 1.0 + e;
        double up = 1.0 / d, down = e * up;
        double sigmoid = Select(v < 0.0, down, up);
        double derivative = Select(e == 0.0 & v < 0.0, -0.0, Fma(c * (up * down), slope, sigmoid));   // underflows from below
        return Narrowed(Canonical(ToDouble(gradient) * Select(ToDouble(x) > 10.0, 1.0, derivative)));
    }

    /// <summary>
    /// e^a for a float derivative: the short exp (2^-45; 0 where double's e^a is 0) unless some lane lies within 1/128 of
    /// the derivative's zero x0, where the cancellation (up to about 2^7-fold outside that window, 2^24-fold at the
    /// nearest float) needs the double Exp (2^-53): a rare path, so other vectors never pay for it.
    /// </summary>
    [LaneHelper]
    private static double NearRootExpForSingle(double c, double root, double a) =>
        SelectRarely(Abs(c - root) < NearRootWindow, HpcMath.ExpByPolynomialDouble(a), ExpOrZeroForSingle(a));

    private const double NearRootWindow = 0.0078125;                 // 1/128

    [LaneHelper]
    private static double Clamp(double x, double low, double high) => Select(x < low, low, Select(x > high, high, x));
}
