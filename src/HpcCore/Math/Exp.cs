using static HpcCore.Lane;

namespace HpcCore;

// exp(x) = 2^k · exp(r), k = round(x / ln 2), r = x − k·ln 2 with |r| ≤ ln 2 / 2 (Cody–Waite).
// - Reduction: ln 2 = Ln2Hi + Ln2Lo where Ln2Hi has few enough significant bits that k·Ln2Hi is exact and
//   x − k·Ln2Hi is exact (Sterbenz). r = x − k·ln 2 is then kept as r + rLow: the rounding error of r alone
//   (up to ¼ ULP of the result) is recovered exactly and added back in the small terms.
// - k is found with the 1.5·2^p "shifter": adding it rounds x/ln 2 to the nearest integer (ties to even), and
//   subtracting it again gives k exactly; k stays a float, which ScaleB takes as is (no conversion to an int lane).
// - exp(r) = 1 + r + (r²·q(r) + rLow) (ExpReduced*), q a minimax polynomial (Fits/Exp*Fit.cs, relative error 2^-28
//   for float, 2^-57 for double); 1 + r is summed with its rounding error recovered (Fast2Sum, |r| < 1) and the
//   small terms added last, so one rounding dominates and the error stays near 0.5 ULP.
//   Exp2 and Exp10 share it: only their reductions differ.
// - 2^k is applied with ScaleB, which rounds once: overflow to +∞ and gradual underflow into subnormals come
//   out correctly rounded, without branches (one VSCALEF instruction on AVX-512).
// - Special values: x is clamped to ±Clamp first, so exp(+∞) = +∞ by overflow, exp(−∞) = +0 by underflow,
//   exp(±0) = 1 exactly. NaN passes the clamp and would propagate with whatever sign and payload the hardware
//   picks (OpenCL compilers may swap the operands of a product); the last Select returns one canonical NaN so
//   that every back end gives the same bits.
// - The double Exp, Exp2, Exp10 (and Pow's exponential) reduce by sixteenths of ln 2 and look up 2^(j/16) instead
//   (ExpTable.cs: a degree-6 polynomial, no low part of r, about ten operations fewer), and so do the double
//   activations built on e^x as a pair (Sigmoid, SiLU, Mish, GeluTanh and the backward functions), with the table's pair
//   p + pLow (2^-56), as do the double Sinh, Cosh and Tanh. The double core here stays for ExpM1, Erf, Softplus,
//   LogSigmoid and the correctly rounded tier's exponentials.
public static partial class HpcMath
{
    private const float Log2EF = 1.44269504088896340736f;              // 1/ln 2
    private const float Ln2HiF = 0.693145751953125f;                   // 0x1.62e4p-1: 15 bits, so k·Ln2HiF is exact for |k| < 512
    private const float Ln2LoF = 1.428606820309417232121458e-6f;       // ln 2 − Ln2HiF
    private const float ShifterF = 12582912f;                          // 1.5·2^23
    private const float ExpClampF = 150f;                              // exp(±150) is far beyond float's range, |k| ≤ 217

    /// <summary>Returns e raised to the power <paramref name="x"/>.</summary>
    /// <param name="x">The exponent.</param>
    /// <returns>e^x; +∞ above about 88.72, +0 below about −103.97 (subnormal results in between are exact to the bound); NaN for NaN.</returns>
    [Vectorize("Exp", MaxUlp = 1.0, Domain = "all floats", Reference = "exp")]
    private static float ExpSingle(float x)
    {
        x = Select(x > ExpClampF, ExpClampF, x);
        x = Select(x < -ExpClampF, -ExpClampF, x);
        float y = ExpReducedSingle(ExpRemainderSingle(x), ExpRemainderLowSingle(x), ExpScaleSingle(x));
        return Select(IsNaN(x), float.NaN, y);
    }

    /// <summary>k = round(x / ln 2), the power of two of exp(x) (|x| ≤ 2^20), as an integral float for ScaleB.</summary>
    [LaneHelper]
    internal static float ExpScaleSingle(float x) => Fma(x, Log2EF, ShifterF) - ShifterF;

    /// <summary>r, x − k·ln 2 rounded, |r| ≤ 0.3466.</summary>
    [LaneHelper]
    internal static float ExpRemainderSingle(float x)
    {
        float k = Fma(x, Log2EF, ShifterF) - ShifterF;
        return Fma(k, -Ln2LoF, Fma(k, -Ln2HiF, x));
    }

