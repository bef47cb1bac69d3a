using static HpcCore.Lane;

namespace HpcCore;

// x = k·π/2 + r, |r| ≲ π/4, as the quadrant k mod 4 and r = rHigh + rLow, for the trigonometric functions.
//
// Cody–Waite (|x| below 2^14 float, 2^30 double): k = round(x·2/π); x − k·P1 is exact (Fma; P1 = π/2 rounded, k < 2^23
// or 2^52), k·P2 is split exactly by Fma and subtracted with 2Sum, and k·P3 enters the low part: π/2 is used to about
// 3·24 (3·53) bits, far beyond what the closest float (double) to a multiple of π/2 below the limit needs.
//
// Payne–Hanek (beyond; taken through SelectRarely, so ordinary arguments never pay for it): x·2/π modulo 4 from the
// chunks of 2/π (TwoOverPi.cs). Chunks before x's window contribute multiples of 4 and are skipped: the window starts
// at chunk w where x ≥ 2^(25+24w) (float; 2^(54+53w) double), x is scaled by 2^(−24w) (exact) and the next five chunks
// are multiplied in exactly (Fma gives each product's low part). The ten products are summed exactly in three bins:
// multiples of 2^−20 modulo 4 (2^−50 double), multiples of 2^−40 (2^−100) and the rest, so the cancellation in
// x·2/π − k costs nothing. The closest float to a multiple of π/2 is 2^−29.9 quadrants away (x = 7.729e28; found by
// sweeping every float), the closest double about 2^−61 (Muller, Elementary Functions, ch. 11): the bins keep 2^−58
// (2^−118) absolute, so the reduced argument is good to 2^−28 (2^−57) relative even there.
public static partial class HpcMath
{
    private const float CodyWaiteLimitF = 16384f;      // 2^14
    private const float PiHalf1F = 1.5707963705062866f;   // π/2 rounded
    private const float PiHalf2F = -4.371138828673793e-08f;   // π/2 − PiHalf1, rounded
    private const float PiHalf3F = -1.7151245100058819e-15f;   // π/2 − PiHalf1 − PiHalf2, rounded
    private const float TwoOverPiF = 0.6366197466850281f;    // 2/π rounded
    private const float Pi1F = 3.1415927410125732f;       // 2·PiHalf1F: π in three pieces for half turns, each twice the above
    private const float Pi2F = -8.742277657347586e-08f;   // 2·PiHalf2F
    private const float Pi3F = -3.4302490200117637e-15f;  // 2·PiHalf3F

    private const float Window1F = 562949953421312.0f;   // 2^49
    private const float Window2F = 9.44473296573929e+21f;   // 2^73
    private const float Window3F = 1.5845632502852868e+29f;   // 2^97
    private const float Window4F = 2.658455991569832e+36f;   // 2^121

    /// <summary>k = round(x·2/π), for |x| below the Cody–Waite limit.</summary>
    [LaneHelper]
    private static float CodyWaiteMultipleSingle(float x) => RoundToEven(x * TwoOverPiF);

    /// <summary>k mod 4 (two's complement bits).</summary>
    [LaneHelper]
    private static int CodyWaiteQuadrantSingle(float x) => QuadrantBitsSingle(CodyWaiteMultipleSingle(x));

    /// <summary>
    /// k mod 4 (two's complement bits) for an integer k below 2^22 in magnitude: the low bits of k + 1.5·2^23, an exact
    /// sum whose last bits hold k, so no conversion (four instructions where it saturates) is needed.
    /// </summary>
    [LaneHelper]
    private static int QuadrantBitsSingle(float k) => AsInt32(k + ShifterF) & 3;                 // Exp's shifter, 1.5·2^23

    /// <summary>x − k·π/2 rounded.</summary>
    [LaneHelper]
    private static float CodyWaiteHighSingle(float x) => CodyWaiteHighOfSingle(x, CodyWaiteMultipleSingle(x), PiHalf1F, PiHalf2F);

    /// <summary>x − k·π/2 − <see cref="CodyWaiteHighSingle"/>(x): the subtraction's error, the product's low part and k·P3.</summary>
    [LaneHelper]
    private static float CodyWaiteLowSingle(float x) =>
        CodyWaiteLowOfSingle(x, CodyWaiteMultipleSingle(x), PiHalf1F, PiHalf2F, PiHalf3F);

