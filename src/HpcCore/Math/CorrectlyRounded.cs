namespace HpcCore;

public static partial class HpcMath
{
    /// <summary>
    /// Functions whose float results are correctly rounded (round to nearest, ties to even) for every one of the 2^32
    /// inputs, proven by the exhaustive test against MPFR (Cake target TestExhaustive), with the same overload shapes
    /// as <see cref="HpcMath"/>. So far: <see cref="Cbrt(float)"/>. Exp, Log and their base-2/base-10 variants need
    /// an evaluation in double precision inside a float function, which the dialect cannot express yet.
    /// </summary>
    public static partial class CorrectlyRounded
    {
        /// <summary>Returns the cube root of <paramref name="x"/>, correctly rounded.</summary>
        /// <param name="x">The argument.</param>
        /// <returns>∛x rounded to nearest (ties to even) for every float; ±0, ±∞ and NaN as given.</returns>
        /// <remarks>The same computation as <see cref="HpcMath.Cbrt(float)"/>, whose last Newton step on an exact residual
        /// turns out to round correctly on all 2^32 inputs; this entry states and tests that stronger promise.</remarks>
        [Vectorize("Cbrt", MaxUlp = 0.5, Domain = "all floats, correctly rounded", Reference = "cbrt")]
        private static float CbrtCorrectlyRoundedSingle(float x) => CbrtSingle(x);
    }
}
