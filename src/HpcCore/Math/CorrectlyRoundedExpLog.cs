using static HpcCore.Lane;

namespace HpcCore;

// Correctly rounded exponentials and logarithms of floats, computed in double (Lane.ToDouble) in two steps (Ziv's
// strategy):
// - Fast path, every lane: a short double evaluation y (relative error below 2^-44: ExpFastDoubleFit of degree 9,
//   AtanhFastDoubleFit of degree 11). Rounding y to float gives the correctly rounded result unless the exact value
//   lies closer to a midpoint between two floats than y's error; NearSingleMidpoint flags those lanes from y's bits
//   (within 2^10 units of y's last place of a midpoint, about 3× the error bound), on average one lane in 2^18.
// - Exact path, only when a flagged lane exists (SelectRarely): the double function's own core kept as an
//   unevaluated pair head + tail (relative error about 2^-56), rounded to float once, exactly (RoundPairToSingle).
//   Subnormal exp results take it too, since the midpoint test reads the bits of normal floats only.
// Why the exact path is exact: a float result can only come out wrong when the exact value lies within the pair's
// error of a midpoint, about one chance in 2^31 per input; the exhaustive test (every one of the 2^32 floats
// against MPFR, zero exceptions allowed) shows that no float input comes that close for these six functions, and
// it checks the whole function, fast path and test included.
// Scaling by 2^k (exp family) happens in double, where every float result, subnormal or not, is exact, so the one
// rounding to float also produces subnormals, overflow to +∞ and underflow to +0.
public static partial class HpcMath
{
    public static partial class CorrectlyRounded
    {
        private const float ExpClampForSingle = 200f;                   // e^200, 2^200 and 10^200 are far beyond float, still finite in double
        private const double ExpSubnormalLimit = -87.33654475;         // below about ln 2^-126, exp is subnormal in float
        private const double Exp2SubnormalLimit = -126.0;
        private const double Exp10SubnormalLimit = -37.92977945;       // log10 2^-126 = −37.9297794…
        private const double Log10Of2 = 0.30102999566398120;             // log10 2 rounded to double
        private const long MidpointTolerance = 1024;                    // in units of the double's last place; the fast paths stay within about 300

        /// <summary>Returns e raised to the power <paramref name="x"/>, correctly rounded.</summary>
        /// <param name="x">The exponent.</param>
        /// <returns>e^x rounded to nearest (ties to even) for every float: +∞ from about 88.72 on, subnormal results rounded once, +0 below about −103.97, exactly 1 at ±0; NaN for NaN.</returns>
        /// <remarks>Computed in double precision: a short evaluation, and an exact one for the rare inputs near a rounding boundary. Slower than <c>HpcMath.Exp(float)</c> (the README has the ratio).</remarks>
        [Vectorize("Exp", MaxUlp = 0.5, Domain = "all floats, correctly rounded", Reference = "exp")]
        private static float ExpCorrectlyRoundedSingle(float x)
        {
            double d = ToDouble(ClampForExp(x));
            return ExpFamilyToSingle(x, ExpRemainderDouble(d), ExpRemainderLowDouble(d), ExpScaleDouble(d), d < ExpSubnormalLimit);
        }

        /// <summary>Returns 2 raised to the power <paramref name="x"/>, correctly rounded.</summary>
        /// <param name="x">The exponent.</param>
        /// <returns>2^x rounded to nearest (ties to even) for every float, exact for integer x in range: +∞ from 128 on, +0 at −150 and below; NaN for NaN.</returns>
        /// <remarks>Computed in double precision: a short evaluation, and an exact one for the rare inputs near a rounding boundary. Slower than <c>HpcMath.Exp2(float)</c> (the README has the ratio).</remarks>
        [Vectorize("Exp2", MaxUlp = 0.5, Domain = "all floats, correctly rounded", Reference = "exp2")]
        private static float Exp2CorrectlyRoundedSingle(float x)
        {
            double d = ToDouble(ClampForExp(x));
            return ExpFamilyToSingle(x, Exp2RemainderDouble(d), Exp2RemainderLowDouble(d), Exp2ScaleDouble(d), d < Exp2SubnormalLimit);
        }