    /// <summary>x − n·π rounded, for n an integer or half an odd one, |n| below 2^13, |x − n·π| ≲ π/2.</summary>
    [LaneHelper]
    private static float HalfTurnsHighSingle(float x, float n) => CodyWaiteHighOfSingle(x, n, Pi1F, Pi2F);

    /// <summary>
    /// x − n·π − <see cref="HalfTurnsHighSingle"/>(x, n) where x − n·P1 is exact: for n = 0 and for |x| ≥ 1 (x and
    /// n·P1 = 2n·(π/2 rounded) are multiples of 2^−23, the difference is below 2); sin's n ≠ 0 needs |x| ≥ π/2.
    /// </summary>
    [LaneHelper]
    private static float HalfTurnsLowSingle(float x, float n) => CodyWaiteLowOfSingle(x, n, Pi1F, Pi2F, Pi3F);

    /// <summary>
    /// <see cref="HalfTurnsLowSingle"/> for any |x| below the limit: where |x| &lt; 1 (cos's n = ±½) x − n·P1 may be
    /// inexact, and its rounding error is recovered by Fast2Sum (|n·P1| &gt; |x| there; elsewhere the term is 0).
    /// </summary>
    [LaneHelper]
    private static float HalfTurnsAnyLowSingle(float x, float n) =>
        HalfTurnsLowSingle(x, n) + (x - Fma(n, Pi1F, Fma(-n, Pi1F, x)));

    /// <summary>x − k·(p1 + p2) rounded: x − k·p1 exact (see the callers), k·p2 rounded.</summary>
    [LaneHelper]
    private static float CodyWaiteHighOfSingle(float x, float k, float p1, float p2) => Fma(-k, p1, x) - k * p2;

    /// <summary>
    /// x − k·(p1 + p2 + p3) − <see cref="CodyWaiteHighOfSingle"/>: the subtraction's error, k·p2's low part and k·p3.
    /// The error of s = a − b (a = x − k·p1, b = k·p2 rounded) comes from Fast2Sum, three operations where 2Sum takes six,
    /// and is exact although |a| may be below |b|: a is a multiple of ulp(b). (Every caller's a is a multiple of 2^-24:
    /// x and k·p1 are where |x| ≥ 1, and |a| ≥ ½ where cos's |x| &lt; 1 rounds it; |b| &lt; 2^-11, so ulp(b) ≤ 2^-35.)
    /// Where |a| ≥ |b| that is Dekker's condition. Where |a| &lt; |b|, a − b is a multiple of ulp(b) below 2|b|: below
    /// |b| it is exact (s − a = −b), else s is too, and s − a = −b plus s's rounding (at most ulp(b)) fits in 24 bits,
    /// so (a − s) − b is exactly that rounding. The same bits as 2Sum's, on every input.
    /// </summary>
    [LaneHelper]
    private static float CodyWaiteLowOfSingle(float x, float k, float p1, float p2, float p3)
    {
        float a = Fma(-k, p1, x);                          // exact where the callers say
        float b = k * p2;
        float bLow = Fma(k, p2, -b);                       // k·p2 = b + bLow exactly
        return Fma(-k, p3, ((a - (a - b)) - b) - bLow);   // Fast2Sum (see above)
    }

    /// <summary>w_i for x in window i (x ≥ Window i, below Window i+1).</summary>
    [LaneHelper]
    private static float WindowSelectSingle(float x, float w0, float w1, float w2, float w3, float w4)
    {
        float a = Abs(x);
        float v = Select(a >= Window1F, w1, w0);
        v = Select(a >= Window2F, w2, v);
        v = Select(a >= Window3F, w3, v);
        v = Select(a >= Window4F, w4, v);
        return v;
    }

    /// <summary>x·2^(−24w) for x's window w: exact.</summary>
    [LaneHelper]
    private static float PayneHanekScaledSingle(float x) => x * WindowSelectSingle(x, 1.0f, 5.960464477539063e-08f, 3.552713678800501e-15f, 2.117582368135751e-22f, 1.262177448353619e-29f);

    /// <summary>Chunk w + 0 of 2/π for x's window w, scaled by 2^(−24).</summary>
    [LaneHelper]
    private static float PayneHanekPiece0Single(float x) =>
        WindowSelectSingle(x, TwoOverPiChunk0F, TwoOverPiChunk1F, TwoOverPiChunk2F, TwoOverPiChunk3F, TwoOverPiChunk4F) * 5.960464477539063e-08f;

