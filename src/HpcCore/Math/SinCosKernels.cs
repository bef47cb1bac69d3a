using static HpcCore.Lane;

namespace HpcCore;

// sin and cos of y = yHigh + yLow, |y| ≤ π/4, |yLow| ≤ ½ ULP of yHigh: the polynomial cores of the trigonometric
// functions, from minimax fits of sin and cos themselves (Fits/Sin*Fit.cs, Fits/Cos*Fit.cs).
// - sin(y) = yHigh + (C3·y³ + y⁵·q(y²) + yLow·cos y): the correction is at most 0.11 of the result, but near π/4
//   each relative rounding in it costs ~0.08 ULP, so y³ is kept as a pair (Fma) and the correction is rounded once,
//   in its last Fma; yLow is scaled by 1 − y²/2 (cos y to first order; yLow alone was 0.15 ULP off near π/4).
// - cos(y) = 1 − y²/2 + y⁴·q(y²) − yLow·sin y: y²/2 = h + hLow exactly (Fma), 1 − h with its error recovered
//   (Fast2Sum, h ≤ 0.31), so one rounding dominates and the error stays near 0.5 ULP.
// The Correction helpers return the part added to the head, so tan can form head + tail pairs of both.
// Sin and cos below the Cody–Waite limit use one wider kernel instead, sin on |y| ≤ π/2 (WideSinKernelSingle):
// there the cubic term reaches 0.65 of the result, so it is added by Fast2Sum and its rounding recovered.
public static partial class HpcMath
{
    /// <summary>sin(yHigh + yLow) for |yHigh| ≤ π/4.</summary>
    [LaneHelper]
    private static float SinKernelSingle(float yHigh, float yLow) => yHigh + SinCorrectionSingle(yHigh, yLow);

    /// <summary>sin(yHigh + yLow) − yHigh for |yHigh| ≤ π/4: at most 0.11 of the result.</summary>
    [LaneHelper]
    private static float SinCorrectionSingle(float yHigh, float yLow)
    {
        float y2 = yHigh * yHigh;
        float y3 = yHigh * y2;
        float y3Low = Fma(yHigh, Fma(yHigh, yHigh, -y2), Fma(yHigh, y2, -y3));   // yHigh³ = y3 + y3Low to 2^-46
        float q = SinSingleFit.C9;
        q = Fma(q, y2, SinSingleFit.C7);
        q = Fma(q, y2, SinSingleFit.C5);
        float yLowTimesCos = Fma(-0.5f * y2, yLow, yLow);
        return Fma(SinSingleFit.C3, y3, Fma(y3 * y2, q, Fma(SinSingleFit.C3, y3Low, yLowTimesCos)));
    }

    /// <summary>cos(yHigh + yLow) for |yHigh| ≤ π/4.</summary>
    [LaneHelper]
    private static float CosKernelSingle(float yHigh, float yLow) => CosHeadSingle(yHigh) + CosCorrectionSingle(yHigh, yLow);

    /// <summary>1 − yHigh²/2 rounded, at least 0.69.</summary>
    [LaneHelper]
    private static float CosHeadSingle(float yHigh) => 1.0f - (0.5f * yHigh) * yHigh;

    /// <summary>cos(yHigh + yLow) − CosHead(yHigh): the head's rounding error and the rest of the series.</summary>
    [LaneHelper]
    private static float CosCorrectionSingle(float yHigh, float yLow)
    {
        float y2 = yHigh * yHigh;
        float q = CosSingleFit.C8;
        q = Fma(q, y2, CosSingleFit.C6);
        q = Fma(q, y2, CosSingleFit.C4);
        float halfY = 0.5f * yHigh;
        float h = halfY * yHigh;
        float hLow = Fma(halfY, yHigh, -h);
        float head = CosHeadSingle(yHigh);
        float headError = ((1.0f - head) - h) - hLow;
        return headError + Fma(y2 * y2, q, -yLow * Fma(SinSingleFit.C3, yHigh * y2, yHigh));
    }

    /// <summary>
    /// sin(yHigh + yLow) for |yHigh| ≤ π/2, from one fit on the whole half turn (Fits/WideSinSingleFit.cs), so sin x
    /// needs no cos kernel: yHigh + C3·y³ by Fast2Sum, its error and the product's rounding in one Fma, the cube
    /// exact; the rest of the series and yLow·cos y join that tail, and only the last addition rounds at full weight.
    /// cos y is the linear fit in y² (Fits/LinearCosSingleFit.cs, within 0.04): |yLow| is at most one ULP of the
    /// result, so that costs 0.04 ULP at most. Proven 0.76–0.79 ULP on every float (sin, cos, sinpi, cospi).
    /// </summary>
    [LaneHelper]
    private static float WideSinKernelSingle(float yHigh, float yLow)
    {
        float y2 = yHigh * yHigh;
        float y3 = yHigh * y2;
        float y3Low = Fma(yHigh, Fma(yHigh, yHigh, -y2), Fma(yHigh, y2, -y3));   // yHigh³ = y3 + y3Low to 2^-46
        float p = WideSinSingleFit.C3 * y3;
        float s = yHigh + p;
        float sLow = Fma(WideSinSingleFit.C3, y3, yHigh - s);                    // Fast2Sum (|p| ≤ 0.42·|yHigh|) with C3·y3 unrounded
        float q = WideSinSingleFit.C11;
        q = Fma(q, y2, WideSinSingleFit.C9);
        q = Fma(q, y2, WideSinSingleFit.C7);
        q = Fma(q, y2, WideSinSingleFit.C5);
        float cos = Fma(y2, LinearCosSingleFit.C2, 1.0f);
        float rest = y2 * q;                                                     // y⁵·q as (y3 + y3Low)·rest: y3's rounding costs nothing
        float tail = Fma(y3, rest, Fma(WideSinSingleFit.C3 + rest, y3Low, Fma(yLow, cos, sLow)));
        return s + tail;
    }

