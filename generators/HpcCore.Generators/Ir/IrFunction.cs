using HpcCore.Generators.Model;

namespace HpcCore.Generators.Ir;

/// <summary>
/// A lane-wise function in SSA form: instructions in execution order, operands always earlier,
/// no control flow. Every back end walks this list in order, so all of them execute the same
/// operations in the same order. A function has one result, or several (a tuple, e.g. sine and cosine of one
/// reduction) named by <see cref="ResultNames"/>.
/// </summary>
internal sealed record IrFunction(
    IrType ElementType,
    EquatableArray<string> ParameterNames,
    EquatableArray<IrInstruction> Instructions,
    EquatableArray<int> Results,
    EquatableArray<string> ResultNames)
{
    public int LaneBits => ElementType.LaneBits();

    /// <summary>The first (usually only) result.</summary>
    public int Result => Results[0];

    /// <summary>Whether the function returns a tuple.</summary>
    public bool IsTuple => ResultNames.Count > 0;
}