    /// <summary>Chunk w + 1 of 2/π for x's window w, scaled by 2^(−48).</summary>
    [LaneHelper]
    private static float PayneHanekPiece1Single(float x) =>
        WindowSelectSingle(x, TwoOverPiChunk1F, TwoOverPiChunk2F, TwoOverPiChunk3F, TwoOverPiChunk4F, TwoOverPiChunk5F) * 3.552713678800501e-15f;

    /// <summary>Chunk w + 2 of 2/π for x's window w, scaled by 2^(−72).</summary>
    [LaneHelper]
    private static float PayneHanekPiece2Single(float x) =>
        WindowSelectSingle(x, TwoOverPiChunk2F, TwoOverPiChunk3F, TwoOverPiChunk4F, TwoOverPiChunk5F, TwoOverPiChunk6F) * 2.117582368135751e-22f;

    /// <summary>Chunk w + 3 of 2/π for x's window w, scaled by 2^(−96).</summary>
    [LaneHelper]
    private static float PayneHanekPiece3Single(float x) =>
        WindowSelectSingle(x, TwoOverPiChunk3F, TwoOverPiChunk4F, TwoOverPiChunk5F, TwoOverPiChunk6F, TwoOverPiChunk7F) * 1.262177448353619e-29f;

    /// <summary>Chunk w + 4 of 2/π for x's window w, scaled by 2^(−120).</summary>
    [LaneHelper]
    private static float PayneHanekPiece4Single(float x) =>
        WindowSelectSingle(x, TwoOverPiChunk4F, TwoOverPiChunk5F, TwoOverPiChunk6F, TwoOverPiChunk7F, TwoOverPiChunk8F) * 7.52316384526264e-37f;

    /// <summary>The part of t on multiples of 2^−20 (t's high bin).</summary>
    [LaneHelper]
    private static float BinHighSingle(float t) => RoundToEven(t * 1048576.0f) * 9.5367431640625e-07f;

    /// <summary>The part of t − BinHigh(t) on multiples of 2^−40 (the middle bin).</summary>
    [LaneHelper]
    private static float BinMiddleSingle(float t) => RoundToEven((t - BinHighSingle(t)) * 1099511627776.0f) * 9.094947017729282e-13f;

    /// <summary>What is left of t below the middle bin.</summary>
    [LaneHelper]
    private static float BinLowSingle(float t) => (t - BinHighSingle(t)) - BinMiddleSingle(t);

    /// <summary>v − 4·round(v/4), exact for v on the high bin's grid.</summary>
    [LaneHelper]
    private static float Modulo4Single(float v) => Fma(-4.0f, RoundToEven(v * 0.25f), v);

    /// <summary>Product j of the scaled x and chunk piece j, rounded.</summary>
    [LaneHelper]
    private static float PayneHanekProductSingle(float x, float piece) => PayneHanekScaledSingle(x) * piece;

    /// <summary>The product's rounding error, exact by Fma.</summary>
    [LaneHelper]
    private static float PayneHanekProductLowSingle(float x, float piece) =>
        Fma(PayneHanekScaledSingle(x), piece, -PayneHanekProductSingle(x, piece));

    /// <summary>
    /// The high bins of the products summed modulo 4, exact (each step stays within the format). Products past the
    /// second chunk have nothing in the high bin.
    /// </summary>
    [LaneHelper]
    private static float PayneHanekWholeSingle(float x)
    {
        float s = Modulo4Single(BinHighSingle(PayneHanekProductSingle(x, PayneHanekPiece0Single(x))));
        s = Modulo4Single(s + Modulo4Single(BinHighSingle(PayneHanekProductLowSingle(x, PayneHanekPiece0Single(x)))));
        s = Modulo4Single(s + Modulo4Single(BinHighSingle(PayneHanekProductSingle(x, PayneHanekPiece1Single(x)))));
        s = Modulo4Single(s + Modulo4Single(BinHighSingle(PayneHanekProductLowSingle(x, PayneHanekPiece1Single(x)))));
        return Modulo4Single(s + Modulo4Single(BinHighSingle(PayneHanekProductSingle(x, PayneHanekPiece2Single(x)))));
    }

