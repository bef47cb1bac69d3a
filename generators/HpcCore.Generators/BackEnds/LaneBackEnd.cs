using System.Collections.Generic;
using System.Linq;
using HpcCore.Generators.Ir;

namespace HpcCore.Generators.BackEnds;

/// <summary>
/// What every lane-wise back end shares: one statement per IR instruction, in IR order, so each back end
/// performs the same operations in the same order (and no compiler may fuse or reorder across them silently).
/// A back end only says how one instruction is spelled.
/// </summary>
internal abstract class LaneBackEnd
{
    public abstract string TypeName(IrType type);

    protected abstract string Expression(IrInstruction instruction, IReadOnlyList<string> operands);

    protected virtual string Declaration(IrType type, string name, string expression) => $"{TypeName(type)} {name} = {expression};";

    /// <summary>Writes the function body: one local per instruction, then the return statement.</summary>
    public void WriteBody(CodeWriter writer, IrFunction function) =>
        writer.Line($"return {WriteStatements(writer, function)};");

    /// <summary>Writes one local per instruction (parameters are read from locals of their own names) and returns the result's name.</summary>
    public string WriteStatements(CodeWriter writer, IrFunction function) => WriteInterleaved(writer, function, new[] { string.Empty })[0];

    /// <summary>
    /// Writes independent copies of the body, one per suffix, interleaved instruction by instruction (parameters are
    /// read from locals named parameter + suffix). The JIT does not reorder vector code, so interleaving here is what
    /// lets the processor overlap the copies' long dependency chains. Constants are written once.
    /// Returns the result's name for each copy.
    /// </summary>
    public string[] WriteInterleaved(CodeWriter writer, IrFunction function, IReadOnlyList<string> suffixes)
    {
        var names = new string[suffixes.Count, function.Instructions.Count];
        for (int i = 0; i < function.Instructions.Count; i++)
        {
            IrInstruction instruction = function.Instructions[i];
            for (int copy = 0; copy < suffixes.Count; copy++)
            {
                string suffix = suffixes[copy];
                if (instruction.Op == IrOp.Parameter)
                {
                    names[copy, i] = function.ParameterNames[(int)instruction.Immediate] + suffix;
                    continue;
                }
                if (instruction.Op == IrOp.Constant && copy > 0)
                {
                    names[copy, i] = names[0, i];
                    continue;
                }
                names[copy, i] = "v" + i + suffix;
                string[] operands = instruction.Operands.Select(o => names[copy, o]).ToArray();
                writer.Line(Declaration(instruction.Type, names[copy, i], Expression(instruction, operands)));
            }
        }
        return Enumerable.Range(0, suffixes.Count).Select(copy => names[copy, function.Result]).ToArray();
    }

    protected static string Infix(IrOp op) => op switch
    {
        IrOp.Add => "+",
        IrOp.Subtract => "-",
        IrOp.Multiply => "*",
        IrOp.Divide => "/",
        IrOp.BitwiseAnd or IrOp.MaskAnd => "&",
        IrOp.BitwiseOr or IrOp.MaskOr => "|",
        IrOp.BitwiseXor => "^",
        IrOp.ShiftLeft => "<<",
        IrOp.ShiftRightArithmetic => ">>",
        IrOp.ShiftRightLogical => ">>>",
        IrOp.Equal => "==",
        IrOp.NotEqual => "!=",
        IrOp.LessThan => "<",
        IrOp.LessThanOrEqual => "<=",
        IrOp.GreaterThan => ">",
        IrOp.GreaterThanOrEqual => ">=",
        _ => throw new System.ArgumentOutOfRangeException(nameof(op), op, "not an infix operator"),
    };
}
