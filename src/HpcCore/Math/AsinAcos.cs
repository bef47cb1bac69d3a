using static HpcCore.Lane;

namespace HpcCore;

// asin and acos share one polynomial: asin(u) = u + u·(w·q(w)), w = u², q the minimax fit on [0, ½] (Fits/Asin*Fit.cs).
// - |x| ≤ ½: u = |x|.
// - |x| > ½: asin(|x|) = π/2 − 2·asin(s), s = √((1 − |x|)/2) (1 − |x| and the halving are exact); s is kept as
//   s + sLow (the square root's remainder by Fma), and π/2 − 2s (or π − 2s for acos of negative x) is summed with
//   its error recovered (Fast2Sum), so the result is rounded once at the end.
// - acos(x) = π/2 − asin(x) for |x| ≤ ½, 2·asin(s) for x > ½, π − 2·asin(s) for x < −½: one Fast2Sum for all three,
//   c + t with c = π/2, 0 or π and t = −x, 2s or −2s (the error of 0 + 2s is 0), so no lane computes all three.
// - Special values: asin(±0) = ±0, acos(1) = +0, NaN for |x| > 1 and NaN (canonical).
public static partial class HpcMath
{
    /// <summary>Returns the angle whose sine is <paramref name="x"/>.</summary>
    /// <param name="x">The sine, in [−1, 1].</param>
    /// <returns>asin x in [−π/2, π/2] radians; ±0 for ±0; NaN for |x| &gt; 1 and NaN.</returns>
    [Vectorize("Asin", MaxUlp = 1.0, Domain = "all floats", Reference = "asin")]
    private static float AsinSingle(float x)
    {
        float a = Abs(x);
        float u = AsinArgumentSingle(a);
        float correction = AsinCorrectionSingle(a);
        float twoS = u + u;
        float head = HalfPiHeadF - twoS;
        float headError = (HalfPiHeadF - head) - twoS;
        float large = head + (headError + (HalfPiTailF - 2.0f * (AsinArgumentLowSingle(a) + correction)));
        float y = Select(a <= 0.5f, u + correction, large);
        return Select(a > 1.0f | IsNaN(x), float.NaN, CopySign(y, x));
    }

    /// <summary>Returns the angle whose cosine is <paramref name="x"/>.</summary>
    /// <param name="x">The cosine, in [−1, 1].</param>
    /// <returns>acos x in [0, π] radians; +0 for 1; NaN for |x| &gt; 1 and NaN.</returns>
    [Vectorize("Acos", MaxUlp = 1.0, Domain = "all floats", Reference = "acos")]
    private static float AcosSingle(float x)
    {
        // One sum for the three pieces, c + t + tc with c = π/2, 0 or π (a pair) and t = −x, 2s or −2s: c + t is a
        // Fast2Sum (|t| ≤ 1 < |c| where c is not 0), its error joins c's tail and tc, and the result rounds once.
        float a = Abs(x);
        bool small = a <= 0.5f;
        float factor = Select(small, -1.0f, 2.0f) * CopySign(1.0f, x);    // t = −x, or ±2s
        float t = factor * AsinArgumentSingle(a);
        float tc = factor * (AsinArgumentLowSingle(a) + AsinCorrectionSingle(a));
        float c = Select(small, HalfPiHeadF, Select(x > 0.0f, 0.0f, PiHeadF));
        float cTail = Select(small, HalfPiTailF, Select(x > 0.0f, 0.0f, PiTailF));
        float head = c + t;
        float y = head + (((c - head) + t) + (cTail + tc));
        return Select(a > 1.0f | IsNaN(x), float.NaN, y);
    }

    /// <summary>u: |x| itself up to ½, else s = √((1 − |x|)/2).</summary>
    [LaneHelper]
    private static float AsinArgumentSingle(float a) => Select(a <= 0.5f, a, Sqrt(0.5f * (1.0f - a)));

    /// <summary>The square root's remainder: √((1 − |x|)/2) − s, zero where u = |x| or s = 0.</summary>
    [LaneHelper]
    private static float AsinArgumentLowSingle(float a)
    {
        float z = 0.5f * (1.0f - a);
        float s = Sqrt(z);
        float low = Fma(-s, s, z) / Select(s == 0.0f, 1.0f, s + s);
        return Select(a <= 0.5f, 0.0f, low);
    }