    /// <summary>The middle bins summed, exact (below 2^−18, on multiples of 2^−40).</summary>
    [LaneHelper]
    private static float PayneHanekMiddleSingle(float x) =>
        BinMiddleSingle(PayneHanekProductSingle(x, PayneHanekPiece0Single(x)))
        + BinMiddleSingle(PayneHanekProductLowSingle(x, PayneHanekPiece0Single(x)))
        + BinMiddleSingle(PayneHanekProductSingle(x, PayneHanekPiece1Single(x)))
        + BinMiddleSingle(PayneHanekProductLowSingle(x, PayneHanekPiece1Single(x)))
        + BinMiddleSingle(PayneHanekProductSingle(x, PayneHanekPiece2Single(x)))
        + BinMiddleSingle(PayneHanekProductLowSingle(x, PayneHanekPiece2Single(x)))
        + BinMiddleSingle(PayneHanekProductSingle(x, PayneHanekPiece3Single(x)));

    /// <summary>The low bins and the smallest products, summed (rounding there is far below what matters).</summary>
    [LaneHelper]
    private static float PayneHanekLowestSingle(float x) =>
        BinLowSingle(PayneHanekProductSingle(x, PayneHanekPiece0Single(x)))
        + BinLowSingle(PayneHanekProductLowSingle(x, PayneHanekPiece0Single(x)))
        + BinLowSingle(PayneHanekProductSingle(x, PayneHanekPiece1Single(x)))
        + BinLowSingle(PayneHanekProductLowSingle(x, PayneHanekPiece1Single(x)))
        + BinLowSingle(PayneHanekProductSingle(x, PayneHanekPiece2Single(x)))
        + BinLowSingle(PayneHanekProductLowSingle(x, PayneHanekPiece2Single(x)))
        + BinLowSingle(PayneHanekProductSingle(x, PayneHanekPiece3Single(x)))
        + (PayneHanekProductLowSingle(x, PayneHanekPiece3Single(x)) + PayneHanekProductSingle(x, PayneHanekPiece4Single(x)));

    /// <summary>k mod 4 (two's complement bits), k the integer nearest x·2/π.</summary>
    [LaneHelper]
    private static int PayneHanekQuadrantSingle(float x) => QuadrantBitsSingle(RoundToEven(PayneHanekWholeSingle(x)));

    /// <summary>x·2/π − k, rounded: the exact 2Sum of the whole bin's fraction and the middle bin.</summary>
    [LaneHelper]
    private static float PayneHanekFractionSingle(float x)
    {
        float whole = PayneHanekWholeSingle(x);
        return (whole - RoundToEven(whole)) + PayneHanekMiddleSingle(x);
    }

    /// <summary>x·2/π − k − <see cref="PayneHanekFractionSingle"/>(x).</summary>
    [LaneHelper]
    private static float PayneHanekFractionLowSingle(float x)
    {
        float whole = PayneHanekWholeSingle(x);
        float a = whole - RoundToEven(whole);
        float b = PayneHanekMiddleSingle(x);
        return TwoSumErrorSingle(a, b, PayneHanekFractionSingle(x)) + PayneHanekLowestSingle(x);
    }

    /// <summary>r = (x·2/π − k)·π/2, rounded.</summary>
    [LaneHelper]
    private static float PayneHanekHighSingle(float x) => PayneHanekFractionSingle(x) * PiHalf1F;

    /// <summary>r − <see cref="PayneHanekHighSingle"/>(x).</summary>
    [LaneHelper]
    private static float PayneHanekLowSingle(float x)
    {
        float f = PayneHanekFractionSingle(x);
        return Fma(f, PiHalf1F, -PayneHanekHighSingle(x)) + Fma(f, PiHalf2F, PayneHanekFractionLowSingle(x) * PiHalf1F);
    }

    private const double CodyWaiteLimit = 1073741824.0;      // 2^30
    private const double PiHalf1 = 1.5707963267948966;   // π/2 rounded
    private const double PiHalf2 = 6.123233995736766e-17;   // π/2 − PiHalf1, rounded
    private const double PiHalf3 = -1.4973849048591698e-33;   // π/2 − PiHalf1 − PiHalf2, rounded
    private const double TwoOverPi = 0.6366197723675814;    // 2/π rounded
    private const double Pi1 = 3.141592653589793;           // 2·PiHalf1: π in three pieces for half turns, each twice the above
    private const double Pi2 = 1.2246467991473532e-16;      // 2·PiHalf2
    private const double Pi3 = -2.9947698097183397e-33;     // 2·PiHalf3

