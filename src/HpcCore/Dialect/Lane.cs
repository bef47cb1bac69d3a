using System;

namespace HpcCore;

/// <summary>
/// The operations of the <see cref="VectorizeAttribute"/> dialect beyond C# operators. Each has one meaning on every
/// back end (scalar, SIMD, OpenCL) with the same IEEE rounding; these scalar bodies are that meaning, so a
/// definition also runs as ordinary C# (handy in a debugger). Bring them in with <c>using static HpcCore.Lane;</c>.
/// </summary>
public static class Lane
{
    /// <summary>(a × b) + c with one rounding. Never an estimate.</summary>
    public static float Fma(float a, float b, float c) => MathF.FusedMultiplyAdd(a, b, c);

    /// <summary>(a × b) + c with one rounding. Never an estimate.</summary>
    public static double Fma(double a, double b, double c) => Math.FusedMultiplyAdd(a, b, c);

    /// <summary>Correctly rounded square root.</summary>
    public static float Sqrt(float x) => MathF.Sqrt(x);

    /// <summary>Correctly rounded square root.</summary>
    public static double Sqrt(double x) => Math.Sqrt(x);

    /// <summary>
    /// The entry at <c>index &amp; 15</c> of a table of one to sixteen compile-time constants, the last entry repeated past
    /// its end: a choice among constants per lane (a polynomial's coefficients for the interval a lane falls in) in one
    /// AVX-512 permutation rather than a Select per entry. Exact: the entry itself, on every back end.
    /// </summary>
    public static float Lookup(int index, params ReadOnlySpan<float> table) => table[Math.Min(index & 15, table.Length - 1)];

    /// <summary>
    /// The entry at <c>index &amp; 15</c> of a table of one to sixteen compile-time constants, the last entry repeated past
    /// its end (see the float overload).
    /// </summary>
    public static double Lookup(long index, params ReadOnlySpan<double> table) => table[(int)Math.Min(index & 15, table.Length - 1)];

    /// <summary>|x| (clears the sign bit, NaN included).</summary>
    public static float Abs(float x) => MathF.Abs(x);

    /// <summary>|x| (clears the sign bit, NaN included).</summary>
    public static double Abs(double x) => Math.Abs(x);

    /// <summary>The magnitude of <paramref name="x"/> with the sign bit of <paramref name="sign"/>.</summary>
    public static float CopySign(float x, float sign) => MathF.CopySign(x, sign);

    /// <summary>The magnitude of <paramref name="x"/> with the sign bit of <paramref name="sign"/>.</summary>
    public static double CopySign(double x, double sign) => Math.CopySign(x, sign);

    /// <summary>Nearest integer, ties to even.</summary>
    public static float RoundToEven(float x) => MathF.Round(x);

    /// <summary>Nearest integer, ties to even.</summary>
    public static double RoundToEven(double x) => Math.Round(x);

    /// <summary>Largest integer not above x.</summary>
    public static float Floor(float x) => MathF.Floor(x);

    /// <summary>Largest integer not above x.</summary>
    public static double Floor(double x) => Math.Floor(x);

    /// <summary>Smallest integer not below x.</summary>
    public static float Ceiling(float x) => MathF.Ceiling(x);

    /// <summary>Smallest integer not below x.</summary>
    public static double Ceiling(double x) => Math.Ceiling(x);

    /// <summary>x rounded toward zero.</summary>
    public static float Truncate(float x) => MathF.Truncate(x);

    /// <summary>x rounded toward zero.</summary>
    public static double Truncate(double x) => Math.Truncate(x);

    /// <summary>x·2^n rounded once (IEEE scaleB): overflow gives ±∞, tiny results are correctly rounded subnormals.</summary>
    public static float ScaleB(float x, int n) => MathF.ScaleB(x, n);

    /// <summary>x·2^n rounded once (IEEE scaleB): overflow gives ±∞, tiny results are correctly rounded subnormals.</summary>
    public static double ScaleB(double x, long n) => Math.ScaleB(x, (int)Math.Clamp(n, -ScaleBLimit, ScaleBLimit));

    /// <summary>
    /// x·2^n rounded once, n an integral float (e.g. a rounded exponent kept in a float lane, which saves converting it
    /// to an integer lane and back: AVX-512's VSCALEF takes it as is). n must not be NaN.
    /// </summary>
    public static float ScaleB(float x, float n) => MathF.ScaleB(x, (int)Math.Clamp(n, -ScaleBLimit, ScaleBLimit));

    /// <summary>x·2^n rounded once, n an integral double (see the float overload). n must not be NaN.</summary>
    public static double ScaleB(double x, double n) => Math.ScaleB(x, (int)Math.Clamp(n, -ScaleBLimit, ScaleBLimit));

    /// <summary>
    /// |n| beyond which ScaleB(double) gives 0 or ±∞ for every finite x (2^2200 exceeds the whole double range), so
    /// long exponents can be clamped to an int, and exactly to a double on the vector path, without changing a result.
    /// </summary>
    internal const long ScaleBLimit = 2200;

