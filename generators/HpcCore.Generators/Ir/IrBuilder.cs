using System.Collections.Generic;
using System.Linq;
using HpcCore.Generators.Model;

namespace HpcCore.Generators.Ir;

/// <summary>
/// Appends instructions, sharing identical constants and pure expressions (so a value written twice in
/// the source is computed once), and drops what the result does not use. A Select between the two values its mask
/// compares becomes a <see cref="IrOp.Minimum"/> or <see cref="IrOp.Maximum"/> (the comparison is dropped if nothing
/// else uses it).
/// </summary>
internal sealed class IrBuilder
{
    private readonly List<IrInstruction> instructions = new();
    private readonly Dictionary<IrInstruction, int> existing = new();

    public IrType Type(int value) => instructions[value].Type;

    public IrInstruction this[int value] => instructions[value];

    public int Emit(IrOp op, IrType type, params int[] operands)
    {
        if (op == IrOp.Select && MinimumOrMaximum(operands[0], operands[1], operands[2]) is { } extreme)
            return EmitWithImmediate(extreme, type, 0, operands[1], operands[2]);
        if (op == IrOp.Multiply && ProductOfConstants(type, operands) is { } product)
            return product;
        if (op is IrOp.Multiply or IrOp.FusedMultiplyAdd)
        {
            operands = NegationMovedToConstant(operands);
            if (OtherFactorOfOne(operands) is { } other)
                return op == IrOp.Multiply ? other : Emit(IrOp.Add, type, other, operands[2]);
        }
        if (op == IrOp.FusedMultiplyAdd && type.IsFloat())
            return NegatedFusedMultiplyAdd(type, operands);
        if (op == IrOp.Add && type.IsFloat())
        {
            if (instructions[operands[1]].Op == IrOp.Negate)
                return Emit(IrOp.Subtract, type, operands[0], instructions[operands[1]].Operands[0]);
            if (instructions[operands[0]].Op == IrOp.Negate)
                return Emit(IrOp.Subtract, type, operands[1], instructions[operands[0]].Operands[0]);
        }
        return EmitWithImmediate(op, type, 0, operands);
    }

    /// <summary>
    /// The product of two float constants as one constant, rounded once as the multiplication would be at run time: a
    /// helper that scales its coefficients by a parameter (the logarithms' polynomial, in base e, 2 or 10) would
    /// otherwise multiply two broadcast constants on every vector.
    /// </summary>
    private int? ProductOfConstants(IrType type, int[] operands)
    {
        IrInstruction a = instructions[operands[0]], b = instructions[operands[1]];
        if (a.Op != IrOp.Constant || b.Op != IrOp.Constant || !type.IsFloat())
            return null;
        return Constant(type, type == IrType.F32
            ? ConstantBits.Of(ConstantBits.ToSingle(a.Immediate) * ConstantBits.ToSingle(b.Immediate), type)
            : ConstantBits.Of(ConstantBits.ToDouble(a.Immediate) * ConstantBits.ToDouble(b.Immediate), type));
    }

    /// <summary>
    /// The other factor of a float product one of whose factors is the constant 1 (1·a = a and Fma(1, a, c) = a + c
    /// exactly, NaN and signed zeros included); null otherwise. Helpers written for any factor (SiLU's x·σ(x) pair)
    /// meet it where a caller passes 1 (Sigmoid), and would otherwise pay a product and its error term per vector.
    /// </summary>
    private int? OtherFactorOfOne(int[] operands)
    {
        for (int n = 0; n < 2; n++)
        {
            IrInstruction factor = instructions[operands[n]];
            if (factor.Op == IrOp.Constant && factor.Type.IsFloat()
                && factor.Immediate == (factor.Type == IrType.F32 ? 0x3F800000L : 0x3FF0000000000000L))
                return operands[1 - n];
        }
        return null;
    }

    /// <summary>
    /// Fma(a, b, c) with a negation on a factor or on the addend taken into the operation (−(a·b) + c or a·b − c, exact
    /// rewrites): the JIT does not fold a vector negation into an FMA itself, so each cost an XOR per vector, and x86
    /// has the negated forms as single instructions. The negation itself stays only if something else reads it.
    /// </summary>
    private int NegatedFusedMultiplyAdd(IrType type, int[] operands)
    {
        for (int n = 0; n < 2; n++)
            if (instructions[operands[n]].Op == IrOp.Negate)
                return EmitWithImmediate(IrOp.FusedMultiplyAddNegated, type, 0, instructions[operands[n]].Operands[0], operands[1 - n], operands[2]);
        if (instructions[operands[2]].Op == IrOp.Negate)
            return EmitWithImmediate(IrOp.FusedMultiplySubtract, type, 0, operands[0], operands[1], instructions[operands[2]].Operands[0]);
        return EmitWithImmediate(IrOp.FusedMultiplyAdd, type, 0, operands);
    }

