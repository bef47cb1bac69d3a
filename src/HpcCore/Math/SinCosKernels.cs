using static HpcCore.Lane;

namespace HpcCore;

// sin and cos of y = yHigh + yLow, |y| ≤ π/4, |yLow| ≤ ½ ULP of yHigh: the polynomial cores of the trigonometric
// functions, from minimax fits of sin and cos themselves (Fits/Sin*Fit.cs, Fits/Cos*Fit.cs).
// - sin(y) = yHigh + (yLow + yHigh·y²·q(y²)): the correction is at most 0.11 of the result and enters in one Fma.
//   (sin(yHigh + yLow) − sin(yHigh) = yLow·cos(yHigh) ≈ yLow to far below an ULP.)
// - cos(y) = 1 − y²/2 + y⁴·q(y²) − yLow·yHigh: y²/2 = h + hLow exactly (Fma), 1 − h with its error recovered
//   (Fast2Sum, h ≤ 0.31), so one rounding dominates and the error stays near 0.5 ULP.
public static partial class HpcMath
{
    /// <summary>sin(yHigh + yLow) for |yHigh| ≤ π/4.</summary>
    [LaneHelper]
    private static float SinKernelSingle(float yHigh, float yLow)
    {
        float y2 = yHigh * yHigh;
        float q = SinSingleFit.C9;
        q = Fma(q, y2, SinSingleFit.C7);
        q = Fma(q, y2, SinSingleFit.C5);
        q = Fma(q, y2, SinSingleFit.C3);
        return yHigh + Fma(yHigh, y2 * q, yLow);
    }

    /// <summary>cos(yHigh + yLow) for |yHigh| ≤ π/4.</summary>
    [LaneHelper]
    private static float CosKernelSingle(float yHigh, float yLow)
    {
        float y2 = yHigh * yHigh;
        float q = CosSingleFit.C8;
        q = Fma(q, y2, CosSingleFit.C6);
        q = Fma(q, y2, CosSingleFit.C4);
        float halfY = 0.5f * yHigh;
        float h = halfY * yHigh;
        float hLow = Fma(halfY, yHigh, -h);
        float head = 1.0f - h;
        float headError = ((1.0f - head) - h) - hLow;
        return head + (headError + Fma(y2 * y2, q, -yLow * yHigh));
    }

    /// <summary>sin(yHigh + yLow) for |yHigh| ≤ π/4.</summary>
    [LaneHelper]
    private static double SinKernelDouble(double yHigh, double yLow)
    {
        double y2 = yHigh * yHigh;
        double q = SinDoubleFit.C15;
        q = Fma(q, y2, SinDoubleFit.C13);
        q = Fma(q, y2, SinDoubleFit.C11);
        q = Fma(q, y2, SinDoubleFit.C9);
        q = Fma(q, y2, SinDoubleFit.C7);
        q = Fma(q, y2, SinDoubleFit.C5);
        q = Fma(q, y2, SinDoubleFit.C3);
        return yHigh + Fma(yHigh, y2 * q, yLow);
    }

    /// <summary>cos(yHigh + yLow) for |yHigh| ≤ π/4.</summary>
    [LaneHelper]
    private static double CosKernelDouble(double yHigh, double yLow)
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
        double head = 1.0 - h;
        double headError = ((1.0 - head) - h) - hLow;
        return head + (headError + Fma(y2 * y2, q, -yLow * yHigh));
    }
}