        /// <summary>Returns 10 raised to the power <paramref name="x"/>, correctly rounded.</summary>
        /// <param name="x">The exponent.</param>
        /// <returns>10^x rounded to nearest (ties to even) for every float, exact for x = 0 … 10: +∞ above about 38.53, +0 below about −45.1; NaN for NaN.</returns>
        /// <remarks>Computed in double precision: a short evaluation, and an exact one for the rare inputs near a rounding boundary. Slower than <c>HpcMath.Exp10(float)</c> (the README has the ratio).</remarks>
        [Vectorize("Exp10", MaxUlp = 0.5, Domain = "all floats, correctly rounded", Reference = "exp10")]
        private static float Exp10CorrectlyRoundedSingle(float x)
        {
            double d = ToDouble(ClampForExp(x));
            return ExpFamilyToSingle(x, Exp10RemainderDouble(d), Exp10RemainderLowDouble(d), Exp10ScaleDouble(d), d < Exp10SubnormalLimit);
        }

        /// <summary>Returns the natural (base e) logarithm of <paramref name="x"/>, correctly rounded.</summary>
        /// <param name="x">The argument.</param>
        /// <returns>ln x rounded to nearest (ties to even) for every float, +0 at 1; −∞ for ±0, NaN for negative x and NaN, +∞ for +∞.</returns>
        /// <remarks>Computed in double precision: a short evaluation, and an exact one for the rare inputs near a rounding boundary. Slower than <c>HpcMath.Log(float)</c> (the README has the ratio).</remarks>
        [Vectorize("Log", MaxUlp = 0.5, Domain = "all floats, correctly rounded", Reference = "log")]
        private static float LogCorrectlyRoundedSingle(float x)
        {
            double d = ToDouble(x);
            double f = WidenedLogFraction(d), k = WidenedLogExponent(d);
            double big = k * Ln2Hi, head = Log1pHeadDouble(f), tail = Fma(k, Ln2Lo, Log1pTailDouble(f));
            return LogFamilyToSingle(x, Fma(k, Ln2, Log1pFastDouble(f)), big + head, LogSumLowDouble(big, head, tail));
        }

        /// <summary>Returns the base 2 logarithm of <paramref name="x"/>, correctly rounded.</summary>
        /// <param name="x">The argument.</param>
        /// <returns>log2 x rounded to nearest (ties to even) for every float, exact for powers of two; −∞ for ±0, NaN for negative x and NaN, +∞ for +∞.</returns>
        /// <remarks>Computed in double precision: a short evaluation, and an exact one for the rare inputs near a rounding boundary. Slower than <c>HpcMath.Log2(float)</c> (the README has the ratio).</remarks>
        [Vectorize("Log2", MaxUlp = 0.5, Domain = "all floats, correctly rounded", Reference = "log2")]
        private static float Log2CorrectlyRoundedSingle(float x)
        {
            double d = ToDouble(x);
            double f = WidenedLogFraction(d), k = WidenedLogExponent(d);
            double head = Log1pScaledHeadDouble(f, Log2EHead), tail = Log1pScaledTailDouble(f, Log2EHead, Log2ETail);
            return LogFamilyToSingle(x, Fma(Log1pFastDouble(f), Log2EHead, k), k + head, LogSumLowDouble(k, head, tail));
        }

        /// <summary>Returns the base 10 logarithm of <paramref name="x"/>, correctly rounded.</summary>
        /// <param name="x">The argument.</param>
        /// <returns>log10 x rounded to nearest (ties to even) for every float, exact for 1, 10, … 10^10; −∞ for ±0, NaN for negative x and NaN, +∞ for +∞.</returns>
        /// <remarks>Computed in double precision: a short evaluation, and an exact one for the rare inputs near a rounding boundary. Slower than <c>HpcMath.Log10(float)</c> (the README has the ratio).</remarks>
        [Vectorize("Log10", MaxUlp = 0.5, Domain = "all floats, correctly rounded", Reference = "log10")]
        private static float Log10CorrectlyRoundedSingle(float x)
        {
            double d = ToDouble(x);
            double f = WidenedLogFraction(d), k = WidenedLogExponent(d);
            double big = k * Log10Of2Hi, head = Log1pScaledHeadDouble(f, Log10EHead), tail = Fma(k, Log10Of2Lo, Log1pScaledTailDouble(f, Log10EHead, Log10ETail));
            return LogFamilyToSingle(x, Fma(k, Log10Of2, Log1pFastDouble(f) * Log10EHead), big + head, LogSumLowDouble(big, head, tail));
        }

        /// <summary>x limited to ±200: beyond float's range for all three bases, so ±∞ overflow to +∞ and underflow to +0.</summary>
        [LaneHelper]
        private static float ClampForExp(float x)
        {
            x = Select(x > ExpClampForSingle, ExpClampForSingle, x);
            return Select(x < -ExpClampForSingle, -ExpClampForSingle, x);
        }

        /// <summary>exp(r) for |r| ≤ 0.3466 to 2^-45.8 relative (ExpFastDoubleFit), Horner's scheme.</summary>
        [LaneHelper]
        internal static double ExpFastDouble(double r) => Fma(ExpFastPolynomialDouble(r), r, 1.0);

