using HpcCore.Generators.Model;

namespace HpcCore.Generators.Ir;

/// <summary>
/// One SSA value: the instruction's index in <see cref="IrFunction.Instructions"/> is its name.
/// <paramref name="Immediate"/> carries a constant's bits, a parameter's index or a shift count; <paramref name="Table"/>
/// the entries of a <see cref="IrOp.Lookup"/> (bit patterns of the result type), empty for every other operation.
/// </summary>
internal sealed record IrInstruction(IrOp Op, IrType Type, EquatableArray<int> Operands, long Immediate = 0, EquatableArray<long> Table = default);
