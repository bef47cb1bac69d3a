using System;

namespace HpcCore.Generators.Ir;

/// <summary>Turns a C# constant into the bit pattern of a lane of the given type (netstandard2.0 lacks SingleToInt32Bits).</summary>
internal static class ConstantBits
{
    public static long Of(object value, IrType type) => type switch
    {
        IrType.F32 => BitConverter.ToInt32(BitConverter.GetBytes(Convert.ToSingle(value)), 0),
        IrType.F64 => BitConverter.DoubleToInt64Bits(Convert.ToDouble(value)),
        IrType.I32 => Convert.ToInt32(value),
        IrType.I64 => Convert.ToInt64(value),
        _ => value is true ? -1L : 0L,
    };

    public static float ToSingle(long bits) => BitConverter.ToSingle(BitConverter.GetBytes((int)bits), 0);

    public static double ToDouble(long bits) => BitConverter.Int64BitsToDouble(bits);
}
