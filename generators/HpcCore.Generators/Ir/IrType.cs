namespace HpcCore.Generators.Ir;

/// <summary>
/// The type of one lane. A function's lanes are as wide as its element type (32 or 64 bits), and its values have that
/// width, so bit casts between them are free, with one exception: a float function may widen values to 64 bits
/// (<see cref="IrOp.Widen"/>) and narrow them back (<see cref="IrOp.Narrow"/>); on vectors, a wide value of a float
/// function is held as two vectors (the lower and upper halves of the float vector's lanes).
/// Masks are all-ones or all-zeros lanes as wide as the values compared; they exist only to feed Select and mask logic.
/// </summary>
internal enum IrType
{
    F32,
    F64,
    I32,
    I64,
    M32,
    M64,
}

internal static class IrTypeFacts
{
    public static bool IsFloat(this IrType type) => type is IrType.F32 or IrType.F64;

    public static bool IsInteger(this IrType type) => type is IrType.I32 or IrType.I64;

    public static bool IsMask(this IrType type) => type is IrType.M32 or IrType.M64;

    public static int LaneBits(this IrType type) => type is IrType.F32 or IrType.I32 or IrType.M32 ? 32 : 64;

    public static IrType MaskOfWidth(int bits) => bits == 32 ? IrType.M32 : IrType.M64;

    public static IrType IntegerOfWidth(int bits) => bits == 32 ? IrType.I32 : IrType.I64;

    public static IrType FloatOfWidth(int bits) => bits == 32 ? IrType.F32 : IrType.F64;

    /// <summary>The C# keyword of a lane's scalar type (masks are bool in scalar code).</summary>
    public static string CSharpKeyword(this IrType type) => type switch
    {
        IrType.F32 => "float",
        IrType.F64 => "double",
        IrType.I32 => "int",
        IrType.I64 => "long",
        _ => "bool",
    };
}
