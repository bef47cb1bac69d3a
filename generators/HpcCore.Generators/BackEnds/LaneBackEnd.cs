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
    public void WriteBody(CodeWriter writer, IrFunction function)
    {
        var names = new string[function.Instructions.Count];
        for (int i = 0; i < function.Instructions.Count; i++)
        {
            IrInstruction instruction = function.Instructions[i];
            if (instruction.Op == IrOp.Parameter)
            {
                names[i] = function.ParameterNames[(int)instruction.Immediate];
                continue;
            }
            names[i] = "v" + i;
            string[] operands = instruction.Operands.Select(o => names[o]).ToArray();
            writer.Line(Declaration(instruction.Type, names[i], Expression(instruction, operands)));
        }
        writer.Line($"return {names[function.Result]};");
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