    private const double Window1 = 1.6225927682921336e+32;   // 2^107
    private const double Window2 = 1.461501637330903e+48;   // 2^160
    private const double Window3 = 1.3164036458569648e+64;   // 2^213
    private const double Window4 = 1.1857109937901178e+80;   // 2^266
    private const double Window5 = 1.067993517960455e+96;   // 2^319
    private const double Window6 = 9.619630419041621e+111;   // 2^372
    private const double Window7 = 8.664592794127546e+127;   // 2^425
    private const double Window8 = 7.804371375789981e+143;   // 2^478
    private const double Window9 = 7.029552803973744e+159;   // 2^531
    private const double Window10 = 6.331658277711476e+175;   // 2^584
    private const double Window11 = 5.703050772027744e+191;   // 2^637
    private const double Window12 = 5.136851466355834e+207;   // 2^690
    private const double Window13 = 4.626864469947544e+223;   // 2^743
    private const double Window14 = 4.167509020549909e+239;   // 2^796
    private const double Window15 = 3.75375841440235e+255;   // 2^849
    private const double Window16 = 3.3810849992682576e+271;   // 2^902
    private const double Window17 = 3.0454106285625e+287;   // 2^955
    private const double Window18 = 2.7430620343968443e+303;   // 2^1008

    /// <summary>k = round(x·2/π), for |x| below the Cody–Waite limit.</summary>
    [LaneHelper]
    private static double CodyWaiteMultipleDouble(double x) => RoundToEven(x * TwoOverPi);

    /// <summary>k mod 4 (two's complement bits).</summary>
    [LaneHelper]
    private static long CodyWaiteQuadrantDouble(double x) => QuadrantBitsDouble(CodyWaiteMultipleDouble(x));

    /// <summary>k mod 4 for an integer k below 2^51 in magnitude: the low bits of k + 1.5·2^52 (see <see cref="QuadrantBitsSingle"/>).</summary>
    [LaneHelper]
    private static long QuadrantBitsDouble(double k) => AsInt64(k + Shifter) & 3;              // 1.5·2^52

    /// <summary>x − k·π/2 rounded.</summary>
    [LaneHelper]
    private static double CodyWaiteHighDouble(double x) => CodyWaiteHighOfDouble(x, CodyWaiteMultipleDouble(x), PiHalf1, PiHalf2);

    /// <summary>x − k·π/2 − <see cref="CodyWaiteHighDouble"/>(x): the 2Sum error, the product's low part and k·P3.</summary>
    [LaneHelper]
    private static double CodyWaiteLowDouble(double x) =>
        CodyWaiteLowOfDouble(x, CodyWaiteMultipleDouble(x), PiHalf1, PiHalf2, PiHalf3);

    /// <summary>x − n·π rounded, for n an integer or half an odd one, |n| below 2^29, |x − n·π| ≲ π/2.</summary>
    [LaneHelper]
    private static double HalfTurnsHighDouble(double x, double n) => CodyWaiteHighOfDouble(x, n, Pi1, Pi2);

    /// <summary>
    /// x − n·π − <see cref="HalfTurnsHighDouble"/>(x, n) where x − n·P1 is exact: for n = 0 and for |x| ≥ 1 (x and
    /// n·P1 = 2n·(π/2 rounded) are multiples of 2^−52, the difference is below 2); sin's n ≠ 0 needs |x| ≥ π/2.
    /// </summary>
    [LaneHelper]
    private static double HalfTurnsLowDouble(double x, double n) => CodyWaiteLowOfDouble(x, n, Pi1, Pi2, Pi3);

    /// <summary>
    /// <see cref="HalfTurnsLowDouble"/> for any |x| below the limit: where |x| &lt; 1 (cos's n = ±½) x − n·P1 may be
    /// inexact, and its rounding error is recovered by Fast2Sum (|n·P1| &gt; |x| there; elsewhere the term is 0).
    /// </summary>
    [LaneHelper]
    private static double HalfTurnsAnyLowDouble(double x, double n) =>
        HalfTurnsLowDouble(x, n) + (x - Fma(n, Pi1, Fma(-n, Pi1, x)));

    /// <summary>x − k·(p1 + p2) rounded: x − k·p1 exact (see the callers), k·p2 rounded.</summary>
    [LaneHelper]
    private static double CodyWaiteHighOfDouble(double x, double k, double p1, double p2) => Fma(-k, p1, x) - k * p2;

