using static HpcCore.Lane;

namespace HpcCore;

// exp10(x) = 2^k · exp(u·ln 10), k = round(x·log2 10), u = x − k·log10 2 with |u| ≤ log10(2)/2.
// - u is reduced as in Exp (two-part log10 2, the high part short enough that k times it is exact) and kept as
//   u + uLow; then r + rLow = (u + uLow)·ln 10 with the product's error recovered by Fma and the tail of ln 10 added.
//   |r| ≤ ln(2)/2 as in Exp, so the Exp core finishes.
// - Special values as Exp: clamping makes ±∞ overflow and underflow, NaN is replaced by one canonical NaN.
// - The double Exp10 reduces by sixteenths of log10 2 instead and looks up 2^(j/16) (ExpTable.cs): a degree-6
//   polynomial on |r| ≤ ln 2/32 and no low part of r. The helpers below stay for the correctly rounded float tier,
//   whose rare path needs r's low part.
public static partial class HpcMath
{
    private const float Log2Of10F = 3.321928094887362f;                // log2 10
    private const float Log10Of2HiF = 0.301025390625f;                 // log10 2 to 15 bits: k·Log10Of2HiF exact for |k| < 512
    private const float Log10Of2LoF = 4.605039066518657e-06f;          // log10 2 − Log10Of2HiF
    private const float Ln10F = 2.3025851249694824f;                   // ln 10 rounded to float
    private const float Ln10TailF = -3.1975435632602967e-08f;          // ln 10 − Ln10F
    private const float Exp10ClampF = 50f;                             // beyond float's range (10^38.5, 10^-45.2)

    /// <summary>Returns 10 raised to the power <paramref name="x"/>.</summary>
    /// <param name="x">The exponent.</param>
    /// <returns>10^x; +∞ above about 38.53, +0 below about −45.4; NaN for NaN.</returns>
    [Vectorize("Exp10", MaxUlp = 1.0, Domain = "all floats", Reference = "exp10")]
    private static float Exp10Single(float x)
    {
        x = Select(x > Exp10ClampF, Exp10ClampF, x);
        x = Select(x < -Exp10ClampF, -Exp10ClampF, x);

        float shifted = Fma(x, Log2Of10F, ShifterF);
        float k = shifted - ShifterF;

        float uHigh = Fma(k, -Log10Of2HiF, x);
        float u = Fma(k, -Log10Of2LoF, uHigh);
        float uLow = Fma(k, -Log10Of2LoF, uHigh - u);

        float r = u * Ln10F;
        float rLow = Fma(u, Ln10F, -r) + Fma(u, Ln10TailF, uLow * Ln10F);
        return Select(IsNaN(x), float.NaN, ExpReducedSingle(r, rLow, k));
    }

    private const double Log2Of10 = 3.321928094887362;                  // log2 10
    private const double Log10Of2Hi = 0.3010299956640665;               // log10 2 to 40 bits: k·Log10Of2Hi exact for |k| < 8192
    private const double Log10Of2Lo = -8.532344317057107e-14;           // log10 2 − Log10Of2Hi
    private const double Ln10 = 2.302585092994046;                      // ln 10 rounded to double
    private const double Ln10Tail = -2.1707562233822494e-16;            // ln 10 − Ln10
    private const double Exp10Clamp = 350.0;                            // beyond double's range (10^308.3, 10^-323.6)

    /// <summary>Returns 10 raised to the power <paramref name="x"/>.</summary>
    /// <param name="x">The exponent.</param>
    /// <returns>10^x; +∞ above about 308.25, +0 below about −323.6; NaN for NaN.</returns>
    [Vectorize("Exp10", MaxUlp = 1.0, Domain = "all doubles", Reference = "exp10")]
    private static double Exp10Double(double x)
    {
        x = Select(x > Exp10Clamp, Exp10Clamp, x);
        x = Select(x < -Exp10Clamp, -Exp10Clamp, x);
        double y = ExpTableResultDouble(Exp10TableShiftedDouble(x), Exp10TableRemainderDouble(x));
        return Select(IsNaN(x), double.NaN, y);
    }

    /// <summary>k = round(x·log2 10), the power of two of 10^x, as an integral double for ScaleB.</summary>
    [LaneHelper]
    private static double Exp10ScaleDouble(double x) => Fma(x, Log2Of10, Shifter) - Shifter;

    /// <summary>u = x − k·log10 2 rounded (|u| ≤ 0.1505, k·Log10Of2Hi exact).</summary>
    [LaneHelper]
    private static double Exp10FractionDouble(double x) => Fma(Exp10ScaleDouble(x), -Log10Of2Lo, Fma(Exp10ScaleDouble(x), -Log10Of2Hi, x));

    /// <summary>r = u·ln 10 rounded, |r| ≤ ln 2 / 2.</summary>
    [LaneHelper]
    private static double Exp10RemainderDouble(double x) => Exp10FractionDouble(x) * Ln10;

    /// <summary>
    /// x·ln 10 − k·ln 2 − r: the product's rounding error (Fma), u times the part of ln 10 below Ln10, and u's own
    /// reduction error times ln 10.
    /// </summary>
    [LaneHelper]
    private static double Exp10RemainderLowDouble(double x)
    {
        double k = Exp10ScaleDouble(x);
        double uHigh = Fma(k, -Log10Of2Hi, x);
        double u = Exp10FractionDouble(x);
        double uLow = Fma(k, -Log10Of2Lo, uHigh - u);
        return Fma(u, Ln10, -(u * Ln10)) + Fma(u, Ln10Tail, uLow * Ln10);
    }
}
