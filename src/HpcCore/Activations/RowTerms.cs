using static HpcCore.Lane;

namespace HpcCore;

public static partial class Activations
{
    /// <summary>
    /// Lane functions of the row drivers (Softmax.cs), generated like any other definition but kept internal: the class
    /// is internal, and a scalar parameter without a default keeps them out of the catalog. The OpenCL row kernels take
    /// their programs from the generated <c>…OpenClSource</c> constants, so both sides compute the same bits.
    /// </summary>
    internal static partial class RowTerms
    {
        /// <summary>
        /// e^(x − max) for an element of a float row, widened to double (x − max is then exact), to 2^-34 relative: a
        /// float softmax result moves by at most 2·2^-34·2^24 = 2^-9 ULP from the terms' and the sum's errors, inside
        /// the 0.51 ULP the row functions declare. So the reduction takes ln 2 as one double (|k·(ln 2 − Ln2)| is
        /// below 2^-47 for |k| ≤ 289) and the polynomial is of degree 7 (ExpRowTermFit, 2^-34.2): three operations
        /// fewer per vector than the float activations' 2^-45.8 core. Below x − max = −200 it gives e^−200, which no
        /// float result can tell from 0 (a softmax term there is below float's smallest subnormal, and the row's sum
        /// is at least 1), and which keeps every intermediate normal.
        /// </summary>
        /// <param name="x">An element of the row, as a double.</param>
        /// <param name="max">The row's maximum, as a double.</param>
        /// <returns>e^(x − max) in (0, 1] to 2^-34 relative; NaN for NaN (and for x = max = −∞).</returns>
        [Vectorize("FloatRowTerm", MaxUlp = 600_000, Domain = "x − max in [−200, 0]", Reference = "exp")]
        private static double FloatRowTermDouble(double x, [Scalar] double max)
        {
            double d = x - max;
            d = Select(d < RowTermFloor, RowTermFloor, d);
            double k = HpcMath.ExpScaleDouble(d);
            double r = Fma(k, -Ln2, d);
            double p = Fma(ExpRowTermFit.C7, r, ExpRowTermFit.C6);
            p = Fma(p, r, ExpRowTermFit.C5);
            p = Fma(p, r, ExpRowTermFit.C4);
            p = Fma(p, r, ExpRowTermFit.C3);
            p = Fma(p, r, ExpRowTermFit.C2);
            p = Fma(p, r, 1.0);
            return ScaleB(Fma(p, r, 1.0), k);
        }

        private const double RowTermFloor = -200.0;
        private const double Ln2 = 0.6931471805599453;                  // ln 2 rounded, 2^-55 off
    }
}
