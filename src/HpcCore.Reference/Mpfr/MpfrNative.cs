using System;
using System.Runtime.InteropServices;

namespace HpcCore.Reference.Mpfr;

/// <summary>
/// The MPFR entry points HpcCore uses (MPFR 4.x, see the MPFR manual). <c>mpfr_t</c> is handled by pointer only.
/// The library is loaded on first use; a missing library becomes <see cref="MpfrNotInstalledException"/>.
/// </summary>
internal static unsafe partial class MpfrNative
{
    public const string Library = "libmpfr.so.6";

    /// <summary>MPFR_RNDN: round to nearest, ties to even.</summary>
    public const int RoundNearest = 0;

    /// <summary>sizeof(__mpfr_struct) on LP64: precision (8), sign (4 + 4 padding), exponent (8), limb pointer (8).</summary>
    public const int StructSize = 32;

    private static readonly Lazy<nint> handle = new(() => Load(Library));

    /// <summary>Loads libmpfr or throws <see cref="MpfrNotInstalledException"/>; call before any entry point below.</summary>
    public static void EnsureLoaded() => _ = handle.Value;

    /// <summary>The address of <c>mpfr_{name}</c>, or zero when MPFR has no such function.</summary>
    public static nint Export(string name) =>
        NativeLibrary.TryGetExport(handle.Value, "mpfr_" + name, out nint address) ? address : 0;

    /// <summary>Loads <paramref name="library"/> or throws <see cref="MpfrNotInstalledException"/> naming the package.</summary>
    internal static nint Load(string library)
    {
        if (NativeLibrary.TryLoad(library, out nint loaded))
            return loaded;
        throw new MpfrNotInstalledException(library);
    }

    [LibraryImport(Library, EntryPoint = "mpfr_init2")]
    public static partial void Init2(void* x, long precision);

    [LibraryImport(Library, EntryPoint = "mpfr_clear")]
    public static partial void Clear(void* x);

    [LibraryImport(Library, EntryPoint = "mpfr_set_prec")]
    public static partial void SetPrecision(void* x, long precision);

    [LibraryImport(Library, EntryPoint = "mpfr_set_d")]
    public static partial int SetDouble(void* x, double value, int rounding);

    [LibraryImport(Library, EntryPoint = "mpfr_set_flt")]
    public static partial int SetSingle(void* x, float value, int rounding);

    [LibraryImport(Library, EntryPoint = "mpfr_get_d")]
    public static partial double GetDouble(void* x, int rounding);

    [LibraryImport(Library, EntryPoint = "mpfr_get_flt")]
    public static partial float GetSingle(void* x, int rounding);

    [LibraryImport(Library, EntryPoint = "mpfr_sub")]
    public static partial int Subtract(void* result, void* a, void* b, int rounding);

    [LibraryImport(Library, EntryPoint = "mpfr_set")]
    public static partial int Set(void* result, void* a, int rounding);

    [LibraryImport(Library, EntryPoint = "mpfr_add")]
    public static partial int Add(void* result, void* a, void* b, int rounding);

    [LibraryImport(Library, EntryPoint = "mpfr_mul")]
    public static partial int Multiply(void* result, void* a, void* b, int rounding);

    [LibraryImport(Library, EntryPoint = "mpfr_div")]
    public static partial int Divide(void* result, void* a, void* b, int rounding);

    [LibraryImport(Library, EntryPoint = "mpfr_neg")]
    public static partial int Negate(void* result, void* a, int rounding);

    [LibraryImport(Library, EntryPoint = "mpfr_abs")]
    public static partial int Abs(void* result, void* a, int rounding);

    [LibraryImport(Library, EntryPoint = "mpfr_cmp")]
    public static partial int Compare(void* a, void* b);

    [LibraryImport(Library, EntryPoint = "mpfr_prec_round")]
    public static partial int RoundToPrecision(void* x, long precision, int rounding);

    [LibraryImport(Library, EntryPoint = "mpfr_mul_2si")]
    public static partial int MultiplyByPowerOfTwo(void* result, void* a, long exponent, int rounding);

    [LibraryImport(Library, EntryPoint = "mpfr_get_exp")]
    public static partial long GetExponent(void* x);

    [LibraryImport(Library, EntryPoint = "mpfr_nan_p")]
    public static partial int IsNaN(void* x);

    [LibraryImport(Library, EntryPoint = "mpfr_inf_p")]
    public static partial int IsInfinity(void* x);

    [LibraryImport(Library, EntryPoint = "mpfr_zero_p")]
    public static partial int IsZero(void* x);

    [LibraryImport(Library, EntryPoint = "mpfr_signbit")]
    public static partial int SignBit(void* x);

    [LibraryImport(Library, EntryPoint = "mpfr_get_emin")]
    public static partial long GetEmin();

    [LibraryImport(Library, EntryPoint = "mpfr_get_emax")]
    public static partial long GetEmax();

    [LibraryImport(Library, EntryPoint = "mpfr_set_emin")]
    public static partial int SetEmin(long exponent);

    [LibraryImport(Library, EntryPoint = "mpfr_set_emax")]
    public static partial int SetEmax(long exponent);

    [LibraryImport(Library, EntryPoint = "mpfr_check_range")]
    public static partial int CheckRange(void* x, int ternary, int rounding);

    [LibraryImport(Library, EntryPoint = "mpfr_subnormalize")]
    public static partial int Subnormalize(void* x, int ternary, int rounding);

    [LibraryImport(Library, EntryPoint = "mpfr_buildopt_tls_p")]
    public static partial int IsThreadSafe();
}
