using static HpcCore.Lane;

namespace HpcCore;

// sinpi(x) = sin(πx), cospi(x) = cos(πx), exact argument reduction for every input, by half turns:
// - sinpi: n = round(a), r = a − n exactly (|r| ≤ ½), sinpi(x) = (−1)^n·sin(πr); float takes a = x, or ±0 where
//   |x| ≥ 2^24 is an even integer; double takes a = x mod 2 = x − 2·round(x/2) (exact for every double, so n is −1, 0
//   or 1 and its parity is read from n + 1.5·2^52).
// - cospi: a = x mod 2 as above, m = round(a + ½), r = a − (m − ½) (exact, or with its Fast2Sum error where
//   |a| < ½), cospi(x) = (−1)^m·sin(πr). Taking x mod 2 first keeps m − ½ exact for every x.
// - sin(πr) from the sine kernel fitted on the whole half turn (SinCosKernels.cs), πr kept as a head and a low part
//   (the product's error by Fma, r times the tail of π, and r's own low part).
// - Tiny |x| (below 2^-100 float, 2^-1000 double): sinpi(x) = πx, computed on x·2^64 and scaled back with one
//   multiplication, so a subnormal result is rounded once (πx on x itself would lose the product's error below the
//   subnormal range).
// - Signs as C23 (IEEE 754 sinPi, cosPi): sinpi(±0) = ±0, sinpi(n) = +0 for positive integers and −0 for negative
//   ones; cospi(n + ½) = +0; both are NaN for ±∞ and NaN.
public static partial class HpcMath
{
    private const float PiHeadF = 3.1415927410125732f;                 // π rounded
    private const float PiTailF = -8.742277657347586e-08f;              // π − PiHead
    private const float TinyPiArgumentF = 7.888609052210118e-31f;  // 2^-100: sinpi(x) = πx to far below an ULP
    private const float TinyScaleF = 18446744073709551616f;            // 2^64
    private const float EvenIntegersF = 16777216f;                 // from here on every float is an even integer

    /// <summary>Returns sin(π·<paramref name="x"/>), exact in its argument reduction for every input.</summary>
    /// <param name="x">The argument, in half-turns.</param>
    /// <returns>sin(πx); ±0 for integers (the sign of x), NaN for ±∞ and NaN.</returns>
    [Vectorize("SinPi", MaxUlp = 1.0, Domain = "all floats", Reference = "sinpi")]
    private static float SinPiSingle(float x)
    {
        float a = PiArgumentSingle(x);
        float n = RoundToEven(a);
        float r = a - n;                                                     // exact, |r| ≤ ½
        float y = FlipSignByIntegerParitySingle(WideSinKernelSingle(r * PiHeadF, PiProductLowSingle(r)), n);
        y = Select(y == 0.0f, CopySign(0.0f, x), y);
        float scaled = Abs(x) * TinyScaleF;                                  // exact
        float tiny = CopySign(Fma(scaled, PiHeadF, scaled * PiTailF) * (1 / TinyScaleF), x);
        y = Select(Abs(x) < TinyPiArgumentF, tiny, y);
        return Select(IsNaN(x - x), float.NaN, y);
    }

    /// <summary>Returns cos(π·<paramref name="x"/>), exact in its argument reduction for every input.</summary>
    /// <param name="x">The argument, in half-turns.</param>
    /// <returns>cos(πx); +0 for odd multiples of ½, NaN for ±∞ and NaN.</returns>
    [Vectorize("CosPi", MaxUlp = 1.0, Domain = "all floats", Reference = "cospi")]
    private static float CosPiSingle(float x)
    {
        float a = Fma(-2.0f, RoundToEven(0.5f * x), x);                     // x mod 2 in [−1, 1], exact (cos πx has period 2)
        float m = RoundToEven(a + 0.5f);
        float h = m - 0.5f;
        float r = a - h;                                                     // |r| ≤ ½; exact unless |a| < ½
        float rLow = a - (r + h);                                            // Fast2Sum there (|h| = ½ > |a|), 0 elsewhere
        float y = FlipSignByIntegerParitySingle(WideSinKernelSingle(r * PiHeadF, Fma(rLow, PiHeadF, PiProductLowSingle(r))), m);
        return Select(IsNaN(x - x), float.NaN, y + 0.0f);                       // + 0 turns −0 into +0
    }