    /// <summary>
    /// The factors of a product with a negated factor moved onto a constant factor: (−a)·c as a·(−c), exact for every
    /// a but NaN (whose sign then differs, as it already may between instruction forms). Cody–Waite steps are written
    /// Fma(-k, C, x); the JIT does not fold the negation into the FMA, so it cost an XOR and a register for the sign
    /// mask on every vector (7 of the 75 instructions of float Sin).
    /// </summary>
    private int[] NegationMovedToConstant(int[] operands)
    {
        for (int n = 0; n < 2; n++)
        {
            IrInstruction negated = instructions[operands[n]], constant = instructions[operands[1 - n]];
            if (negated.Op != IrOp.Negate || constant.Op != IrOp.Constant || !constant.Type.IsFloat())
                continue;
            int[] moved = (int[])operands.Clone();
            moved[n] = negated.Operands[0];
            moved[1 - n] = Constant(constant.Type, constant.Type.LaneBits() == 32
                ? (int)constant.Immediate ^ int.MinValue
                : constant.Immediate ^ long.MinValue);
            return moved;
        }
        return operands;
    }

    /// <summary>
    /// Minimum when Select(mask, a, b) is a &lt; b ? a : b (the mask a &lt; b or b &gt; a), Maximum when it is
    /// a &gt; b ? a : b; null otherwise (≤ and ≥ differ from them on zeros of opposite signs).
    /// </summary>
    private IrOp? MinimumOrMaximum(int mask, int a, int b)
    {
        IrInstruction comparison = instructions[mask];
        if (!instructions[a].Type.IsFloat() || comparison.Operands.Count != 2)
            return null;
        bool same = comparison.Operands[0] == a && comparison.Operands[1] == b;
        bool swapped = comparison.Operands[0] == b && comparison.Operands[1] == a;
        return comparison.Op switch
        {
            IrOp.LessThan when same => IrOp.Minimum,
            IrOp.GreaterThan when swapped => IrOp.Minimum,
            IrOp.GreaterThan when same => IrOp.Maximum,
            IrOp.LessThan when swapped => IrOp.Maximum,
            _ => null,
        };
    }

    /// <summary>
    /// Appends an instruction carrying an immediate (constant bits, parameter index, shift count). A separate name,
    /// so an immediate can never be taken for an operand by overload resolution.
    /// </summary>
    public int EmitWithImmediate(IrOp op, IrType type, long immediate, params int[] operands)
    {
        return Append(new IrInstruction(op, type, operands.ToEquatableArray(), immediate));
    }

    /// <summary>The instruction's value: an identical one already appended, or the instruction appended now.</summary>
    public int Append(IrInstruction instruction)
    {
        if (existing.TryGetValue(instruction, out int id))
            return id;
        instructions.Add(instruction);
        existing[instruction] = instructions.Count - 1;
        return instructions.Count - 1;
    }

    public int Constant(IrType type, long bits) => EmitWithImmediate(IrOp.Constant, type, bits);

    /// <summary>Appends a <see cref="IrOp.Lookup"/> of <paramref name="table"/> (bit patterns of <paramref name="type"/>) at <paramref name="index"/>.</summary>
    public int Lookup(IrType type, int index, IEnumerable<long> table) => Append(new IrInstruction(IrOp.Lookup, type, new[] { index }.ToEquatableArray(), 0, table.ToEquatableArray()));

    public int Parameter(IrType type, int index, bool scalar = false) =>
        EmitWithImmediate(scalar ? IrOp.ScalarParameter : IrOp.Parameter, type, index);

    public IrFunction Build(IrType elementType, IEnumerable<IrParameter> parameters, IReadOnlyList<int> results, IEnumerable<string> resultNames)
    {
        // Keep parameters even when unused, so every back end has the same signature.
        var live = new bool[instructions.Count];
        foreach (int result in results)
            live[result] = true;
        for (int i = instructions.Count - 1; i >= 0; i--)
        {
            if (instructions[i].Op is IrOp.Parameter or IrOp.ScalarParameter)
                live[i] = true;
            if (!live[i])
                continue;
            foreach (int operand in instructions[i].Operands)
                live[operand] = true;
        }

        var renumbered = new int[instructions.Count];
        var kept = new List<IrInstruction>();
        for (int i = 0; i < instructions.Count; i++)
        {
            if (!live[i])
                continue;
            IrInstruction old = instructions[i];
            renumbered[i] = kept.Count;
            kept.Add(old with { Operands = old.Operands.Select(o => renumbered[o]).ToEquatableArray() });
        }

        return new IrFunction(elementType, parameters.ToEquatableArray(), kept.ToEquatableArray(),
            results.Select(r => renumbered[r]).ToEquatableArray(), resultNames.ToEquatableArray());
    }
}