    /// <summary>
    /// x − k·(p1 + p2 + p3) − <see cref="CodyWaiteHighOfDouble"/>: the subtraction's error by Fast2Sum, exact as in
    /// <see cref="CodyWaiteLowOfSingle"/> (a a multiple of 2^-53, |b| &lt; 2^-24, ulp(b) ≤ 2^-77), k·p2's low part and k·p3.
    /// </summary>
    [LaneHelper]
    private static double CodyWaiteLowOfDouble(double x, double k, double p1, double p2, double p3)
    {
        double a = Fma(-k, p1, x);                          // exact where the callers say
        double b = k * p2;
        double bLow = Fma(k, p2, -b);                       // k·p2 = b + bLow exactly
        return Fma(-k, p3, ((a - (a - b)) - b) - bLow);   // Fast2Sum, exact as in CodyWaiteLowOfSingle
    }

    /// <summary>w_i for x in window i (x ≥ Window i, below Window i+1).</summary>
    [LaneHelper]
    private static double WindowSelectDouble(double x, double w0, double w1, double w2, double w3, double w4, double w5, double w6, double w7, double w8, double w9, double w10, double w11, double w12, double w13, double w14, double w15, double w16, double w17, double w18)
    {
        double a = Abs(x);
        double v = Select(a >= Window1, w1, w0);
        v = Select(a >= Window2, w2, v);
        v = Select(a >= Window3, w3, v);
        v = Select(a >= Window4, w4, v);
        v = Select(a >= Window5, w5, v);
        v = Select(a >= Window6, w6, v);
        v = Select(a >= Window7, w7, v);
        v = Select(a >= Window8, w8, v);
        v = Select(a >= Window9, w9, v);
        v = Select(a >= Window10, w10, v);
        v = Select(a >= Window11, w11, v);
        v = Select(a >= Window12, w12, v);
        v = Select(a >= Window13, w13, v);
        v = Select(a >= Window14, w14, v);
        v = Select(a >= Window15, w15, v);
        v = Select(a >= Window16, w16, v);
        v = Select(a >= Window17, w17, v);
        v = Select(a >= Window18, w18, v);
        return v;
    }

    /// <summary>x·2^(−53w) for x's window w: exact.</summary>
    [LaneHelper]
    private static double PayneHanekScaledDouble(double x) => x * WindowSelectDouble(x, 1.0, 1.1102230246251565e-16, 1.232595164407831e-32, 1.3684555315672042e-48, 1.5192908393215678e-64, 1.6867516709168837e-80, 1.8726705418768793e-96, 2.07908195312898e-112, 2.308244654446434e-128, 2.5626663618343692e-144, 2.8451311993408992e-160, 3.1587301655876523e-176, 3.506894958413445e-192, 3.8934355277724873e-208, 4.322581767826614e-224, 4.799029804466019e-240, 5.327993384780537e-256, 5.915260930833874e-272, 6.567258882077402e-288);

    /// <summary>Chunk w + 0 of 2/π for x's window w, scaled by 2^(−53).</summary>
    [LaneHelper]
    private static double PayneHanekPiece0Double(double x) =>
        WindowSelectDouble(x, TwoOverPiChunk0, TwoOverPiChunk1, TwoOverPiChunk2, TwoOverPiChunk3, TwoOverPiChunk4, TwoOverPiChunk5, TwoOverPiChunk6, TwoOverPiChunk7, TwoOverPiChunk8, TwoOverPiChunk9, TwoOverPiChunk10, TwoOverPiChunk11, TwoOverPiChunk12, TwoOverPiChunk13, TwoOverPiChunk14, TwoOverPiChunk15, TwoOverPiChunk16, TwoOverPiChunk17, TwoOverPiChunk18) * 1.1102230246251565e-16;

    /// <summary>Chunk w + 1 of 2/π for x's window w, scaled by 2^(−106).</summary>
    [LaneHelper]
    private static double PayneHanekPiece1Double(double x) =>
        WindowSelectDouble(x, TwoOverPiChunk1, TwoOverPiChunk2, TwoOverPiChunk3, TwoOverPiChunk4, TwoOverPiChunk5, TwoOverPiChunk6, TwoOverPiChunk7, TwoOverPiChunk8, TwoOverPiChunk9, TwoOverPiChunk10, TwoOverPiChunk11, TwoOverPiChunk12, TwoOverPiChunk13, TwoOverPiChunk14, TwoOverPiChunk15, TwoOverPiChunk16, TwoOverPiChunk17, TwoOverPiChunk18, TwoOverPiChunk19) * 1.232595164407831e-32;

