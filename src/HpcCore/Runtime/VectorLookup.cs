using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace HpcCore.Runtime;

/// <summary>
/// The vector lowering of the dialect's <c>Lookup</c>: per lane, the entry <c>index &amp; 15</c> of a table of sixteen
/// constants (one vector of sixteen floats, or two of eight doubles), the same bits as <see cref="Lane.Lookup(int, ReadOnlySpan{float})"/>.
/// Generated 512-bit code spells the AVX-512 permutation itself and calls these only where AVX-512 is missing; the
/// narrower vectors call them always: AVX-512VL permutes (two and a blend for doubles), AVX2 does floats in two
/// permutations and a blend, and everything else takes a lane loop (<c>Portable</c>, never inlined).
/// Public because generated code in users' assemblies calls it; not meant to be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class VectorLookup
{
    /// <summary>The entry <c>index &amp; 15</c> of <paramref name="table"/> per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Lookup(Vector512<float> table, Vector512<int> index) =>
        Avx512F.IsSupported ? Avx512F.PermuteVar16x32(table, index) : Portable(table, index);

    /// <summary>The entry <c>index &amp; 15</c> of the table <paramref name="lower"/> then <paramref name="upper"/> per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Lookup(Vector512<double> lower, Vector512<double> upper, Vector512<long> index) =>
        Avx512F.IsSupported ? Avx512F.PermuteVar8x64x2(lower, index, upper) : Portable(lower, upper, index);

    /// <summary>The entry <c>index &amp; 15</c> of <paramref name="table"/> per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Lookup(Vector512<float> table, Vector256<int> index)
    {
        if (Avx512F.VL.IsSupported)
            return Avx512F.VL.PermuteVar8x32x2(table.GetLower(), index, table.GetUpper());
        if (Avx2.IsSupported)
            return Vector256.ConditionalSelect(Vector256.Equals(index & Vector256.Create(8), Vector256.Create(8)).AsSingle(),
                Avx2.PermuteVar8x32(table.GetUpper(), index), Avx2.PermuteVar8x32(table.GetLower(), index));
        return Portable(table, index);
    }

    /// <summary>The entry <c>index &amp; 15</c> of the table <paramref name="lower"/> then <paramref name="upper"/> per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Lookup(Vector512<double> lower, Vector512<double> upper, Vector256<long> index)
    {
        if (!Avx512F.VL.IsSupported)
            return Portable(lower, upper, index);
        // Each permutation covers eight entries (index bits 0–2); bit 3 chooses between the halves of the table.
        Vector256<double> low = Avx512F.VL.PermuteVar4x64x2(lower.GetLower(), index, lower.GetUpper());
        Vector256<double> high = Avx512F.VL.PermuteVar4x64x2(upper.GetLower(), index, upper.GetUpper());
        return Vector256.ConditionalSelect(Vector256.Equals(index & Vector256.Create(8L), Vector256.Create(8L)).AsDouble(), high, low);
    }

    /// <summary>The entry <c>index &amp; 15</c> of <paramref name="table"/> per lane.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128<float> Lookup(Vector512<float> table, Vector128<int> index) => Portable(table, index);

    /// <summary>The entry <c>index &amp; 15</c> of the table <paramref name="lower"/> then <paramref name="upper"/> per lane.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Vector128<double> Lookup(Vector512<double> lower, Vector512<double> upper, Vector128<long> index) =>
        Portable(lower, upper, index);

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static Vector512<float> Portable(Vector512<float> table, Vector512<int> index)
    {
        Span<float> lanes = stackalloc float[Vector512<float>.Count];
        for (int i = 0; i < lanes.Length; i++)
            lanes[i] = table.GetElement(index.GetElement(i) & 15);
        return Vector512.Create<float>(lanes);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static Vector256<float> Portable(Vector512<float> table, Vector256<int> index)
    {
        Span<float> lanes = stackalloc float[Vector256<float>.Count];
        for (int i = 0; i < lanes.Length; i++)
            lanes[i] = table.GetElement(index.GetElement(i) & 15);
        return Vector256.Create<float>(lanes);
    }

    internal static Vector128<float> Portable(Vector512<float> table, Vector128<int> index)
    {
        Span<float> lanes = stackalloc float[Vector128<float>.Count];
        for (int i = 0; i < lanes.Length; i++)
            lanes[i] = table.GetElement(index.GetElement(i) & 15);
        return Vector128.Create<float>(lanes);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static Vector512<double> Portable(Vector512<double> lower, Vector512<double> upper, Vector512<long> index)
    {
        Span<double> lanes = stackalloc double[Vector512<double>.Count];
        for (int i = 0; i < lanes.Length; i++)
            lanes[i] = Entry(lower, upper, index.GetElement(i));
        return Vector512.Create<double>(lanes);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static Vector256<double> Portable(Vector512<double> lower, Vector512<double> upper, Vector256<long> index)
    {
        Span<double> lanes = stackalloc double[Vector256<double>.Count];
        for (int i = 0; i < lanes.Length; i++)
            lanes[i] = Entry(lower, upper, index.GetElement(i));
        return Vector256.Create<double>(lanes);
    }

    internal static Vector128<double> Portable(Vector512<double> lower, Vector512<double> upper, Vector128<long> index)
    {
        Span<double> lanes = stackalloc double[Vector128<double>.Count];
        for (int i = 0; i < lanes.Length; i++)
            lanes[i] = Entry(lower, upper, index.GetElement(i));
        return Vector128.Create<double>(lanes);
    }

    private static double Entry(Vector512<double> lower, Vector512<double> upper, long index)
    {
        int k = (int)(index & 15);
        return k < 8 ? lower.GetElement(k) : upper.GetElement(k - 8);
    }
}
