using System;
using System.Runtime.CompilerServices;

namespace HpcCore.Tests;

/// <summary>Bit-level comparison of float or double values.</summary>
public static class Bits
{
    public static bool Same<T>(T a, T b) where T : unmanaged => Raw(a) == Raw(b);

    public static string Hex<T>(T value) where T : unmanaged =>
        Unsafe.SizeOf<T>() == 4 ? $"0x{(uint)Raw(value):X8} ({value})" : $"0x{Raw(value):X16} ({value})";

    private static ulong Raw<T>(T value) where T : unmanaged =>
        Unsafe.SizeOf<T>() == 4 ? Unsafe.As<T, uint>(ref value) : Unsafe.As<T, ulong>(ref value);
}