    /// <summary>x − k·ln 2 − r: the rounding error of <see cref="ExpRemainderSingle"/>, exactly.</summary>
    [LaneHelper]
    internal static float ExpRemainderLowSingle(float x)
    {
        float k = Fma(x, Log2EF, ShifterF) - ShifterF;
        float rHigh = Fma(k, -Ln2HiF, x);
        return Fma(k, -Ln2LoF, rHigh - Fma(k, -Ln2LoF, rHigh));
    }

    /// <summary>
    /// r for exp(w + wLow), an argument known as a pair (|wLow| ≤ ½ ULP of w, e.g. y·ln x or −a²): w's remainder with
    /// wLow added, so the Exp core sees the low part; <see cref="ExpPairRemainderLowSingle"/> is its rounding error.
    /// </summary>
    [LaneHelper]
    private static float ExpPairRemainderSingle(float w, float wLow) => ExpRemainderSingle(w) + wLow;

    /// <summary>The low part for <see cref="ExpPairRemainderSingle"/>: its 2Sum error plus w's reduction error.</summary>
    [LaneHelper]
    private static float ExpPairRemainderLowSingle(float w, float wLow)
    {
        float r = ExpRemainderSingle(w);
        return TwoSumErrorSingle(r, wLow, r + wLow) + ExpRemainderLowSingle(w);
    }

    /// <summary>2^k·exp(r + rLow) for |r| ≤ 0.3466 and |rLow| ≤ ½ ULP of r.</summary>
    [LaneHelper]
    private static float ExpReducedSingle(float r, float rLow, float k) => ScaleB(ExpHeadSingle(r) + ExpTailSingle(r, rLow), k);

    /// <summary>1 + r rounded: exp(r + rLow) = head + tail to about 2^-28 relative.</summary>
    [LaneHelper]
    internal static float ExpHeadSingle(float r) => 1.0f + r;

    /// <summary>exp(r + rLow) − <see cref="ExpHeadSingle"/>(r): the head's rounding error (Fast2Sum, |r| &lt; 1) plus the polynomial.</summary>
    [LaneHelper]
    internal static float ExpTailSingle(float r, float rLow) => ((1.0f - (1.0f + r)) + r) + ExpPolynomialSingle(r, rLow);

    /// <summary>exp(r + rLow) − 1 − r = r²·q(r) + rLow, q the minimax fit.</summary>
    [LaneHelper]
    private static float ExpPolynomialSingle(float r, float rLow)
    {
        float q = ExpSingleFit.C6;
        q = Fma(q, r, ExpSingleFit.C5);
        q = Fma(q, r, ExpSingleFit.C4);
        q = Fma(q, r, ExpSingleFit.C3);
        q = Fma(q, r, ExpSingleFit.C2);
        return Fma(r * r, q, rLow);
    }

    private const double Log2E = 1.4426950408889634073599246810018921;  // 1/ln 2
    private const double Ln2Hi = 0.6931471805592082;                    // 0x1.62e42fefa2p-1: 40 bits, so k·Ln2Hi is exact for |k| < 8192
    private const double Ln2Lo = 7.3710025651677989e-13;                // 0x1.9ef35793c7673p-41 = ln 2 − Ln2Hi
    private const double Shifter = 6755399441055744.0;                  // 1.5·2^52
    private const double ExpClamp = 1400.0;                             // beyond double's range, |k| ≤ 2020

    /// <summary>Returns e raised to the power <paramref name="x"/>.</summary>
    /// <param name="x">The exponent.</param>
    /// <returns>e^x; +∞ above about 709.78, +0 below about −745.13 (subnormal results in between are exact to the bound); NaN for NaN.</returns>
    [Vectorize("Exp", MaxUlp = 1.0, Domain = "all doubles", Reference = "exp")]
    internal static double ExpDouble(double x)
    {
        x = Select(x > ExpClamp, ExpClamp, x);
        x = Select(x < -ExpClamp, -ExpClamp, x);
        double y = ExpTableResultDouble(ExpTableShiftedDouble(x), ExpTableRemainderDouble(x));
        return Select(IsNaN(x), double.NaN, y);
    }

