using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace HpcCore.Runtime;

/// <summary>
/// The vector lowering of the dialect's <c>ScaleB</c>: x·2^n rounded once, lane by lane, giving the same bits as
/// <see cref="System.MathF.ScaleB"/>. AVX-512 does it in one instruction (VSCALEFPS/PD, which scales by floor(n),
/// exact for integer n); elsewhere <c>Portable</c> follows the scalar algorithm (musl's scalbn, which .NET uses):
/// at most two exact pre-scalings bring n into the normal exponent range, then one multiplication rounds.
/// Public because generated code in users' assemblies calls it; not meant to be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class VectorScaleB
{
    /// <summary>x·2^n per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> ScaleB(Vector512<float> x, Vector512<int> n) =>
        Avx512F.IsSupported ? Avx512F.Scale(x, Vector512.ConvertToSingle(n)) : Portable(x, n);

    /// <summary>x·2^n per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> ScaleB(Vector256<float> x, Vector256<int> n) =>
        Avx512F.VL.IsSupported ? Avx512F.VL.Scale(x, Vector256.ConvertToSingle(n)) : Portable(x, n);

    /// <summary>x·2^n per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> ScaleB(Vector128<float> x, Vector128<int> n) =>
        Avx512F.VL.IsSupported ? Avx512F.VL.Scale(x, Vector128.ConvertToSingle(n)) : Portable(x, n);

    /// <summary>x·2^n per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> ScaleB(Vector512<double> x, Vector512<long> n) =>
        Avx512F.IsSupported ? Avx512F.Scale(x, Vector512.ConvertToDouble(Clamp(n))) : Portable(x, n);

    /// <summary>x·2^n per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> ScaleB(Vector256<double> x, Vector256<long> n) =>
        Avx512F.VL.IsSupported ? Avx512F.VL.Scale(x, Vector256.ConvertToDouble(Clamp(n))) : Portable(x, n);

    /// <summary>x·2^n per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> ScaleB(Vector128<double> x, Vector128<long> n) =>
        Avx512F.VL.IsSupported ? Avx512F.VL.Scale(x, Vector128.ConvertToDouble(Clamp(n))) : Portable(x, n);

    /// <summary>Lane-wise x·2^n for integral n (<see cref="Lane.ScaleB(float, float)"/>): VSCALEF takes n as is, its floor(n) being n.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> ScaleB(Vector512<float> x, Vector512<float> n) =>
        Avx512F.IsSupported ? Avx512F.Scale(x, n) : Portable(x, Vector512.ConvertToInt32(Vector512.Clamp(n, Vector512.Create(-2200f), Vector512.Create(2200f))));

    /// <summary>Lane-wise x·2^n for integral n (<see cref="Lane.ScaleB(float, float)"/>): VSCALEF takes n as is, its floor(n) being n.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> ScaleB(Vector256<float> x, Vector256<float> n) =>
        Avx512F.VL.IsSupported ? Avx512F.VL.Scale(x, n) : Portable(x, Vector256.ConvertToInt32(Vector256.Clamp(n, Vector256.Create(-2200f), Vector256.Create(2200f))));

    /// <summary>Lane-wise x·2^n for integral n (<see cref="Lane.ScaleB(float, float)"/>): VSCALEF takes n as is, its floor(n) being n.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> ScaleB(Vector128<float> x, Vector128<float> n) =>
        Avx512F.VL.IsSupported ? Avx512F.VL.Scale(x, n) : Portable(x, Vector128.ConvertToInt32(Vector128.Clamp(n, Vector128.Create(-2200f), Vector128.Create(2200f))));

    /// <summary>Lane-wise x·2^n for integral n (<see cref="Lane.ScaleB(double, double)"/>): VSCALEF takes n as is, its floor(n) being n.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> ScaleB(Vector512<double> x, Vector512<double> n) =>
        Avx512F.IsSupported ? Avx512F.Scale(x, n) : Portable(x, Vector512.ConvertToInt64(Vector512.Clamp(n, Vector512.Create(-2200.0), Vector512.Create(2200.0))));

    /// <summary>Lane-wise x·2^n for integral n (<see cref="Lane.ScaleB(double, double)"/>): VSCALEF takes n as is, its floor(n) being n.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> ScaleB(Vector256<double> x, Vector256<double> n) =>
        Avx512F.VL.IsSupported ? Avx512F.VL.Scale(x, n) : Portable(x, Vector256.ConvertToInt64(Vector256.Clamp(n, Vector256.Create(-2200.0), Vector256.Create(2200.0))));

    /// <summary>Lane-wise x·2^n for integral n (<see cref="Lane.ScaleB(double, double)"/>): VSCALEF takes n as is, its floor(n) being n.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> ScaleB(Vector128<double> x, Vector128<double> n) =>
        Avx512F.VL.IsSupported ? Avx512F.VL.Scale(x, n) : Portable(x, Vector128.ConvertToInt64(Vector128.Clamp(n, Vector128.Create(-2200.0), Vector128.Create(2200.0))));

    // The scalar definition's clamp (Lane.ScaleBLimit): it changes no result and keeps the conversion to double exact.
    private static Vector512<long> Clamp(Vector512<long> n) => Vector512.Clamp(n, Vector512.Create(-Lane.ScaleBLimit), Vector512.Create(Lane.ScaleBLimit));
    private static Vector256<long> Clamp(Vector256<long> n) => Vector256.Clamp(n, Vector256.Create(-Lane.ScaleBLimit), Vector256.Create(Lane.ScaleBLimit));
    private static Vector128<long> Clamp(Vector128<long> n) => Vector128.Clamp(n, Vector128.Create(-Lane.ScaleBLimit), Vector128.Create(Lane.ScaleBLimit));

    /// <summary>The scalar algorithm, lane-wise (float): exact pre-scalings by 2^127 or 2^-102, then one rounding.</summary>
    internal static Vector512<float> Portable(Vector512<float> x, Vector512<int> n)
    {
        for (int step = 0; step < 2; step++)
        {
            Vector512<int> big = Vector512.GreaterThan(n, Vector512.Create(127));
            Vector512<int> small = Vector512.LessThan(n, Vector512.Create(-126));
            x = Vector512.ConditionalSelect(big.AsSingle(), x * 1.7014118e38f, Vector512.ConditionalSelect(small.AsSingle(), x * 1.9721523e-31f, x)); // 2^127, 2^-102
            n = Vector512.ConditionalSelect(big, n - Vector512.Create(127), Vector512.ConditionalSelect(small, n + Vector512.Create(102), n));
        }
        n = Vector512.Min(Vector512.Max(n, Vector512.Create(-126)), Vector512.Create(127));
        return x * ((n + Vector512.Create(127)) << 23).AsSingle();
    }

    /// <summary>The scalar algorithm, lane-wise (double): exact pre-scalings by 2^1023 or 2^-969, then one rounding.</summary>
    internal static Vector512<double> Portable(Vector512<double> x, Vector512<long> n)
    {
        n = Clamp(n);
        for (int step = 0; step < 2; step++)
        {
            Vector512<long> big = Vector512.GreaterThan(n, Vector512.Create(1023L));
            Vector512<long> small = Vector512.LessThan(n, Vector512.Create(-1022L));
            x = Vector512.ConditionalSelect(big.AsDouble(), x * 8.98846567431158e307, Vector512.ConditionalSelect(small.AsDouble(), x * 2.004168360008973e-292, x)); // 2^1023, 2^-969
            n = Vector512.ConditionalSelect(big, n - Vector512.Create(1023L), Vector512.ConditionalSelect(small, n + Vector512.Create(969L), n));
        }
        n = Vector512.Min(Vector512.Max(n, Vector512.Create(-1022L)), Vector512.Create(1023L));
        return x * ((n + Vector512.Create(1023L)) << 52).AsDouble();
    }

    // Narrower widths run the 512-bit algorithm on a widened vector: this path is for machines without AVX-512,
    // where speed of the fallback matters less than having one audited implementation.
    private static Vector256<float> Portable(Vector256<float> x, Vector256<int> n) => Portable(Vector512.Create(x, x), Vector512.Create(n, n)).GetLower();
    private static Vector128<float> Portable(Vector128<float> x, Vector128<int> n) => Portable(Vector256.Create(x, x), Vector256.Create(n, n)).GetLower();
    private static Vector256<double> Portable(Vector256<double> x, Vector256<long> n) => Portable(Vector512.Create(x, x), Vector512.Create(n, n)).GetLower();
    private static Vector128<double> Portable(Vector128<double> x, Vector128<long> n) => Portable(Vector256.Create(x, x), Vector256.Create(n, n)).GetLower();
}
