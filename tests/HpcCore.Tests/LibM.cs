using System.Runtime.InteropServices;

namespace HpcCore.Tests;

/// <summary>The C library's functions that .NET has no accurate version of (float.ExpM1 is Exp(x) − 1, LogP1 is Log(x + 1)) or none at all (erf, erfc).</summary>
internal static partial class LibM
{
    [LibraryImport("libm.so.6", EntryPoint = "expm1f")]
    public static partial float ExpM1(float x);

    [LibraryImport("libm.so.6", EntryPoint = "log1pf")]
    public static partial float LogP1(float x);

    [LibraryImport("libm.so.6", EntryPoint = "expm1")]
    public static partial double ExpM1(double x);

    [LibraryImport("libm.so.6", EntryPoint = "log1p")]
    public static partial double LogP1(double x);

    [LibraryImport("libm.so.6", EntryPoint = "erff")]
    public static partial float Erf(float x);

    [LibraryImport("libm.so.6", EntryPoint = "erfcf")]
    public static partial float Erfc(float x);

    [LibraryImport("libm.so.6", EntryPoint = "erf")]
    public static partial double Erf(double x);

    [LibraryImport("libm.so.6", EntryPoint = "erfc")]
    public static partial double Erfc(double x);
}
