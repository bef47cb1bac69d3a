using static HpcCore.Lane;

namespace HpcCore;

// Short double cores for the float activations. A float input is exact in double, and a double result within about
// 2^-43 of the true value rounds to the float the true value rounds to, except within 2^-19 ULP of a midpoint: the
// float result is then off by at most 0.5 + 2^-19 ULP (declared 0.51; the exhaustive test checks every float). So the
// float versions use the correctly rounded tier's fast cores (ExpFastDoubleFit, degree 9, 2^-45.8; Log1pFastDouble,
// 2^-44.8) instead of the double definitions' 2^-57 pairs, and need no care for double's subnormal range: float
// arguments are clamped where the float result has saturated, and every intermediate stays a normal double.
public static partial class Activations
{
    private const double SingleExpFloor = -200.0;                     // e^−200 is far below float's range, far above double's
    private const double Sqrt2ForSingle = 1.4142135623730951;         // √2 rounded to double

    /// <summary>e^a for a ≤ 88 (clamped at −200) to about 2^-45 relative.</summary>
    [LaneHelper]
    private static double ExpForSingle(double a)
    {
        a = Select(a < SingleExpFloor, SingleExpFloor, a);
        return ScaleB(HpcMath.CorrectlyRounded.ExpFastDouble(HpcMath.ExpRemainderDouble(a)), HpcMath.ExpScaleDouble(a));
    }

    /// <summary>
    /// e^a − 1 for a ≤ 0 (clamped at −200) to about 2^-44 relative: r·q from the fast polynomial where k = 0 (there r = a,
    /// so nothing cancels), 2^k·e^r − 1 below (e^a &lt; 0.71, so the difference keeps its accuracy).
    /// </summary>
    [LaneHelper]
    private static double ExpM1ForSingle(double a)
    {
        a = Select(a < SingleExpFloor, SingleExpFloor, a);
        double r = HpcMath.ExpRemainderDouble(a);
        double k = HpcMath.ExpScaleDouble(a);
        double q = HpcMath.CorrectlyRounded.ExpFastPolynomialDouble(r);
        return Select(k == 0.0, r * q, ScaleB(Fma(q, r, 1.0), k) - 1.0);
    }

    /// <summary>
    /// log(1 + e) for 0 ≤ e ≤ 1 to about 2^-44 relative: u = 1 + e with its rounding error uLow (Fast2Sum), log u as
    /// j·ln 2 + log1p(f) with u = 2^j(1 + f), f in [√½ − 1, √2 − 1], and uLow/u ≈ uLow·(2 − u) added (its error is below
    /// 2^-53·(u − 1)² relative to the result).
    /// </summary>
    [LaneHelper]
    private static double Log1pForSingle(double e)
    {
        double u = 1.0 + e;
        double uLow = (1.0 - u) + e;
        bool big = u > Sqrt2ForSingle;
        double f = Select(big, 0.5 * u, u) - 1.0;                    // exact (Sterbenz)
        return Select(big, HpcMath.Ln2, 0.0) + (HpcMath.CorrectlyRounded.Log1pFastDouble(f) + uLow * (2.0 - u));
    }
}
