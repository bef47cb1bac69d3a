using static HpcCore.Lane;

namespace HpcCore;

// sinh(x) = sign(x)·sinh(|x|):
// - |x| < 1: x + x·(x²·q(x²)), q the minimax fit (Fits/Sinh*Fit.cs); the correction is at most 0.18 of x and is added
//   with one Fma, so the error stays near 0.5 ULP; tiny and subnormal x give x, sinh(±0) = ±0.
// - |x| ≥ 1: (e^|x| − e^−|x|)/2, computed as for Cosh with the small term subtracted (at most 0.16 of the result).
// - sinh(±∞) = ±∞, sinh(NaN) = NaN (canonical).
public static partial class HpcMath
{
    /// <summary>Returns the hyperbolic sine of <paramref name="x"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>sinh x; ±0 for ±0, ±∞ for |x| above about 89.42 and for ±∞; NaN for NaN.</returns>
    [Vectorize("Sinh", MaxUlp = 1.0, Domain = "all floats", Reference = "sinh")]
    private static float SinhSingle(float x)
    {
        float a = Abs(x);
        float x2 = a * a;
        float q = SinhSingleFit.C9;
        q = Fma(q, x2, SinhSingleFit.C7);
        q = Fma(q, x2, SinhSingleFit.C5);
        q = Fma(q, x2, SinhSingleFit.C3);
        float small = Fma(a, x2 * q, a);

        a = Select(a > HyperbolicClampF, HyperbolicClampF, a);
        float large = HyperbolicLargeSingle(a, -1.0f);
        return Select(IsNaN(x), float.NaN, CopySign(Select(a < 1.0f, small, large), x));
    }

    /// <summary>Returns the hyperbolic sine of <paramref name="x"/>.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>sinh x; ±0 for ±0, ±∞ for |x| above about 710.48 and for ±∞; NaN for NaN.</returns>
    [Vectorize("Sinh", MaxUlp = 1.0, Domain = "all doubles", Reference = "sinh")]
    private static double SinhDouble(double x)
    {
        double a = Abs(x);
        double x2 = a * a;
        double q = SinhDoubleFit.C15;
        q = Fma(q, x2, SinhDoubleFit.C13);
        q = Fma(q, x2, SinhDoubleFit.C11);
        q = Fma(q, x2, SinhDoubleFit.C9);
        q = Fma(q, x2, SinhDoubleFit.C7);
        q = Fma(q, x2, SinhDoubleFit.C5);
        q = Fma(q, x2, SinhDoubleFit.C3);
        double small = Fma(a, x2 * q, a);

        a = Select(a > HyperbolicClamp, HyperbolicClamp, a);
        double large = HyperbolicLargeDouble(a, -1.0);
        return Select(IsNaN(x), double.NaN, CopySign(Select(a < 1.0, small, large), x));
    }
}
