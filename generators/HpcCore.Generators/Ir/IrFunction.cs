using System.Linq;
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
    EquatableArray<IrParameter> Parameters,
    EquatableArray<IrInstruction> Instructions,
    EquatableArray<int> Results,
    EquatableArray<string> ResultNames)
{
    public int LaneBits => ElementType.LaneBits();

    /// <summary>The names of the parameters that vary per lane (the span overload's input spans), in order.</summary>
    public string[] LaneParameterNames => Parameters.Where(p => !p.IsScalar).Select(p => p.Name).ToArray();

    /// <summary>The names of the scalar parameters (one value for all lanes), in order.</summary>
    public string[] ScalarParameterNames => Parameters.Where(p => p.IsScalar).Select(p => p.Name).ToArray();

    /// <summary>The first (usually only) result.</summary>
    public int Result => Results[0];

    /// <summary>Whether the function returns a tuple.</summary>
    public bool IsTuple => ResultNames.Count > 0;
}

/// <summary>
/// A parameter of a definition: a lane (one value per element) or a scalar (<c>[Scalar]</c>, one value for all), with the
/// bits of its default value for the generated overloads (null when it has none; only scalars may have one).
/// </summary>
internal sealed record IrParameter(string Name, bool IsScalar, long? DefaultBits);