    /// <summary>sin(yHigh + yLow) for |yHigh| ≤ π/2: <see cref="WideSinKernelSingle"/> in double (Fits/WideSinDoubleFit.cs).</summary>
    [LaneHelper]
    private static double WideSinKernelDouble(double yHigh, double yLow)
    {
        double y2 = yHigh * yHigh;
        double y3 = yHigh * y2;
        double y3Low = Fma(yHigh, Fma(yHigh, yHigh, -y2), Fma(yHigh, y2, -y3));   // yHigh³ = y3 + y3Low to 2^-104
        double p = WideSinDoubleFit.C3 * y3;
        double s = yHigh + p;
        double sLow = Fma(WideSinDoubleFit.C3, y3, yHigh - s);                    // Fast2Sum (|p| ≤ 0.42·|yHigh|) with C3·y3 unrounded
        double q = WideSinDoubleFit.C17;
        q = Fma(q, y2, WideSinDoubleFit.C15);
        q = Fma(q, y2, WideSinDoubleFit.C13);
        q = Fma(q, y2, WideSinDoubleFit.C11);
        q = Fma(q, y2, WideSinDoubleFit.C9);
        q = Fma(q, y2, WideSinDoubleFit.C7);
        q = Fma(q, y2, WideSinDoubleFit.C5);
        double cos = Fma(y2, LinearCosDoubleFit.C2, 1.0);
        double rest = y2 * q;                                                     // y⁵·q as (y3 + y3Low)·rest: y3's rounding costs nothing
        double tail = Fma(y3, rest, Fma(WideSinDoubleFit.C3 + rest, y3Low, Fma(yLow, cos, sLow)));
        return s + tail;
    }

    /// <summary>sin(yHigh + yLow) for |yHigh| ≤ π/4.</summary>
    [LaneHelper]
    private static double SinKernelDouble(double yHigh, double yLow) => yHigh + SinCorrectionDouble(yHigh, yLow);

    /// <summary>sin(yHigh + yLow) − yHigh for |yHigh| ≤ π/4: at most 0.11 of the result.</summary>
    [LaneHelper]
    private static double SinCorrectionDouble(double yHigh, double yLow)
    {
        double y2 = yHigh * yHigh;
        double y3 = yHigh * y2;
        double y3Low = Fma(yHigh, Fma(yHigh, yHigh, -y2), Fma(yHigh, y2, -y3));   // yHigh³ = y3 + y3Low to 2^-104
        double q = SinDoubleFit.C15;
        q = Fma(q, y2, SinDoubleFit.C13);
        q = Fma(q, y2, SinDoubleFit.C11);
        q = Fma(q, y2, SinDoubleFit.C9);
        q = Fma(q, y2, SinDoubleFit.C7);
        q = Fma(q, y2, SinDoubleFit.C5);
        double yLowTimesCos = Fma(-0.5 * y2, yLow, yLow);
        return Fma(SinDoubleFit.C3, y3, Fma(y3 * y2, q, Fma(SinDoubleFit.C3, y3Low, yLowTimesCos)));
    }

    /// <summary>cos(yHigh + yLow) for |yHigh| ≤ π/4.</summary>
    [LaneHelper]
    private static double CosKernelDouble(double yHigh, double yLow) => CosHeadDouble(yHigh) + CosCorrectionDouble(yHigh, yLow);

    /// <summary>1 − yHigh²/2 rounded, at least 0.69.</summary>
    [LaneHelper]
    private static double CosHeadDouble(double yHigh) => 1.0 - (0.5 * yHigh) * yHigh;

    /// <summary>cos(yHigh + yLow) − CosHead(yHigh): the head's rounding error and the rest of the series.</summary>
    [LaneHelper]
    private static double CosCorrectionDouble(double yHigh, double yLow)
    {
        double y2 = yHigh * yHigh;
        double q = CosDoubleFit.C14;
        q = Fma(q, y2, CosDoubleFit.C12);
        q = Fma(q, y2, CosDoubleFit.C10);
        q = Fma(q, y2, CosDoubleFit.C8);
        q = Fma(q, y2, CosDoubleFit.C6);
        q = Fma(q, y2, CosDoubleFit.C4);
        double halfY = 0.5 * yHigh;
        double h = halfY * yHigh;
        double hLow = Fma(halfY, yHigh, -h);
        double head = CosHeadDouble(yHigh);
        double headError = ((1.0 - head) - h) - hLow;
        return headError + Fma(y2 * y2, q, -yLow * Fma(SinDoubleFit.C3, yHigh * y2, yHigh));
    }
}
