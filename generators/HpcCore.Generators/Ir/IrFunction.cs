using HpcCore.Generators.Model;

namespace HpcCore.Generators.Ir;

/// <summary>
/// A lane-wise function in SSA form: instructions in execution order, operands always earlier,
/// no control flow. Every back end walks this list in order, so all of them execute the same
/// operations in the same order.
/// </summary>
internal sealed record IrFunction(
    IrType ElementType,
    EquatableArray<string> ParameterNames,
    EquatableArray<IrInstruction> Instructions,
    int Result)
{
    public int LaneBits => ElementType.LaneBits();
}
