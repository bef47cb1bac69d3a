using System;
using System.Globalization;
using HpcCore.Generators.Ir;

namespace HpcCore.Generators.BackEnds;

/// <summary>
/// Constants written so that the compiler reads back exactly the same bits: shortest round-trip decimals
/// in C# (checked), C99 hexadecimal floats in OpenCL C.
/// </summary>
internal static class Literals
{
    public static string CSharp(IrType type, long bits) => type switch
    {
        IrType.F32 => CSharpSingle(bits),
        IrType.F64 => CSharpDouble(bits),
        IrType.I32 => CSharpInteger((int)bits, "int"),
        IrType.I64 => CSharpInteger(bits, "long"),
        _ => bits != 0 ? "true" : "false",
    };

    private static string CSharpSingle(long bits)
    {
        float value = ConstantBits.ToSingle(bits);
        if (float.IsNaN(value)) return $"global::System.BitConverter.Int32BitsToSingle(unchecked((int)0x{(int)bits:X8}))";
        if (float.IsPositiveInfinity(value)) return "float.PositiveInfinity";
        if (float.IsNegativeInfinity(value)) return "float.NegativeInfinity";
        if (bits == unchecked((int)0x80000000)) return "-0.0f";
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        float back = float.Parse(text, CultureInfo.InvariantCulture);
        return BitConverter.ToInt32(BitConverter.GetBytes(back), 0) == (int)bits
            ? text + "f"
            : $"global::System.BitConverter.Int32BitsToSingle(unchecked((int)0x{(int)bits:X8}))";
    }

    private static string CSharpDouble(long bits)
    {
        double value = BitConverter.Int64BitsToDouble(bits);
        if (double.IsNaN(value)) return $"global::System.BitConverter.Int64BitsToDouble(unchecked((long)0x{bits:X16}))";
        if (double.IsPositiveInfinity(value)) return "double.PositiveInfinity";
        if (double.IsNegativeInfinity(value)) return "double.NegativeInfinity";
        if (bits == long.MinValue) return "-0.0d";
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        return BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)) == bits
            ? text + "d"
            : $"global::System.BitConverter.Int64BitsToDouble(unchecked((long)0x{bits:X16}))";
    }

    private static string CSharpInteger(long value, string keyword) =>
        Math.Abs(value) < 4096 ? value.ToString(CultureInfo.InvariantCulture) + (keyword == "long" ? "L" : string.Empty)
        : keyword == "int" ? $"unchecked((int)0x{(int)value:X8})" : $"unchecked((long)0x{value:X16})";

    public static string OpenCl(IrType type, long bits) => type switch
    {
        IrType.F32 => OpenClFloat(ConstantBits.ToSingle(bits), bits, "f", "as_float((uint)0x" + ((int)bits).ToString("X8") + ")"),
        IrType.F64 => OpenClFloat(ConstantBits.ToDouble(bits), bits, string.Empty, "as_double((ulong)0x" + bits.ToString("X16") + "UL)"),
        IrType.I32 => (int)bits == int.MinValue ? "(-2147483647 - 1)" : ((int)bits).ToString(CultureInfo.InvariantCulture),
        IrType.I64 => bits == long.MinValue ? "(-9223372036854775807L - 1)" : bits.ToString(CultureInfo.InvariantCulture) + "L",
        _ => bits != 0 ? "1" : "0",
    };

    /// <summary>Finite values as C99 hex floats (every float is a double, so one formatter serves both); the rest as bit casts.</summary>
    private static string OpenClFloat(double value, long bits, string suffix, string bitCast)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
            return bitCast;
        long doubleBits = BitConverter.DoubleToInt64Bits(value);
        string sign = doubleBits < 0 ? "-" : string.Empty;
        int exponent = (int)((doubleBits >> 52) & 0x7FF);
        long mantissa = doubleBits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0 && mantissa == 0)
            return sign + "0.0" + suffix;
        string lead = exponent == 0 ? "0" : "1";
        int power = exponent == 0 ? -1022 : exponent - 1023;
        string digits = mantissa.ToString("x13").TrimEnd('0');
        return $"{sign}0x{lead}.{(digits.Length == 0 ? "0" : digits)}p{power}{suffix}";
    }
}
