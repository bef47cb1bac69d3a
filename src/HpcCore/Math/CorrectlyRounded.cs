using static HpcCore.Lane;

namespace HpcCore;

public static partial class HpcMath
{
    /// <summary>
    /// Functions whose float results are correctly rounded (round to nearest, ties to even) for every one of the 2^32
    /// inputs, proven by the exhaustive test against MPFR (Cake target TestExhaustive), with the same overload shapes
    /// as <see cref="HpcMath"/>: <see cref="Exp(float)"/>, <see cref="Exp2(float)"/>, <see cref="Exp10(float)"/>,
    /// <see cref="Log(float)"/>, <see cref="Log2(float)"/>, <see cref="Log10(float)"/> and <see cref="Cbrt(float)"/>.
    /// </summary>
    public static partial class CorrectlyRounded
    {
        /// <summary>Returns the cube root of <paramref name="x"/>, correctly rounded.</summary>
        /// <param name="x">The argument.</param>
        /// <returns>∛x rounded to nearest (ties to even) for every float; ±0, ±∞ and NaN as given.</returns>
        /// <remarks>The same computation as <c>HpcMath.Cbrt(float)</c>, whose last Newton step on an exact residual
        /// turns out to round correctly on all 2^32 inputs; this entry states and tests that stronger promise.</remarks>
        [Vectorize("Cbrt", MaxUlp = 0.5, Domain = "all floats, correctly rounded", Reference = "cbrt")]
        private static float CbrtCorrectlyRoundedSingle(float x) => CbrtSingle(x);

        /// <summary>
        /// The real number hi + lo rounded to the nearest float (ties to even), exactly, with no double rounding.
        /// ToSingle(s), s = hi + lo rounded to double, is already that float unless s lies exactly halfway between two
        /// floats f and g: then the 2Sum error of s says on which side of the midpoint hi + lo lies, and the float on
        /// that side is taken (an error of 0 is a true tie, which ToSingle broke to even). Subnormal and overflowing
        /// results work alike, since f and g are whatever ToSingle rounds to.
        /// </summary>
        [LaneHelper]
        private static float RoundPairToSingle(double hi, double lo)
        {
            double s = hi + lo;
            double error = TwoSumErrorDouble(hi, lo, s);
            double f = ToDouble(ToSingle(s));
            double g = ToDouble(ToSingle((s + s) - f));               // the float on s's other side (exact when s is a midpoint)
            bool midpoint = (f != g) & (f + g == s + s);
            return ToSingle(Select(midpoint & (error * (g - f) > 0.0), g, f));
        }
    }
}
