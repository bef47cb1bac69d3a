using System;
using System.Linq;

namespace HpcCore.Generators.Ir;

/// <summary>
/// How many vector registers a function body needs: its constants plus the most values live at one time. The span
/// driver uses it to choose how many independent vectors to interleave without spilling to the stack.
/// </summary>
internal static class RegisterPressure
{
    /// <summary>Vector registers on x64 with AVX-512.</summary>
    public const int Budget = 32;

    public static int Constants(IrFunction function) => function.Instructions.Count(i => i.Op == IrOp.Constant);

    /// <summary>The largest number of non-constant values alive between two instructions (SSA liveness on the straight line).</summary>
    public static int MaxLiveValues(IrFunction function)
    {
        var lastUse = new int[function.Instructions.Count];
        for (int i = 0; i < function.Instructions.Count; i++)
        {
            lastUse[i] = i;
            foreach (int operand in function.Instructions[i].Operands)
                lastUse[operand] = i;
        }
        lastUse[function.Result] = function.Instructions.Count;

        int max = 0;
        for (int point = 0; point < function.Instructions.Count; point++)
        {
            int live = 0;
            for (int value = 0; value <= point; value++)
                if (function.Instructions[value].Op != IrOp.Constant && lastUse[value] > point)
                    live++;
            max = Math.Max(max, live);
        }
        return max;
    }

    /// <summary>
    /// The most copies (4, 2 or 1) whose live values fit the budget beside the constants. About half the constants
    /// end up as broadcast memory operands rather than registers (measured on Exp and Log: 4 copies of Exp(float),
    /// 6 live values and 15 constants, run fastest; Log(float), 7 and 19, spills at 4 and runs fastest at 2).
    /// </summary>
    public static int InterleaveFor(IrFunction function)
    {
        int constants = Constants(function), live = MaxLiveValues(function);
        foreach (int copies in new[] { 4, 2 })
            if (copies * live + constants / 2 <= Budget)
                return copies;
        return 1;
    }
}