    /// <summary>Per lane: <paramref name="whenTrue"/> where the mask is set, else <paramref name="whenFalse"/>. Both sides are computed.</summary>
    public static float Select(bool mask, float whenTrue, float whenFalse) => mask ? whenTrue : whenFalse;

    /// <summary>Per lane: <paramref name="whenTrue"/> where the mask is set, else <paramref name="whenFalse"/>. Both sides are computed.</summary>
    public static double Select(bool mask, double whenTrue, double whenFalse) => mask ? whenTrue : whenFalse;

    /// <summary>Per lane: <paramref name="whenTrue"/> where the mask is set, else <paramref name="whenFalse"/>. Both sides are computed.</summary>
    public static int Select(bool mask, int whenTrue, int whenFalse) => mask ? whenTrue : whenFalse;

    /// <summary>Per lane: <paramref name="whenTrue"/> where the mask is set, else <paramref name="whenFalse"/>. Both sides are computed.</summary>
    public static long Select(bool mask, long whenTrue, long whenFalse) => mask ? whenTrue : whenFalse;

    /// <summary>
    /// Per lane: <paramref name="whenTrue"/> where the mask is set, else <paramref name="whenFalse"/>, like
    /// <c>Select</c>; for a mask that is rarely set. What only whenTrue needs is computed only when some lane of the
    /// mask is set (a branch around a slow path, e.g. Payne–Hanek reduction of huge arguments), so it costs the common
    /// case one test.
    /// </summary>
    public static float SelectRarely(bool mask, float whenTrue, float whenFalse) => mask ? whenTrue : whenFalse;

    /// <summary>
    /// Per lane: <paramref name="whenTrue"/> where the mask is set, else <paramref name="whenFalse"/>, like
    /// <c>Select</c>; for a mask that is rarely set. What only whenTrue needs is computed only when some lane of the
    /// mask is set (a branch around a slow path, e.g. Payne–Hanek reduction of huge arguments), so it costs the common
    /// case one test.
    /// </summary>
    public static double SelectRarely(bool mask, double whenTrue, double whenFalse) => mask ? whenTrue : whenFalse;

    /// <summary>
    /// Per lane: <paramref name="whenTrue"/> where the mask is set, else <paramref name="whenFalse"/>, like
    /// <c>Select</c>; for a mask that is rarely set. What only whenTrue needs is computed only when some lane of the
    /// mask is set (a branch around a slow path, e.g. Payne–Hanek reduction of huge arguments), so it costs the common
    /// case one test.
    /// </summary>
    public static int SelectRarely(bool mask, int whenTrue, int whenFalse) => mask ? whenTrue : whenFalse;

    /// <summary>
    /// Per lane: <paramref name="whenTrue"/> where the mask is set, else <paramref name="whenFalse"/>, like
    /// <c>Select</c>; for a mask that is rarely set. What only whenTrue needs is computed only when some lane of the
    /// mask is set (a branch around a slow path, e.g. Payne–Hanek reduction of huge arguments), so it costs the common
    /// case one test.
    /// </summary>
    public static long SelectRarely(bool mask, long whenTrue, long whenFalse) => mask ? whenTrue : whenFalse;

    /// <summary>True where x is NaN.</summary>
    public static bool IsNaN(float x) => float.IsNaN(x);

    /// <summary>True where x is NaN.</summary>
    public static bool IsNaN(double x) => double.IsNaN(x);

    /// <summary>The bits of x as an integer.</summary>
    public static int AsInt32(float x) => BitConverter.SingleToInt32Bits(x);

    /// <summary>The bits of x as an integer.</summary>
    public static long AsInt64(double x) => BitConverter.DoubleToInt64Bits(x);

    /// <summary>The integer's bits as a float.</summary>
    public static float AsSingle(int bits) => BitConverter.Int32BitsToSingle(bits);

    /// <summary>The integer's bits as a double.</summary>
    public static double AsDouble(long bits) => BitConverter.Int64BitsToDouble(bits);

    /// <summary>x rounded toward zero to an integer, saturating at the integer range; NaN gives 0.</summary>
    public static int ToInt32Truncate(float x) => (int)x;

    /// <summary>x rounded toward zero to an integer, saturating at the integer range; NaN gives 0.</summary>
    public static long ToInt64Truncate(double x) => (long)x;

    /// <summary>The integer as a float, rounded to nearest even.</summary>
    public static float ToSingle(int x) => x;

    /// <summary>The integer as a double, rounded to nearest even.</summary>
    public static double ToDouble(long x) => x;

    /// <summary>
    /// x as a double, exactly. Only a float definition may widen: its float lanes are then computed in double where it
    /// says so (on vectors, each float vector's lanes become two double vectors), e.g. to round a result correctly.
    /// </summary>
    public static double ToDouble(float x) => x;

    /// <summary>x rounded to the nearest float (ties to even): overflow gives ±∞, tiny values round once to subnormals.</summary>
    public static float ToSingle(double x) => (float)x;
}
