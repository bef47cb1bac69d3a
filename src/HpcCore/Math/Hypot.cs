using static HpcCore.Lane;

namespace HpcCore;

// float: in double, where nothing overflows or underflows: the squares of floats are exact, their sum is rounded
// once (2^-53) and so is its square root, so the float result is correctly rounded except within 2^-28 ULP of a
// midpoint (0.5 + 2^-28 ULP at most; subnormal results too, as double holds them as normal numbers).
// double: hypot(x, y) = √(a² + b²), a = max(|x|, |y|), b = min(|x|, |y|), without overflow or underflow on the way:
// - both are multiplied by one power of two chosen from a (exact, except for bits of b far below a's last one)
//   so that a² is normal and far from overflow: a² + b² is then held as a pair, each square split exactly by Fma
//   and the sum by Fast2Sum (a² ≥ b²);
// - r = √(high) is corrected by one Newton step on the exact residual, r + (s − r²)/(2r) with s − r² from Fma, so
//   the result is rounded about once (about 0.5 ULP);
// - the power of two is taken back last: overflow gives +∞ correctly; a subnormal result is rounded twice (still
//   below 1 ULP).
// C99 Annex F: hypot(±∞, y) = +∞ even when y is NaN; otherwise NaN if either is NaN; hypot(±0, ±0) = +0.
public static partial class HpcMath
{
    /// <summary>Returns √(x² + y²) without intermediate overflow or underflow, like <see cref="float.Hypot"/>.</summary>
    /// <param name="x">The first side.</param>
    /// <param name="y">The second side.</param>
    /// <returns>
    /// hypot(x, y) ≥ 0, within 0.5 + 2^-28 ULP for every pair of floats (correctly rounded but within 2^-28 ULP of a
    /// midpoint). +∞ when either is infinite (even if the other is NaN), otherwise NaN when either is NaN.
    /// </returns>
    [Vectorize("Hypot", MaxUlp = 0.51, Domain = "all pairs of floats", Reference = "hypot")]
    private static float HypotSingle(float x, float y)
    {
        double dx = ToDouble(x), dy = ToDouble(y);
        float result = ToSingle(Sqrt(Fma(dx, dx, dy * dy)));

        bool infinite = Abs(x) == float.PositiveInfinity | Abs(y) == float.PositiveInfinity;
        return Select(infinite, float.PositiveInfinity, Select(IsNaN(x) | IsNaN(y), float.NaN, result));
    }

    private const double HypotBig = 3.273390607896142e150;             // 2^500
    private const double HypotSmall = 3.054936363499605e-151;          // 2^-500
    private const double HypotShrink = 2.409919865102884e-181;         // 2^-600
    private const double HypotGrow = 4.149515568880993e180;            // 2^600

    /// <summary>Returns √(x² + y²) without intermediate overflow or underflow, like <see cref="double.Hypot"/>.</summary>
    /// <param name="x">The first side.</param>
    /// <param name="y">The second side.</param>
    /// <returns>
    /// hypot(x, y) ≥ 0, within 1.0 ULP for every pair of doubles (about 0.5 ULP where the result is normal). +∞ when
    /// either is infinite (even if the other is NaN), otherwise NaN when either is NaN.
    /// </returns>
    [Vectorize("Hypot", MaxUlp = 1.0, Domain = "all pairs of doubles", Reference = "hypot")]
    private static double HypotDouble(double x, double y)
    {
        double ax = Abs(x), ay = Abs(y);
        double a = Select(ax > ay, ax, ay), b = Select(ax > ay, ay, ax);
        double scale = Select(a > HypotBig, HypotShrink, Select(a < HypotSmall, HypotGrow, 1.0));
        double unscale = Select(a > HypotBig, HypotGrow, Select(a < HypotSmall, HypotShrink, 1.0));
        a *= scale;
        b *= scale;

        double aa = a * a, bb = b * b;
        double high = aa + bb;
        double low = ((aa - high) + bb) + (Fma(a, a, -aa) + Fma(b, b, -bb));
        double r = Sqrt(high);
        double residual = Fma(-r, r, high) + low;
        double result = Select(a == 0.0, 0.0, r + residual / (r + r)) * unscale;

        bool infinite = ax == double.PositiveInfinity | ay == double.PositiveInfinity;
        return Select(infinite, double.PositiveInfinity, Select(IsNaN(x) | IsNaN(y), double.NaN, result));
    }
}
