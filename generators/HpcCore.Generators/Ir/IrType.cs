namespace HpcCore.Generators.Ir;

/// <summary>
/// The type of one lane. Every value in a function has the same lane width (32 or 64 bits), so all
/// vectors of one function hold the same number of lanes and bit casts between them are free.
/// Masks are all-ones or all-zeros lanes; they exist only to feed Select and mask logic.
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
