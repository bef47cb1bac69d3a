using static HpcCore.Lane;

namespace HpcCore;

// A table-driven float e^a as a pair, for cores that carry e^a further in pairs (the float Sigmoid, SiLU, Softplus and
// LogSigmoid): e^a = 2^m·(p + pLow), from t = 2^(j/16) rounded to float and tLow the rest.
// - k = round(16a/ln 2) = 16m + j; its low bits are those of the shifter sum Fma(a, 16/ln 2, 1.5·2^23), so the
//   lookup's index is that sum's bits (the lookup keeps j = k & 15) and m = floor(k/16).
// - r = a − k·(ln 2/16) in two Fmas: the first is exact (|r| < 2^-5 and a, k·H both multiples of 2^-29 or coarser), the
//   second rounds once, below 2^-30. |r| ≤ ln 2/32.
// - e^r = 1 + q, q = r + r²·(C2 + C3·r) (Fits/ExpTableSingleFit.cs, 2^-29.2 relative); tLow = t·q + (2^(j/16) − t) in
//   one Fma: |tLow| ≤ 0.022·t, so its rounding is below 2^-29 of t. In all e^a to about 2^-28 relative.
// - p + pLow is t + tLow renormalized (Fast2Sum): the cores' quotient corrections take the low parts as first-order
//   terms, which a low part of 2 % is not (Sigmoid was off by 2^-15 before). Three operations fewer than the
//   polynomial core of Exp.cs for its head and tail.
public static partial class HpcMath
{
    private const float SixteenLog2EF = 23.0831203f;                    // 16/ln 2
    private const float Ln2Over16HiF = 0.0433216989f;                   // ln 2/16 rounded to float
    private const float Ln2Over16LoF = -1.19040888e-10f;                // ln 2/16 − Ln2Over16HiF

    /// <summary>a·16/ln 2 + 1.5·2^23: k = round(16a/ln 2) in its low bits (|a| ≤ 2^17).</summary>
    [LaneHelper]
    private static float ExpTableShiftedSingle(float a) => Fma(a, SixteenLog2EF, ShifterF);

    /// <summary>m = floor(k/16), the power of two of e^a, as an integral float for ScaleB.</summary>
    [LaneHelper]
    internal static float ExpTableScaleSingle(float a) => Floor((ExpTableShiftedSingle(a) - ShifterF) * 0.0625f);

    /// <summary>p, the head of e^a/2^m = p + pLow: t + tLow rounded (t = 2^(j/16) rounded to float, j = k mod 16).</summary>
    [LaneHelper]
    internal static float ExpTableHeadSingle(float a) => ExpTablePowerSingle(a) + ExpTableTailSingle(a);

    /// <summary>pLow, the low part of <see cref="ExpTableHeadSingle"/> (Fast2Sum: |tLow| ≤ 0.022·t).</summary>
    [LaneHelper]
    internal static float ExpTableLowSingle(float a) => (ExpTablePowerSingle(a) - ExpTableHeadSingle(a)) + ExpTableTailSingle(a);

    /// <summary>t = 2^(j/16) rounded to float, j = k mod 16.</summary>
    [LaneHelper]
    private static float ExpTablePowerSingle(float a) =>
        Lookup(AsInt32(ExpTableShiftedSingle(a)), ExpTableSingle.Power0, ExpTableSingle.Power1, ExpTableSingle.Power2,
            ExpTableSingle.Power3, ExpTableSingle.Power4, ExpTableSingle.Power5, ExpTableSingle.Power6, ExpTableSingle.Power7,
            ExpTableSingle.Power8, ExpTableSingle.Power9, ExpTableSingle.Power10, ExpTableSingle.Power11, ExpTableSingle.Power12,
            ExpTableSingle.Power13, ExpTableSingle.Power14, ExpTableSingle.Power15);

    /// <summary>tLow = e^a/2^m − t to about 2^-28 of t (|tLow| ≤ 0.022·t).</summary>
    [LaneHelper]
    private static float ExpTableTailSingle(float a)
    {
        float k = ExpTableShiftedSingle(a) - ShifterF;
        float r = Fma(k, -Ln2Over16LoF, Fma(k, -Ln2Over16HiF, a));
        float q = Fma(r * r, Fma(ExpTableSingleFit.C3, r, ExpTableSingleFit.C2), r);
        float low = Lookup(AsInt32(ExpTableShiftedSingle(a)), ExpTableSingle.Power0Low, ExpTableSingle.Power1Low,
            ExpTableSingle.Power2Low, ExpTableSingle.Power3Low, ExpTableSingle.Power4Low, ExpTableSingle.Power5Low,
            ExpTableSingle.Power6Low, ExpTableSingle.Power7Low, ExpTableSingle.Power8Low, ExpTableSingle.Power9Low,
            ExpTableSingle.Power10Low, ExpTableSingle.Power11Low, ExpTableSingle.Power12Low, ExpTableSingle.Power13Low,
            ExpTableSingle.Power14Low, ExpTableSingle.Power15Low);
        return Fma(ExpTablePowerSingle(a), q, low);
    }
}