    /// <summary>Chunk w + 2 of 2/π for x's window w, scaled by 2^(−159).</summary>
    [LaneHelper]
    private static double PayneHanekPiece2Double(double x) =>
        WindowSelectDouble(x, TwoOverPiChunk2, TwoOverPiChunk3, TwoOverPiChunk4, TwoOverPiChunk5, TwoOverPiChunk6, TwoOverPiChunk7, TwoOverPiChunk8, TwoOverPiChunk9, TwoOverPiChunk10, TwoOverPiChunk11, TwoOverPiChunk12, TwoOverPiChunk13, TwoOverPiChunk14, TwoOverPiChunk15, TwoOverPiChunk16, TwoOverPiChunk17, TwoOverPiChunk18, TwoOverPiChunk19, TwoOverPiChunk20) * 1.3684555315672042e-48;

    /// <summary>Chunk w + 3 of 2/π for x's window w, scaled by 2^(−212).</summary>
    [LaneHelper]
    private static double PayneHanekPiece3Double(double x) =>
        WindowSelectDouble(x, TwoOverPiChunk3, TwoOverPiChunk4, TwoOverPiChunk5, TwoOverPiChunk6, TwoOverPiChunk7, TwoOverPiChunk8, TwoOverPiChunk9, TwoOverPiChunk10, TwoOverPiChunk11, TwoOverPiChunk12, TwoOverPiChunk13, TwoOverPiChunk14, TwoOverPiChunk15, TwoOverPiChunk16, TwoOverPiChunk17, TwoOverPiChunk18, TwoOverPiChunk19, TwoOverPiChunk20, TwoOverPiChunk21) * 1.5192908393215678e-64;

    /// <summary>Chunk w + 4 of 2/π for x's window w, scaled by 2^(−265).</summary>
    [LaneHelper]
    private static double PayneHanekPiece4Double(double x) =>
        WindowSelectDouble(x, TwoOverPiChunk4, TwoOverPiChunk5, TwoOverPiChunk6, TwoOverPiChunk7, TwoOverPiChunk8, TwoOverPiChunk9, TwoOverPiChunk10, TwoOverPiChunk11, TwoOverPiChunk12, TwoOverPiChunk13, TwoOverPiChunk14, TwoOverPiChunk15, TwoOverPiChunk16, TwoOverPiChunk17, TwoOverPiChunk18, TwoOverPiChunk19, TwoOverPiChunk20, TwoOverPiChunk21, TwoOverPiChunk22) * 1.6867516709168837e-80;

    /// <summary>The part of t on multiples of 2^−50 (t's high bin).</summary>
    [LaneHelper]
    private static double BinHighDouble(double t) => RoundToEven(t * 1125899906842624.0) * 8.881784197001252e-16;

    /// <summary>The part of t − BinHigh(t) on multiples of 2^−100 (the middle bin).</summary>
    [LaneHelper]
    private static double BinMiddleDouble(double t) => RoundToEven((t - BinHighDouble(t)) * 1.2676506002282294e+30) * 7.888609052210118e-31;

    /// <summary>What is left of t below the middle bin.</summary>
    [LaneHelper]
    private static double BinLowDouble(double t) => (t - BinHighDouble(t)) - BinMiddleDouble(t);

    /// <summary>v − 4·round(v/4), exact for v on the high bin's grid.</summary>
    [LaneHelper]
    private static double Modulo4Double(double v) => Fma(-4.0, RoundToEven(v * 0.25), v);

    /// <summary>Product j of the scaled x and chunk piece j, rounded.</summary>
    [LaneHelper]
    private static double PayneHanekProductDouble(double x, double piece) => PayneHanekScaledDouble(x) * piece;

    /// <summary>The product's rounding error, exact by Fma.</summary>
    [LaneHelper]
    private static double PayneHanekProductLowDouble(double x, double piece) =>
        Fma(PayneHanekScaledDouble(x), piece, -PayneHanekProductDouble(x, piece));

