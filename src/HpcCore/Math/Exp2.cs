using static HpcCore.Lane;

namespace HpcCore;

// exp2(x) = 2^k · 2^t, k = round(x), t = x − k exact with |t| ≤ ½.
// - float: 2^t = 1 + C1·t + t²·q(t), a minimax fit in t itself (Fits/Exp2SingleFit.cs, 2^-27.5), so no product
//   t·ln 2 has to be carried as a pair: head = 1 + C1·t rounded once (Fma), its rounding error recovered by a second
//   Fma, and head + (error + t²·q) rounded once more before the scaling.
// - Integer x gives t = 0 and exactly 2^x.
// - Special values as Exp: clamping makes ±∞ overflow and underflow, NaN is replaced by one canonical NaN.
// - The double Exp2 takes k = round(16x) and the table of ExpTable.cs instead; its helpers below stay for the
//   correctly rounded float tier.
public static partial class HpcMath
{
    private const float Exp2ClampF = 200f;                             // beyond float's range (2^128, 2^-150)

    /// <summary>Returns 2 raised to the power <paramref name="x"/>.</summary>
    /// <param name="x">The exponent.</param>
    /// <returns>2^x, exact for integer x in range; +∞ from 128 on, +0 at −150 and below; NaN for NaN.</returns>
    [Vectorize("Exp2", MaxUlp = 1.0, Domain = "all floats", Reference = "exp2")]
    private static float Exp2Single(float x)
    {
        x = Select(x > Exp2ClampF, Exp2ClampF, x);
        x = Select(x < -Exp2ClampF, -Exp2ClampF, x);

        float k = (x + ShifterF) - ShifterF;
        float t = x - k;

        float head = Fma(t, Exp2SingleFit.C1, 1.0f);
        float headError = Fma(t, Exp2SingleFit.C1, 1.0f - head);             // 1 − head is exact: head in [0.65, 1.35]
        float q = Exp2SingleFit.C6;
        q = Fma(q, t, Exp2SingleFit.C5);
        q = Fma(q, t, Exp2SingleFit.C4);
        q = Fma(q, t, Exp2SingleFit.C3);
        q = Fma(q, t, Exp2SingleFit.C2);
        return Select(IsNaN(x), float.NaN, ScaleB(head + Fma(t * t, q, headError), k));
    }

    internal const double Ln2 = 0.6931471805599453;                     // ln 2 rounded to double
    private const double Ln2Tail = 2.3190468138462996e-17;              // ln 2 − Ln2
    private const double Exp2Clamp = 1200.0;                            // beyond double's range (2^1024, 2^-1075)

    /// <summary>Returns 2 raised to the power <paramref name="x"/>.</summary>
    /// <param name="x">The exponent.</param>
    /// <returns>2^x, exact for integer x in range; +∞ from 1024 on, +0 at −1075 and below; NaN for NaN.</returns>
    [Vectorize("Exp2", MaxUlp = 1.0, Domain = "all doubles", Reference = "exp2")]
    private static double Exp2Double(double x)
    {
        x = Select(x > Exp2Clamp, Exp2Clamp, x);
        x = Select(x < -Exp2Clamp, -Exp2Clamp, x);
        double y = ExpTableResultDouble(Exp2TableShiftedDouble(x), Exp2TableRemainderDouble(x));
        return Select(IsNaN(x), double.NaN, y);
    }

    /// <summary>k = round(x), the power of two of 2^x (|x| ≤ 2^51), as an integral double for ScaleB.</summary>
    [LaneHelper]
    private static double Exp2ScaleDouble(double x) => (x + Shifter) - Shifter;

    /// <summary>r = (x − k)·ln 2 rounded; x − k is exact and |r| ≤ ln 2 / 2.</summary>
    [LaneHelper]
    private static double Exp2RemainderDouble(double x) => (x - Exp2ScaleDouble(x)) * Ln2;

    /// <summary>(x − k)·ln 2 − r: the product's rounding error (Fma) plus (x − k) times the part of ln 2 below Ln2.</summary>
    [LaneHelper]
    private static double Exp2RemainderLowDouble(double x)
    {
        double t = x - Exp2ScaleDouble(x);
        return Fma(t, Ln2, -(t * Ln2)) + t * Ln2Tail;
    }
}