    /// <summary>asin(u) − u = u·(w·q(w)), w = u².</summary>
    [LaneHelper]
    private static float AsinCorrectionSingle(float a)
    {
        float u = AsinArgumentSingle(a);
        float w = u * u;
        float q = AsinSingleFit.C13;
        q = Fma(q, w, AsinSingleFit.C11);
        q = Fma(q, w, AsinSingleFit.C9);
        q = Fma(q, w, AsinSingleFit.C7);
        q = Fma(q, w, AsinSingleFit.C5);
        q = Fma(q, w, AsinSingleFit.C3);
        return u * (w * q);
    }

    /// <summary>Returns the angle whose sine is <paramref name="x"/>.</summary>
    /// <param name="x">The sine, in [−1, 1].</param>
    /// <returns>asin x in [−π/2, π/2] radians; ±0 for ±0; NaN for |x| &gt; 1 and NaN.</returns>
    [Vectorize("Asin", MaxUlp = 1.0, Domain = "all doubles", Reference = "asin")]
    private static double AsinDouble(double x)
    {
        double a = Abs(x);
        double u = AsinArgumentDouble(a);
        double correction = AsinCorrectionDouble(a);
        double twoS = u + u;
        double head = HalfPiHead - twoS;
        double headError = (HalfPiHead - head) - twoS;
        double large = head + (headError + (HalfPiTail - 2.0 * (AsinArgumentLowDouble(a) + correction)));
        double y = Select(a <= 0.5, u + correction, large);
        return Select(a > 1.0 | IsNaN(x), double.NaN, CopySign(y, x));
    }

    /// <summary>Returns the angle whose cosine is <paramref name="x"/>.</summary>
    /// <param name="x">The cosine, in [−1, 1].</param>
    /// <returns>acos x in [0, π] radians; +0 for 1; NaN for |x| &gt; 1 and NaN.</returns>
    [Vectorize("Acos", MaxUlp = 1.0, Domain = "all doubles", Reference = "acos")]
    private static double AcosDouble(double x)
    {
        // One sum for the three pieces, c + t + tc with c = π/2, 0 or π (a pair) and t = −x, 2s or −2s: c + t is a
        // Fast2Sum (|t| ≤ 1 < |c| where c is not 0), its error joins c's tail and tc, and the result rounds once.
        double a = Abs(x);
        bool small = a <= 0.5;
        double factor = Select(small, -1.0, 2.0) * CopySign(1.0, x);    // t = −x, or ±2s
        double t = factor * AsinArgumentDouble(a);
        double tc = factor * (AsinArgumentLowDouble(a) + AsinCorrectionDouble(a));
        double c = Select(small, HalfPiHead, Select(x > 0.0, 0.0, PiHead));
        double cTail = Select(small, HalfPiTail, Select(x > 0.0, 0.0, PiTail));
        double head = c + t;
        double y = head + (((c - head) + t) + (cTail + tc));
        return Select(a > 1.0 | IsNaN(x), double.NaN, y);
    }

    /// <summary>u: |x| itself up to ½, else s = √((1 − |x|)/2).</summary>
    [LaneHelper]
    private static double AsinArgumentDouble(double a) => Select(a <= 0.5, a, Sqrt(0.5 * (1.0 - a)));

    /// <summary>The square root's remainder: √((1 − |x|)/2) − s, zero where u = |x| or s = 0.</summary>
    [LaneHelper]
    private static double AsinArgumentLowDouble(double a)
    {
        double z = 0.5 * (1.0 - a);
        double s = Sqrt(z);
        double low = Fma(-s, s, z) / Select(s == 0.0, 1.0, s + s);
        return Select(a <= 0.5, 0.0, low);
    }

    /// <summary>asin(u) − u = u·(w·q(w)), w = u².</summary>
    [LaneHelper]
    private static double AsinCorrectionDouble(double a)
    {
        double u = AsinArgumentDouble(a);
        double w = u * u;
        double q = AsinDoubleFit.C27;
        q = Fma(q, w, AsinDoubleFit.C25);
        q = Fma(q, w, AsinDoubleFit.C23);
        q = Fma(q, w, AsinDoubleFit.C21);
        q = Fma(q, w, AsinDoubleFit.C19);
        q = Fma(q, w, AsinDoubleFit.C17);
        q = Fma(q, w, AsinDoubleFit.C15);
        q = Fma(q, w, AsinDoubleFit.C13);
        q = Fma(q, w, AsinDoubleFit.C11);
        q = Fma(q, w, AsinDoubleFit.C9);
        q = Fma(q, w, AsinDoubleFit.C7);
        q = Fma(q, w, AsinDoubleFit.C5);
        q = Fma(q, w, AsinDoubleFit.C3);
        return u * (w * q);
    }
}