// The double form, for Exp, Exp2, Exp10 and Pow (double): e^a = 2^m·(t + (t·q + tLow)) rounded once, t + tLow =
// 2^(j/16) as a double pair (Fits/ExpTableDouble.cs, `hpccore table exp2 --format Double`), e^r = 1 + q with
// q = r + r²·P(r), P the degree-4 part of a minimax fit (Fits/ExpTableDoubleFit.cs, 2^-56.3 relative). About ten
// operations fewer than the Cody–Waite reduction with its low part and the degree-11 core of Exp.cs.
// - Exp: k = round(16x/ln 2), r = x − k·ln 2/16 in two Fmas, the first exact as for floats (|r| < 2^-5).
// - Exp2: k = round(16x), r = (x − k/16)·ln 2 with x − k/16 exact.
// - Exp10: k = round(16·x·log2 10), u = x − k·(log10 2)/16 in two Fmas (the first exact: |u| < 2^-6), r = u·ln 10.
// - Pow: k = round(16w/ln 2) for w + wLow = y·ln x, r = w − k·ln 2/16 + wLow (wLow, at most 2^-42 beside |w| ≤ 1400,
//   joins by one addition).
// No low part of r is kept: the roundings of r (and of ln 10, ln 2) stay within 2^-57.5 absolute, below 0.04 ULP of
// the result, where the degree-6 fit's 2^-56.3 and the final rounding dominate (max 0.77–0.79 ULP on 10^7 hard inputs).
public static partial class HpcMath
{
    private const double SixteenLog2E = 23.083120654223414;             // 16/ln 2
    private const double Ln2Over16Hi = 0.04332169878499658;             // ln 2/16 rounded to double
    private const double Ln2Over16Lo = 1.4494042586539372e-18;          // ln 2/16 − Ln2Over16Hi
    private const double SixteenLog2Of10 = 53.150849518197795;          // 16·log2 10
    private const double Log10Of2Over16Hi = 0.018814374728998825;       // (log10 2)/16 rounded to double
    private const double Log10Of2Over16Lo = -1.7523300798657315e-19;    // (log10 2)/16 − Log10Of2Over16Hi

    /// <summary>x·16·log2 10 + 1.5·2^52: k = round(16·x·log2 10) in its low bits (|x| ≤ 2^40).</summary>
    [LaneHelper]
    private static double Exp10TableShiftedDouble(double x) => Fma(x, SixteenLog2Of10, Shifter);

    /// <summary>r = (x − k·(log10 2)/16)·ln 10, |r| ≤ ln 2/32.</summary>
    [LaneHelper]
    private static double Exp10TableRemainderDouble(double x)
    {
        double k = Exp10TableShiftedDouble(x) - Shifter;
        return Fma(k, -Log10Of2Over16Lo, Fma(k, -Log10Of2Over16Hi, x)) * Ln10;
    }

    /// <summary>w·16/ln 2 + 1.5·2^52: k = round(16w/ln 2) in its low bits (|w| ≤ 2^40).</summary>
    [LaneHelper]
    private static double ExpTableShiftedDouble(double w) => Fma(w, SixteenLog2E, Shifter);

    /// <summary>r = w − k·ln 2/16: the first Fma is exact, the second rounds within 2^-59 (|r| ≤ ln 2/32).</summary>
    [LaneHelper]
    private static double ExpTableRemainderDouble(double w)
    {
        double k = ExpTableShiftedDouble(w) - Shifter;
        return Fma(k, -Ln2Over16Lo, Fma(k, -Ln2Over16Hi, w));
    }

    /// <summary>
    /// r = w − k·ln 2/16 + wLow for an argument known as a pair (|wLow| ≤ ½ ULP of w, Pow's y·ln x): the sum rounds
    /// within 2^-59 too.
    /// </summary>
    [LaneHelper]
    private static double ExpTablePairRemainderDouble(double w, double wLow) => ExpTableRemainderDouble(w) + wLow;

    /// <summary>16x + 1.5·2^52: k = round(16x) in its low bits (|x| ≤ 2^47).</summary>
    [LaneHelper]
    private static double Exp2TableShiftedDouble(double x) => Fma(x, 16.0, Shifter);

    /// <summary>r = (x − k/16)·ln 2: x − k/16 is exact (|r| ≤ ln 2/32), the product rounds within 2^-58.</summary>
    [LaneHelper]
    private static double Exp2TableRemainderDouble(double x) => Fma(Exp2TableShiftedDouble(x) - Shifter, -0.0625, x) * Ln2;

    /// <summary>
    /// e^a = 2^m·2^(j/16)·e^r from the shifter sum (k in its low bits) and r: the mantissa rounded once, then scaled
    /// (ScaleB: overflow to +∞ and gradual underflow).
    /// </summary>
    [LaneHelper]
    private static double ExpTableResultDouble(double shifted, double r) => ScaleB(ExpTableMantissaDouble(shifted, r), ExpTableScaleDouble(shifted));

