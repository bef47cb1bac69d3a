using System;
using System.Collections.Generic;
using System.Linq;
using HpcCore.Generators.Ir;

namespace HpcCore.Generators.BackEnds;

/// <summary>
/// Lowers the IR to OpenCL C, one work-item per lane. Masks are ints (0 or 1), as scalar relational operators
/// return them. Conversions use the saturating round-toward-zero forms, which match .NET's (NaN to 0).
/// </summary>
internal sealed class OpenClBackEnd : LaneBackEnd
{
    public static readonly OpenClBackEnd Instance = new();

    public override string TypeName(IrType type) => type switch
    {
        IrType.F32 => "float",
        IrType.F64 => "double",
        IrType.I64 => "long",
        _ => "int",
    };

    protected override string AnyLaneSet(IrType maskType, IReadOnlyList<string> maskParts) => maskParts[0];

    protected override string RareValue(IrInstruction select, IReadOnlyList<string> operands, string part) => operands[1];

    // C#'s integer arithmetic wraps; OpenCL C's signed overflow is undefined, and a compiler may fold a comparison of a
    // sum on the assumption that it does not overflow (HpcMath's logarithms test for positive normal inputs with a
    // sum that does). Unsigned arithmetic wraps in both, so signed sums, differences, products and shifts go through it.
    private string Unsigned(IrType type, string operand) => $"as_u{TypeName(type)}({operand})";

    private string Wrapping(IrType type, string unsignedExpression) => $"as_{TypeName(type)}({unsignedExpression})";

    protected override string Expression(IrInstruction instruction, IReadOnlyList<string> o, string part)
    {
        IrType type = instruction.Type;
        switch (instruction.Op)
        {
            case IrOp.Constant: return Literals.OpenCl(type, instruction.Immediate);
            case IrOp.ScalarParameter: return o[0];
            case IrOp.Add or IrOp.Subtract or IrOp.Multiply when type.IsInteger():
                return Wrapping(type, $"{Unsigned(type, o[0])} {Infix(instruction.Op)} {Unsigned(type, o[1])}");
            case IrOp.ShiftLeft or IrOp.ShiftRightLogical:
                return Wrapping(type, $"{Unsigned(type, o[0])} {(instruction.Op == IrOp.ShiftLeft ? "<<" : ">>")} {instruction.Immediate}"); // logical: unsigned
            case IrOp.Negate when type.IsInteger():
                return Wrapping(type, $"-{Unsigned(type, o[0])}");
            case IrOp.Add or IrOp.Subtract or IrOp.Multiply or IrOp.Divide
                or IrOp.BitwiseAnd or IrOp.BitwiseOr or IrOp.BitwiseXor or IrOp.MaskAnd or IrOp.MaskOr
                or IrOp.Equal or IrOp.NotEqual or IrOp.LessThan or IrOp.LessThanOrEqual
                or IrOp.GreaterThan or IrOp.GreaterThanOrEqual:
                return $"{o[0]} {Infix(instruction.Op)} {o[1]}";
            case IrOp.ShiftRightArithmetic:
                return $"{o[0]} >> {instruction.Immediate}";
            case IrOp.Negate: return $"-{o[0]}";
            case IrOp.BitwiseNot: return $"~{o[0]}";
            case IrOp.MaskNot: return $"!{o[0]}";
            case IrOp.FusedMultiplyAdd: return $"fma({o[0]}, {o[1]}, {o[2]})";
            case IrOp.FusedMultiplyAddNegated: return $"fma(-{o[0]}, {o[1]}, {o[2]})";
            case IrOp.FusedMultiplySubtract: return $"fma({o[0]}, {o[1]}, -{o[2]})";
            case IrOp.Sqrt: return $"sqrt({o[0]})";
            case IrOp.Abs: return $"fabs({o[0]})";
            case IrOp.CopySign: return $"copysign({o[0]}, {o[1]})";
            case IrOp.RoundToEven: return $"rint({o[0]})";
            case IrOp.Floor: return $"floor({o[0]})";
            case IrOp.Ceiling: return $"ceil({o[0]})";
            case IrOp.Truncate: return $"trunc({o[0]})";
            case IrOp.ScaleB: return $"ldexp({o[0]}, convert_int_sat({o[1]}))"; // int, long or integral float/double exponent
            case IrOp.IsNaN: return $"isnan({o[0]})";
            case IrOp.Select: return $"{o[0]} ? {o[1]} : {o[2]}";
            case IrOp.Minimum: return $"{o[0]} < {o[1]} ? {o[0]} : {o[1]}"; // not fmin, which returns the number for a NaN
            case IrOp.Maximum: return $"{o[0]} > {o[1]} ? {o[0]} : {o[1]}";
            case IrOp.BitCast: return $"as_{TypeName(type)}({o[0]})";
            case IrOp.ConvertToInteger: return $"convert_{TypeName(type)}_sat_rtz({o[0]})";
            case IrOp.ConvertToFloat: return $"convert_{TypeName(type)}({o[0]})";
            case IrOp.Widen: return $"convert_double({o[0]})";
            case IrOp.Narrow: return $"convert_float_rte({o[0]})";
            case IrOp.Lookup:
                string[] entries = LookupEntries(instruction, bits => Literals.OpenCl(type, bits));
                return string.Concat(Enumerable.Range(0, instruction.Table.Count - 1).Select(k => $"({o[0]} & 15) == {k} ? {entries[k]} : "))
                    + entries[instruction.Table.Count - 1];
            default: throw new InvalidOperationException($"No OpenCL lowering for {instruction.Op}");
        }
    }
}
