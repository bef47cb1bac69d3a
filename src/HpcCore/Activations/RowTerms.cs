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
        /// e^(x − max) for an element of a float row, widened to double (x − max is then exact), from the float cores'
        /// short exp (2^-45.8 relative, ExpForSingle): enough for results rounded to float, and about half the double Exp's
        /// work. Below x − max = −200 it gives e^−200, which no float result can tell from 0 (a softmax term there is
        /// below float's smallest subnormal, and the row's sum is at least 1), and which keeps every intermediate normal.
        /// </summary>
        /// <param name="x">An element of the row, as a double.</param>
        /// <param name="max">The row's maximum, as a double.</param>
        /// <returns>e^(x − max) in (0, 1] to 2^-45.8 relative; NaN for NaN (and for x = max = −∞).</returns>
        [Vectorize("FloatRowTerm", MaxUlp = 150, Domain = "x − max in [−200, 0]", Reference = "exp")]
        private static double FloatRowTermDouble(double x, [Scalar] double max) => ExpForSingle(x - max);
    }
}