    /// <summary>
    /// e^x by the polynomial core, clamped like <see cref="ExpDouble"/> (a NaN propagates as it comes): for the large
    /// loops of the double activations (Softplus, LogSigmoid, a rare path of the float derivatives), where the table
    /// form's four table registers made the JIT spill twice as many values (Softplus(double) ran 2× slower in a process
    /// whose stack left those spills misaligned).
    /// </summary>
    [LaneHelper]
    internal static double ExpByPolynomialDouble(double x)
    {
        x = Select(x > ExpClamp, ExpClamp, x);
        x = Select(x < -ExpClamp, -ExpClamp, x);
        return ExpReducedDouble(ExpRemainderDouble(x), ExpRemainderLowDouble(x), ExpScaleDouble(x));
    }

    /// <summary>k = round(x / ln 2), the power of two of exp(x) (|x| ≤ 2^20), as an integral double for ScaleB.</summary>
    [LaneHelper]
    internal static double ExpScaleDouble(double x) => Fma(x, Log2E, Shifter) - Shifter;

    /// <summary>r, x − k·ln 2 rounded, |r| ≤ 0.3466.</summary>
    [LaneHelper]
    internal static double ExpRemainderDouble(double x)
    {
        double k = Fma(x, Log2E, Shifter) - Shifter;
        return Fma(k, -Ln2Lo, Fma(k, -Ln2Hi, x));
    }

    /// <summary>x − k·ln 2 − r: the rounding error of <see cref="ExpRemainderDouble"/>, exactly.</summary>
    [LaneHelper]
    internal static double ExpRemainderLowDouble(double x)
    {
        double k = Fma(x, Log2E, Shifter) - Shifter;
        double rHigh = Fma(k, -Ln2Hi, x);
        return Fma(k, -Ln2Lo, rHigh - Fma(k, -Ln2Lo, rHigh));
    }

    /// <summary>
    /// r for exp(w + wLow), an argument known as a pair (|wLow| ≤ ½ ULP of w, e.g. y·ln x or −a²): w's remainder with
    /// wLow added, so the Exp core sees the low part; <see cref="ExpPairRemainderLowDouble"/> is its rounding error.
    /// </summary>
    [LaneHelper]
    internal static double ExpPairRemainderDouble(double w, double wLow) => ExpRemainderDouble(w) + wLow;

    /// <summary>The low part for <see cref="ExpPairRemainderDouble"/>: its 2Sum error plus w's reduction error.</summary>
    [LaneHelper]
    internal static double ExpPairRemainderLowDouble(double w, double wLow)
    {
        double r = ExpRemainderDouble(w);
        return TwoSumErrorDouble(r, wLow, r + wLow) + ExpRemainderLowDouble(w);
    }

    /// <summary>2^k·exp(r + rLow) for |r| ≤ 0.3466 and |rLow| ≤ ½ ULP of r.</summary>
    [LaneHelper]
    internal static double ExpReducedDouble(double r, double rLow, double k) => ScaleB(ExpHeadDouble(r) + ExpTailDouble(r, rLow), k);

    /// <summary>1 + r rounded: exp(r + rLow) = head + tail to about 2^-57 relative.</summary>
    [LaneHelper]
    internal static double ExpHeadDouble(double r) => 1.0 + r;

    /// <summary>exp(r + rLow) − <see cref="ExpHeadDouble"/>(r): the head's rounding error (Fast2Sum, |r| &lt; 1) plus the polynomial.</summary>
    [LaneHelper]
    internal static double ExpTailDouble(double r, double rLow) => ((1.0 - (1.0 + r)) + r) + ExpPolynomialDouble(r, rLow);

    /// <summary>exp(r + rLow) − 1 − r = r²·q(r) + rLow, q the minimax fit.</summary>
    [LaneHelper]
    private static double ExpPolynomialDouble(double r, double rLow)
    {
        double q = ExpDoubleFit.C11;
        q = Fma(q, r, ExpDoubleFit.C10);
        q = Fma(q, r, ExpDoubleFit.C9);
        q = Fma(q, r, ExpDoubleFit.C8);
        q = Fma(q, r, ExpDoubleFit.C7);
        q = Fma(q, r, ExpDoubleFit.C6);
        q = Fma(q, r, ExpDoubleFit.C5);
        q = Fma(q, r, ExpDoubleFit.C4);
        q = Fma(q, r, ExpDoubleFit.C3);
        q = Fma(q, r, ExpDoubleFit.C2);
        return Fma(r * r, q, rLow);
    }
}
