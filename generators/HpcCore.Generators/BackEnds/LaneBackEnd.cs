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
    /// lets the processor overlap the copies' long dependency chains. Constants of the body are written once; a rare
    /// path (<see cref="IrOp.SelectRarely"/>) is written per copy, as a block entered only when a lane needs it.
    /// Returns the result's name for each copy.
    /// </summary>
    public string[] WriteInterleaved(CodeWriter writer, IrFunction function, IReadOnlyList<string> suffixes)
    {
        int[] owners = IrRegions.Owners(function);
        var names = new string[suffixes.Count, function.Instructions.Count];
        for (int i = 0; i < function.Instructions.Count; i++)
        {
            if (owners[i] != IrRegions.Body)
                continue;
            IrInstruction instruction = function.Instructions[i];
            for (int copy = 0; copy < suffixes.Count; copy++)
            {
                if (instruction.Op == IrOp.Parameter)
                    names[copy, i] = function.ParameterNames[(int)instruction.Immediate] + suffixes[copy];
                else if (instruction.Op == IrOp.Constant && copy > 0)
                    names[copy, i] = names[0, i];
                else
                    WriteInstruction(writer, function, owners, names, copy, suffixes[copy], i);
            }
        }
        return Enumerable.Range(0, suffixes.Count).Select(copy => names[copy, function.Result]).ToArray();
    }

    /// <summary>
    /// One instruction of one copy. A SelectRarely becomes its whenFalse value, replaced inside a block that runs only
    /// when some lane of the mask is set and first computes the instructions of its region.
    /// </summary>
    private void WriteInstruction(CodeWriter writer, IrFunction function, int[] owners, string[,] names, int copy, string suffix, int i)
    {
        IrInstruction instruction = function.Instructions[i];
        names[copy, i] = "v" + i + suffix;
        if (instruction.Op != IrOp.SelectRarely)
        {
            string[] operands = instruction.Operands.Select(o => names[copy, o]).ToArray();
            writer.Line(Declaration(instruction.Type, names[copy, i], Expression(instruction, operands)));
            return;
        }

        int mask = instruction.Operands[0];
        writer.Line(Declaration(instruction.Type, names[copy, i], names[copy, instruction.Operands[2]]));
        writer.Open($"if ({AnyLaneSet(function.Instructions[mask].Type, names[copy, mask])})");
        for (int j = 0; j < i; j++)
            if (owners[j] == i)
                WriteInstruction(writer, function, owners, names, copy, suffix, j);
        string[] selectOperands = instruction.Operands.Select(o => names[copy, o]).ToArray();
        writer.Line($"{names[copy, i]} = {RareValue(instruction with { Op = IrOp.Select }, selectOperands)};");
        writer.Close();
    }

    /// <summary>A condition that holds when any lane of the mask is set.</summary>
    protected abstract string AnyLaneSet(IrType maskType, string mask);

    /// <summary>
    /// The value of a rare path's Select inside its block; a one-lane back end knows the mask is set there and takes
    /// whenTrue.
    /// </summary>
    protected virtual string RareValue(IrInstruction select, IReadOnlyList<string> operands) => Expression(select, operands);

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
