using System;
using System.Collections.Generic;
using System.Linq;
using HpcCore.Generators.Ir;

namespace HpcCore.Generators.BackEnds;

/// <summary>
/// Lowers the IR to <c>Vector128/256/512</c> operations. Masks are integer vectors of the lane width
/// (all-ones lanes), reinterpreted for free where a float operation needs them.
/// </summary>
internal sealed class CSharpVectorBackEnd : LaneBackEnd
{
    private readonly string vector;

    public CSharpVectorBackEnd(int bits)
    {
        Bits = bits;
        vector = "global::System.Runtime.Intrinsics.Vector" + bits;
    }

    public int Bits { get; }

    /// <summary>The back end for one function's overloads and span driver, its rare paths in methods of their own.</summary>
    public static CSharpVectorBackEnd For(Model.VectorizedFunction function, int bits) =>
        new(bits) { RareMethodPrefix = function.PublicName + "RarePath", TableFields = LookupTables.Fields(function) };

    /// <summary>The back end for the span driver's common loop: a vector that needs a rare path leaves it by <c>break</c>.</summary>
    public static CSharpVectorBackEnd ForCommonLoop(Model.VectorizedFunction function, int bits) =>
        new(bits) { RareExit = "break;", TableFields = LookupTables.Fields(function) };

    /// <summary>The static fields that hold the function's lookup tables (<see cref="LookupTables"/>), by table.</summary>
    private IReadOnlyDictionary<IrInstruction, string> TableFields { get; init; } = new Dictionary<IrInstruction, string>();

    public override string TypeName(IrType type) => $"{vector}<{ElementKeyword(type)}>";

    private static string ElementKeyword(IrType type) => type switch
    {
        IrType.M32 => "int",
        IrType.M64 => "long",
        _ => type.CSharpKeyword(),
    };

    private static readonly string[] Halves = { "Lower", "Upper" };

    /// <summary>A 64-bit value of a float function fills two vectors: the lower and upper halves of the float lanes.</summary>
    protected override IReadOnlyList<string> Parts(IrFunction function, IrInstruction instruction) =>
        function.LaneBits == 32 && instruction.Type.LaneBits() == 64 && instruction.Op != IrOp.Constant
            ? Halves
            : base.Parts(function, instruction);

    /// <summary>
    /// Comparisons and mask logic: written as a local, a mask became a vector of all-ones lanes (a conversion from the
    /// mask register, then a three-input logic op per select, and a register held across the body); written at its
    /// uses, the JIT keeps it in a mask register, a select becomes one blend, and a comparison repeated at several uses
    /// is computed once.
    /// </summary>
    protected override bool WrittenAtUses(IrInstruction instruction) => instruction.Op is IrOp.Equal or IrOp.NotEqual
        or IrOp.LessThan or IrOp.LessThanOrEqual or IrOp.GreaterThan or IrOp.GreaterThanOrEqual
        or IrOp.IsNaN or IrOp.MaskAnd or IrOp.MaskOr or IrOp.MaskNot;

    protected override string Expression(IrInstruction instruction, IReadOnlyList<string> o, string part)
    {
        IrType type = instruction.Type;
        switch (instruction.Op)
        {
            case IrOp.ScalarParameter:
                return $"{vector}.Create({o[0]})";
            case IrOp.Constant:
                return type.IsMask()
                    ? $"{TypeName(type)}.{(instruction.Immediate != 0 ? "AllBitsSet" : "Zero")}"
                    : $"{vector}.Create({Literals.CSharp(type, instruction.Immediate)})";
            case IrOp.Add or IrOp.Subtract or IrOp.Multiply or IrOp.Divide
                or IrOp.BitwiseAnd or IrOp.BitwiseOr or IrOp.BitwiseXor or IrOp.MaskAnd or IrOp.MaskOr:
                return $"{o[0]} {Infix(instruction.Op)} {o[1]}";
            case IrOp.ShiftLeft or IrOp.ShiftRightArithmetic or IrOp.ShiftRightLogical:
                return $"{o[0]} {Infix(instruction.Op)} {instruction.Immediate}";
            case IrOp.Negate: return $"-{o[0]}";
            case IrOp.BitwiseNot or IrOp.MaskNot: return $"~{o[0]}";
            case IrOp.FusedMultiplyAdd: return $"{vector}.FusedMultiplyAdd({o[0]}, {o[1]}, {o[2]})";
            case IrOp.FusedMultiplyAddNegated:
                return $"{X86Fma}.IsSupported ? {X86Fma}.{FmaName("MultiplyAddNegated")}({o[0]}, {o[1]}, {o[2]}) : {vector}.FusedMultiplyAdd(-{o[0]}, {o[1]}, {o[2]})";
            case IrOp.FusedMultiplySubtract:
                return $"{X86Fma}.IsSupported ? {X86Fma}.{FmaName("MultiplySubtract")}({o[0]}, {o[1]}, {o[2]}) : {vector}.FusedMultiplyAdd({o[0]}, {o[1]}, -{o[2]})";
            case IrOp.Sqrt: return $"{vector}.Sqrt({o[0]})";
            case IrOp.Abs: return $"{vector}.Abs({o[0]})";
            case IrOp.CopySign: return $"{vector}.CopySign({o[0]}, {o[1]})";
            case IrOp.RoundToEven: return $"{vector}.Round({o[0]})";
            case IrOp.Floor: return $"{vector}.Floor({o[0]})";
            case IrOp.Ceiling: return $"{vector}.Ceiling({o[0]})";
            case IrOp.Truncate: return $"{vector}.Truncate({o[0]})";
            case IrOp.ScaleB: return $"global::HpcCore.Runtime.VectorScaleB.ScaleB({o[0]}, {o[1]})";
            case IrOp.Equal: return Reinterpret(type, $"{vector}.Equals({o[0]}, {o[1]})");
            case IrOp.NotEqual: return "~" + Reinterpret(type, $"{vector}.Equals({o[0]}, {o[1]})");
            case IrOp.LessThan: return Reinterpret(type, $"{vector}.LessThan({o[0]}, {o[1]})");
            case IrOp.LessThanOrEqual: return Reinterpret(type, $"{vector}.LessThanOrEqual({o[0]}, {o[1]})");
            case IrOp.GreaterThan: return Reinterpret(type, $"{vector}.GreaterThan({o[0]}, {o[1]})");
            case IrOp.GreaterThanOrEqual: return Reinterpret(type, $"{vector}.GreaterThanOrEqual({o[0]}, {o[1]})");
            case IrOp.IsNaN: return Reinterpret(type, $"{vector}.IsNaN({o[0]})");
            case IrOp.Select: return $"{vector}.ConditionalSelect({Reinterpret(type, o[0])}, {o[1]}, {o[2]})";
            case IrOp.Minimum: return Extreme("Min", "LessThan", o[0], o[1], type);
            case IrOp.Maximum: return Extreme("Max", "GreaterThan", o[0], o[1], type);
            case IrOp.BitCast: return Reinterpret(type, o[0]);
            case IrOp.ConvertToInteger: return $"{vector}.ConvertToInt{type.LaneBits()}({o[0]})";
            case IrOp.ConvertToFloat: return $"{vector}.ConvertTo{(type == IrType.F32 ? "Single" : "Double")}({o[0]})";
            case IrOp.Widen: return $"{vector}.Widen{part}({o[0]})";
            case IrOp.Narrow: return $"{vector}.Narrow({o[0]})"; // o[0] is both halves
            case IrOp.Lookup: return Lookup(instruction, o[0]);
            default: throw new InvalidOperationException($"No vector lowering for {instruction.Op}");
        }
    }