    /// <summary>π·r − r·PiHead: the product's rounding error (Fma) plus r times π's tail.</summary>
    [LaneHelper]
    private static float PiProductLowSingle(float r) => Fma(r, PiTailF, Fma(r, PiHeadF, -(r * PiHeadF)));

    /// <summary>y·(−1)^n for an integral n below 2^24 in magnitude: its low bit (by conversion) moved to the sign.</summary>
    [LaneHelper]
    private static float FlipSignByIntegerParitySingle(float y, float n) => AsSingle(AsInt32(y) ^ (ToInt32Truncate(n) << 31));

    /// <summary>x, or ±0 where x is so large that it is an even integer.</summary>
    [LaneHelper]
    private static float PiArgumentSingle(float x) => Select(Abs(x) < EvenIntegersF, x, CopySign(0.0f, x));

    private const double PiHead = 3.141592653589793;                 // π rounded
    private const double PiTail = 1.2246467991473532e-16;              // π − PiHead
    private const double TinyPiArgument = 9.332636185032189e-302;  // 2^-1000: sinpi(x) = πx to far below an ULP
    private const double TinyScale = 18446744073709551616.0;            // 2^64

    /// <summary>Returns sin(π·<paramref name="x"/>), exact in its argument reduction for every input.</summary>
    /// <param name="x">The argument, in half-turns.</param>
    /// <returns>sin(πx); ±0 for integers (the sign of x), NaN for ±∞ and NaN.</returns>
    [Vectorize("SinPi", MaxUlp = 1.0, Domain = "all doubles", Reference = "sinpi")]
    private static double SinPiDouble(double x)
    {
        double a = Fma(-2.0, RoundToEven(0.5 * x), x);                      // x mod 2 in [−1, 1], exact (sin πx has period 2)
        double shifted = a + Shifter;                                        // n + 1.5·2^52 for n = round(a) in {−1, 0, 1}
        double r = a - (shifted - Shifter);                                  // exact, |r| ≤ ½
        double y = FlipSignByParityDouble(WideSinKernelDouble(r * PiHead, PiProductLowDouble(r)), shifted);
        y = Select(y == 0.0, CopySign(0.0, x), y);
        double scaled = Abs(x) * TinyScale;                                  // exact
        double tiny = CopySign(Fma(scaled, PiHead, scaled * PiTail) * (1 / TinyScale), x);
        y = Select(Abs(x) < TinyPiArgument, tiny, y);
        return Select(IsNaN(x - x), double.NaN, y);
    }

    /// <summary>Returns cos(π·<paramref name="x"/>), exact in its argument reduction for every input.</summary>
    /// <param name="x">The argument, in half-turns.</param>
    /// <returns>cos(πx); +0 for odd multiples of ½, NaN for ±∞ and NaN.</returns>
    [Vectorize("CosPi", MaxUlp = 1.0, Domain = "all doubles", Reference = "cospi")]
    private static double CosPiDouble(double x)
    {
        double a = Fma(-2.0, RoundToEven(0.5 * x), x);                      // x mod 2 in [−1, 1], exact (cos πx has period 2)
        double m = RoundToEven(a + 0.5);
        double h = m - 0.5;
        double r = a - h;                                                    // |r| ≤ ½; exact unless |a| < ½
        double rLow = a - (r + h);                                           // Fast2Sum there (|h| = ½ > |a|), 0 elsewhere
        double y = FlipSignByParityDouble(WideSinKernelDouble(r * PiHead, Fma(rLow, PiHead, PiProductLowDouble(r))), m + Shifter);
        return Select(IsNaN(x - x), double.NaN, y + 0.0);                       // + 0 turns −0 into +0
    }

    /// <summary>π·r − r·PiHead: the product's rounding error (Fma) plus r times π's tail.</summary>
    [LaneHelper]
    private static double PiProductLowDouble(double r) => Fma(r, PiTail, Fma(r, PiHead, -(r * PiHead)));
}