    /// <summary>m = floor(k/16), as an integral double for ScaleB.</summary>
    [LaneHelper]
    private static double ExpTableScaleDouble(double shifted) => Floor((shifted - Shifter) * 0.0625);

    /// <summary>2^(j/16)·e^r rounded once, j the low four bits of <paramref name="shifted"/>'s bits, |r| ≤ ln 2/32.</summary>
    [LaneHelper]
    private static double ExpTableMantissaDouble(double shifted, double r) => ExpTablePowerDouble(shifted) + ExpTableTailDouble(shifted, r);

    /// <summary>t = 2^(j/16) rounded to double, j the low four bits of <paramref name="shifted"/>'s bits.</summary>
    [LaneHelper]
    private static double ExpTablePowerDouble(double shifted) =>
        Lookup(AsInt64(shifted), ExpTableDouble.Power0, ExpTableDouble.Power1, ExpTableDouble.Power2, ExpTableDouble.Power3,
            ExpTableDouble.Power4, ExpTableDouble.Power5, ExpTableDouble.Power6, ExpTableDouble.Power7, ExpTableDouble.Power8,
            ExpTableDouble.Power9, ExpTableDouble.Power10, ExpTableDouble.Power11, ExpTableDouble.Power12, ExpTableDouble.Power13,
            ExpTableDouble.Power14, ExpTableDouble.Power15);

    /// <summary>2^(j/16)·e^r − t = t·q + tLow rounded once (|it| ≤ 0.023·t), q = e^r − 1 from the fit.</summary>
    [LaneHelper]
    private static double ExpTableTailDouble(double shifted, double r)
    {
        double tLow = Lookup(AsInt64(shifted), ExpTableDouble.Power0Low, ExpTableDouble.Power1Low, ExpTableDouble.Power2Low,
            ExpTableDouble.Power3Low, ExpTableDouble.Power4Low, ExpTableDouble.Power5Low, ExpTableDouble.Power6Low,
            ExpTableDouble.Power7Low, ExpTableDouble.Power8Low, ExpTableDouble.Power9Low, ExpTableDouble.Power10Low,
            ExpTableDouble.Power11Low, ExpTableDouble.Power12Low, ExpTableDouble.Power13Low, ExpTableDouble.Power14Low,
            ExpTableDouble.Power15Low);
        double p = Fma(ExpTableDoubleFit.C6, r, ExpTableDoubleFit.C5);
        p = Fma(p, r, ExpTableDoubleFit.C4);
        p = Fma(p, r, ExpTableDoubleFit.C3);
        p = Fma(p, r, ExpTableDoubleFit.C2);
        return Fma(ExpTablePowerDouble(shifted), Fma(r * r, p, r), tLow);
    }

    // The pair form, for the double functions that carry e^a further as 2^m·(p + pLow) (Sinh, Cosh, Tanh; Sigmoid,
    // SiLU, Mish, GeluTanh and the backward functions): p = t + tail rounded, pLow its error (Fast2Sum,
    // |tail| ≤ 0.023·t), p in [0.97, 1.96]. The pair is within about 2^-56 of e^a/2^m (the fit's 2^-56.3, the tail's
    // rounding 2^-58.4, r's 2^-59 beside |r| ≤ ln 2/32), against 2^-57 for the polynomial core of Exp.cs with its low
    // parts, which costs about ten operations more.

    /// <summary>m = floor(k/16) for e^a = 2^m·(p + pLow), as an integral double (|a| ≤ 2^40).</summary>
    [LaneHelper]
    internal static double ExpTablePowerOfTwoDouble(double a) => ExpTableScaleDouble(ExpTableShiftedDouble(a));

    /// <summary>p, the head of e^a/2^m.</summary>
    [LaneHelper]
    internal static double ExpTableHeadDouble(double a) => ExpTableMantissaDouble(ExpTableShiftedDouble(a), ExpTableRemainderDouble(a));

    /// <summary>pLow, the low part of e^a/2^m = p + pLow.</summary>
    [LaneHelper]
    internal static double ExpTableLowDouble(double a)
    {
        double shifted = ExpTableShiftedDouble(a);
        return (ExpTablePowerDouble(shifted) - ExpTableHeadDouble(a)) + ExpTableTailDouble(shifted, ExpTableRemainderDouble(a));
    }

    /// <summary>p for e^(a + aLow), an argument known as a pair (|aLow| ≤ ½ ULP of a): aLow joins r.</summary>
    [LaneHelper]
    internal static double ExpTablePairHeadDouble(double a, double aLow) => ExpTableMantissaDouble(ExpTableShiftedDouble(a), ExpTablePairRemainderDouble(a, aLow));

    /// <summary>pLow for e^(a + aLow).</summary>
    [LaneHelper]
    internal static double ExpTablePairLowDouble(double a, double aLow)
    {
        double shifted = ExpTableShiftedDouble(a);
        return (ExpTablePowerDouble(shifted) - ExpTablePairHeadDouble(a, aLow)) + ExpTableTailDouble(shifted, ExpTablePairRemainderDouble(a, aLow));
    }
}
