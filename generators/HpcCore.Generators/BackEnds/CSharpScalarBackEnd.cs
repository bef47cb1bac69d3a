using System;
using System.Collections.Generic;
using System.Linq;
using HpcCore.Generators.Ir;

namespace HpcCore.Generators.BackEnds;

/// <summary>
/// Lowers the IR to scalar C#: the same operations as the vector back end, one lane at a time.
/// Float-to-integer casts saturate (NaN to 0) in .NET 9 and later, matching Vector*.ConvertToInt32/64.
/// </summary>
internal sealed class CSharpScalarBackEnd : LaneBackEnd
{
    public static readonly CSharpScalarBackEnd Instance = new();

    public override string TypeName(IrType type) => type.CSharpKeyword();

    protected override string AnyLaneSet(IrType maskType, IReadOnlyList<string> maskParts) => maskParts[0];

    protected override string RareValue(IrInstruction select, IReadOnlyList<string> operands, string part) => operands[1];

    protected override string Expression(IrInstruction instruction, IReadOnlyList<string> o, string part)
    {
        IrType type = instruction.Type;
        string math = type == IrType.F32 ? "global::System.MathF" : "global::System.Math";
        switch (instruction.Op)
        {
            case IrOp.Constant: return Literals.CSharp(type, instruction.Immediate);
            case IrOp.ScalarParameter: return o[0];
            case IrOp.Add or IrOp.Subtract or IrOp.Multiply or IrOp.Divide
                or IrOp.BitwiseAnd or IrOp.BitwiseOr or IrOp.BitwiseXor or IrOp.MaskAnd or IrOp.MaskOr
                or IrOp.Equal or IrOp.NotEqual or IrOp.LessThan or IrOp.LessThanOrEqual
                or IrOp.GreaterThan or IrOp.GreaterThanOrEqual:
                return $"{o[0]} {Infix(instruction.Op)} {o[1]}";
            case IrOp.ShiftLeft or IrOp.ShiftRightArithmetic or IrOp.ShiftRightLogical:
                return $"{o[0]} {Infix(instruction.Op)} {instruction.Immediate}";
            case IrOp.Negate: return $"-{o[0]}";
            case IrOp.BitwiseNot: return $"~{o[0]}";
            case IrOp.MaskNot: return $"!{o[0]}";
            case IrOp.FusedMultiplyAdd: return $"{math}.FusedMultiplyAdd({o[0]}, {o[1]}, {o[2]})";
            case IrOp.FusedMultiplyAddNegated: return $"{math}.FusedMultiplyAdd(-{o[0]}, {o[1]}, {o[2]})";
            case IrOp.FusedMultiplySubtract: return $"{math}.FusedMultiplyAdd({o[0]}, {o[1]}, -{o[2]})";
            case IrOp.Sqrt: return $"{math}.Sqrt({o[0]})";
            case IrOp.Abs: return $"{math}.Abs({o[0]})";
            case IrOp.CopySign: return $"{math}.CopySign({o[0]}, {o[1]})";
            case IrOp.RoundToEven: return $"{math}.Round({o[0]})";
            case IrOp.Floor: return $"{math}.Floor({o[0]})";
            case IrOp.Ceiling: return $"{math}.Ceiling({o[0]})";
            case IrOp.Truncate: return $"{math}.Truncate({o[0]})";
            case IrOp.ScaleB: return $"global::HpcCore.Lane.ScaleB({o[0]}, {o[1]})"; // the dialect's definition, long exponents included
            case IrOp.IsNaN: return $"{(type == IrType.M32 ? "float" : "double")}.IsNaN({o[0]})";
            case IrOp.Select: return $"{o[0]} ? {o[1]} : {o[2]}";
            case IrOp.Minimum: return $"{o[0]} < {o[1]} ? {o[0]} : {o[1]}";
            case IrOp.Maximum: return $"{o[0]} > {o[1]} ? {o[0]} : {o[1]}";
            case IrOp.BitCast: return $"global::System.BitConverter.{BitConverterMethod(type)}({o[0]})";
            case IrOp.ConvertToInteger or IrOp.ConvertToFloat: return $"({TypeName(type)}){o[0]}";
            case IrOp.Widen: return $"(double){o[0]}";
            case IrOp.Narrow: return $"(float){o[0]}";
            case IrOp.Lookup:
                string[] entries = LookupEntries(instruction, bits => Literals.CSharp(type, bits));
                return $"({o[0]} & 15) switch {{ {string.Concat(Enumerable.Range(0, instruction.Table.Count - 1).Select(k => $"{k} => {entries[k]}, "))}_ => {entries[instruction.Table.Count - 1]} }}";
            default: throw new InvalidOperationException($"No scalar lowering for {instruction.Op}");
        }
    }

    private static string BitConverterMethod(IrType to) => to switch
    {
        IrType.I32 => "SingleToInt32Bits",
        IrType.F32 => "Int32BitsToSingle",
        IrType.I64 => "DoubleToInt64Bits",
        _ => "Int64BitsToDouble",
    };
}