    /// <summary>
    /// The high bins of the products summed modulo 4, exact (each step stays within the format). Products past the
    /// second chunk have nothing in the high bin.
    /// </summary>
    [LaneHelper]
    private static double PayneHanekWholeDouble(double x)
    {
        double s = Modulo4Double(BinHighDouble(PayneHanekProductDouble(x, PayneHanekPiece0Double(x))));
        s = Modulo4Double(s + Modulo4Double(BinHighDouble(PayneHanekProductLowDouble(x, PayneHanekPiece0Double(x)))));
        s = Modulo4Double(s + Modulo4Double(BinHighDouble(PayneHanekProductDouble(x, PayneHanekPiece1Double(x)))));
        s = Modulo4Double(s + Modulo4Double(BinHighDouble(PayneHanekProductLowDouble(x, PayneHanekPiece1Double(x)))));
        return Modulo4Double(s + Modulo4Double(BinHighDouble(PayneHanekProductDouble(x, PayneHanekPiece2Double(x)))));
    }

    /// <summary>The middle bins summed, exact (below 2^−48, on multiples of 2^−100).</summary>
    [LaneHelper]
    private static double PayneHanekMiddleDouble(double x) =>
        BinMiddleDouble(PayneHanekProductDouble(x, PayneHanekPiece0Double(x)))
        + BinMiddleDouble(PayneHanekProductLowDouble(x, PayneHanekPiece0Double(x)))
        + BinMiddleDouble(PayneHanekProductDouble(x, PayneHanekPiece1Double(x)))
        + BinMiddleDouble(PayneHanekProductLowDouble(x, PayneHanekPiece1Double(x)))
        + BinMiddleDouble(PayneHanekProductDouble(x, PayneHanekPiece2Double(x)))
        + BinMiddleDouble(PayneHanekProductLowDouble(x, PayneHanekPiece2Double(x)))
        + BinMiddleDouble(PayneHanekProductDouble(x, PayneHanekPiece3Double(x)));

    /// <summary>The low bins and the smallest products, summed (rounding there is far below what matters).</summary>
    [LaneHelper]
    private static double PayneHanekLowestDouble(double x) =>
        BinLowDouble(PayneHanekProductDouble(x, PayneHanekPiece0Double(x)))
        + BinLowDouble(PayneHanekProductLowDouble(x, PayneHanekPiece0Double(x)))
        + BinLowDouble(PayneHanekProductDouble(x, PayneHanekPiece1Double(x)))
        + BinLowDouble(PayneHanekProductLowDouble(x, PayneHanekPiece1Double(x)))
        + BinLowDouble(PayneHanekProductDouble(x, PayneHanekPiece2Double(x)))
        + BinLowDouble(PayneHanekProductLowDouble(x, PayneHanekPiece2Double(x)))
        + BinLowDouble(PayneHanekProductDouble(x, PayneHanekPiece3Double(x)))
        + (PayneHanekProductLowDouble(x, PayneHanekPiece3Double(x)) + PayneHanekProductDouble(x, PayneHanekPiece4Double(x)));

    /// <summary>k mod 4 (two's complement bits), k the integer nearest x·2/π.</summary>
    [LaneHelper]
    private static long PayneHanekQuadrantDouble(double x) => QuadrantBitsDouble(RoundToEven(PayneHanekWholeDouble(x)));

    /// <summary>x·2/π − k, rounded: the exact 2Sum of the whole bin's fraction and the middle bin.</summary>
    [LaneHelper]
    private static double PayneHanekFractionDouble(double x)
    {
        double whole = PayneHanekWholeDouble(x);
        return (whole - RoundToEven(whole)) + PayneHanekMiddleDouble(x);
    }

    /// <summary>x·2/π − k − <see cref="PayneHanekFractionDouble"/>(x).</summary>
    [LaneHelper]
    private static double PayneHanekFractionLowDouble(double x)
    {
        double whole = PayneHanekWholeDouble(x);
        double a = whole - RoundToEven(whole);
        double b = PayneHanekMiddleDouble(x);
        return TwoSumErrorDouble(a, b, PayneHanekFractionDouble(x)) + PayneHanekLowestDouble(x);
    }

    /// <summary>r = (x·2/π − k)·π/2, rounded.</summary>
    [LaneHelper]
    private static double PayneHanekHighDouble(double x) => PayneHanekFractionDouble(x) * PiHalf1;

    /// <summary>r − <see cref="PayneHanekHighDouble"/>(x).</summary>
    [LaneHelper]
    private static double PayneHanekLowDouble(double x)
    {
        double f = PayneHanekFractionDouble(x);
        return Fma(f, PiHalf1, -PayneHanekHighDouble(x)) + Fma(f, PiHalf2, PayneHanekFractionLowDouble(x) * PiHalf1);
    }

}