        /// <summary>q with exp(r) = 1 + r·q (so r·q is expm1(r) to 2^-45.8 relative, no cancellation).</summary>
        [LaneHelper]
        private static double ExpFastPolynomialDouble(double r)
        {
            double p = ExpFastDoubleFit.C9;
            p = Fma(p, r, ExpFastDoubleFit.C8);
            p = Fma(p, r, ExpFastDoubleFit.C7);
            p = Fma(p, r, ExpFastDoubleFit.C6);
            p = Fma(p, r, ExpFastDoubleFit.C5);
            p = Fma(p, r, ExpFastDoubleFit.C4);
            p = Fma(p, r, ExpFastDoubleFit.C3);
            p = Fma(p, r, ExpFastDoubleFit.C2);
            return Fma(p, r, 1.0);
        }

        /// <summary>
        /// The float of 2^k·exp(r + rLow): the fast path's result unless it lies near a midpoint (or is subnormal), then
        /// the exact pair's; NaN for NaN x.
        /// </summary>
        [LaneHelper]
        private static float ExpFamilyToSingle(float x, double r, double rLow, double k, bool subnormal)
        {
            double fast = ScaleB(ExpFastDouble(r), k);
            double exact = ToDouble(ExpReducedToSingle(r, rLow, k));
            return Select(IsNaN(x), float.NaN, ToSingle(SelectRarely(NearSingleMidpoint(fast) | subnormal, exact, fast)));
        }

        /// <summary>
        /// The float of a logarithm known as <paramref name="fast"/> (to 2^-44) and as the exact pair hi + lo: fast
        /// unless it lies near a midpoint, then the pair rounded once; the special results of x (±0, negative, ∞, NaN).
        /// </summary>
        [LaneHelper]
        private static float LogFamilyToSingle(float x, double fast, double hi, double lo) =>
            LogSpecialSingle(x, ToSingle(SelectRarely(NearSingleMidpoint(fast), ToDouble(RoundPairToSingle(hi, lo)), fast)));

        /// <summary>2^k·exp(r + rLow) rounded once to float: the Exp core's pair, scaled exactly in double.</summary>
        [LaneHelper]
        private static float ExpReducedToSingle(double r, double rLow, double k) =>
            RoundPairToSingle(ScaleB(ExpHeadDouble(r), k), ScaleB(ExpTailDouble(r, rLow), k));

        /// <summary>f = m − 1 for a widened float x = 2^e·m, m in [√½, √2): <see cref="LogFractionDouble"/> without its subnormal case, which a float never reaches in double.</summary>
        [LaneHelper]
        private static double WidenedLogFraction(double x) => AsDouble(((AsInt64(x) - SqrtHalfBits) & 0x000FFFFFFFFFFFFF) + SqrtHalfBits) - 1.0;

        /// <summary>e for a widened float x = 2^e·m, m in [√½, √2), as a double (exact).</summary>
        [LaneHelper]
        private static double WidenedLogExponent(double x) => ToDouble((AsInt64(x) - SqrtHalfBits) >> 52);

        /// <summary>
        /// log(1 + f) for f in [√½ − 1, √2 − 1] to about 2^-44.8 relative: 2·atanh(s), s = f / (2 + f), with the
        /// degree-11 fit AtanhFastDoubleFit (2^-44.9) and a few roundings of 2^-53.
        /// </summary>
        [LaneHelper]
        internal static double Log1pFastDouble(double f)
        {
            double s = f / (2.0 + f);
            double z = s * s;
            double p = AtanhFastDoubleFit.C11;
            p = Fma(p, z, AtanhFastDoubleFit.C9);
            p = Fma(p, z, AtanhFastDoubleFit.C7);
            p = Fma(p, z, AtanhFastDoubleFit.C5);
            p = Fma(p, z, AtanhFastDoubleFit.C3);
            double twoS = s + s;
            return Fma(twoS * z, p, twoS);
        }

        /// <summary>
        /// True where y, a result known to better than 2^-44 relative and a normal float once rounded, may round to
        /// the wrong float: its bits below float precision (the low 29 of the double) lie within 2^10 of the midpoint
        /// pattern 2^28. Adding 2^10 − 2^28 and masking maps exactly that window to [0, 2^11).
        /// </summary>
        [LaneHelper]
        private static bool NearSingleMidpoint(double y) =>
            ((AsInt64(y) + (MidpointTolerance - 0x10000000L)) & 0x1FFFFFFFL) < 2 * MidpointTolerance;
    }
}