    /// <summary>x86's FMA instructions for this width: the FMA set up to 256 bits, AVX-512F's (named Fused…) for 512.</summary>
    private string X86Fma => "global::System.Runtime.Intrinsics.X86." + (Bits == 512 ? "Avx512F" : "Fma");

    private string FmaName(string name) => Bits == 512 ? "Fused" + name : name;

    /// <summary>
    /// a &lt; b ? a : b (or &gt;): x86's MINPS/MAXPS family computes exactly that, NaN and zeros included, in one
    /// instruction; without it (Arm's FMIN returns NaN for a NaN), the compare and select it stands for.
    /// </summary>
    private string Extreme(string name, string comparison, string a, string b, IrType type)
    {
        string isa = "global::System.Runtime.Intrinsics.X86." + (Bits switch
        {
            512 => "Avx512F",
            256 => "Avx",
            _ => type == IrType.F32 ? "Sse" : "Sse2",
        });
        return $"{isa}.IsSupported ? {isa}.{name}({a}, {b}) : {vector}.ConditionalSelect({vector}.{comparison}({a}, {b}), {a}, {b})";
    }

    /// <summary>
    /// The entry at <c>index &amp; 15</c> of a lookup's table, held in static fields (<see cref="LookupTables"/>): on
    /// 512 bits with AVX-512 one permutation across them (VPERMPS, or VPERMT2PD on two registers of eight doubles),
    /// spelled here so that it costs the JIT no inlining; otherwise a call to <c>HpcCore.Runtime.VectorLookup</c>, which
    /// gives the same bits. (As calls, GELU's double backward function's 66 lookups used up what the JIT will inline
    /// into one method, and its ScaleB calls stayed calls: 1.5× slower.)
    /// </summary>
    private string Lookup(IrInstruction lookup, string index)
    {
        string field = TableFields[LookupTables.Key(lookup)];
        bool singles = lookup.Type.LaneBits() == 32;
        string call = $"global::HpcCore.Runtime.VectorLookup.Lookup({(singles ? field : $"{field}Lower, {field}Upper")}, {index})";
        if (Bits != 512)
            return call;
        const string avx512 = "global::System.Runtime.Intrinsics.X86.Avx512F";
        string permutation = singles
            ? $"{avx512}.PermuteVar16x32({field}, {index})"
            : $"{avx512}.PermuteVar8x64x2({field}Lower, {index}, {field}Upper)";
        return $"{avx512}.IsSupported ? {permutation} : {call}";
    }

    protected override string AnyLaneSet(IrType maskType, IReadOnlyList<string> maskParts) =>
        $"{(maskParts.Count == 1 ? maskParts[0] : $"({string.Join(" | ", maskParts)})")} != {TypeName(maskType)}.Zero";

    /// <summary>
    /// A free reinterpretation to the vector of <paramref name="to"/>; comparisons return vectors of the compared
    /// type, and masks are always kept as the integer vector of the lane width.
    /// </summary>
    private string Reinterpret(IrType to, string value) => to switch
    {
        IrType.F32 => $"{vector}.AsSingle({value})",
        IrType.F64 => $"{vector}.AsDouble({value})",
        IrType.I32 or IrType.M32 => $"{vector}.AsInt32({value})",
        _ => $"{vector}.AsInt64({value})",
    };
}
