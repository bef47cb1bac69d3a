using System;
using System.Linq;

namespace HpcCore.Generators.Ir;

/// <summary>
/// How many vector registers a function body needs: its constants plus the most values live at one time. The span
/// driver uses it to choose how many independent vectors to interleave without spilling to the stack. Rare paths
/// (<see cref="IrOp.SelectRarely"/> regions) are left out: they run seldom, and spilling there costs little.
/// </summary>
internal static class RegisterPressure
{
    /// <summary>
    /// Registers the plan may use: the 32 of AVX-512 plus a few constants the JIT leaves as broadcast memory operands.
    /// Calibrated on Exp and Log under full optimization: Log(double) at 2 copies (2·7 live + 23 constants = 37)
    /// spills and runs 1.2× slower than at 1; Exp(double) at 2 (2·6 + 21 = 33), Log(float) at 2 (2·7 + 17 = 31) and
    /// Exp(float) at 2 (2·6 + 15 = 27) do not.
    /// </summary>
    public const int Budget = 36;

    /// <summary>
    /// The budget for four copies, tighter: with four interleaved copies the JIT's allocator finds fewer gaps to reuse.
    /// Exp2(float) at 4 copies (4·6 live + 11 constants = 35) spilled 20 of its loop's 114 instructions to the stack
    /// and ran 2.1× slower than at 2 (AMD Zen 4); HardTanhBackward and ReluBackward(float) (4·8 + 3 = 35) ran 3–4 %
    /// faster at 2. Lowering <see cref="Budget"/> itself to 32 instead made two-copy loops such as the correctly rounded
    /// Log 10 % slower at one copy.
    /// </summary>
    public const int FourCopyBudget = 32;

    /// <summary>The registers the body's constants take: one each, and a lookup's table one (floats) or two (doubles).</summary>
    public static int Constants(IrFunction function)
    {
        int[] owners = IrRegions.Owners(function);
        return Enumerable.Range(0, owners.Length).Where(i => owners[i] == IrRegions.Body).Sum(i => function.Instructions[i] switch
        {
            { Op: IrOp.Constant } => 1,
            { Op: IrOp.Lookup } lookup => lookup.Type.LaneBits() == 32 ? 1 : 2,
            _ => 0,
        });
    }

    /// <summary>The most registers non-constant values hold between two instructions (SSA liveness on the straight line).</summary>
    public static int MaxLiveValues(IrFunction function)
    {
        int[] owners = IrRegions.Owners(function);
        var lastUse = new int[function.Instructions.Count];
        for (int i = 0; i < function.Instructions.Count; i++)
        {
            lastUse[i] = i;
            if (owners[i] == IrRegions.Body)
                foreach (int operand in function.Instructions[i].Operands)
                    lastUse[operand] = i;
        }
        foreach (int result in function.Results)
            lastUse[result] = function.Instructions.Count;

        int max = 0;
        for (int point = 0; point < function.Instructions.Count; point++)
        {
            int live = 0;
            for (int value = 0; value <= point; value++)
                if (owners[value] == IrRegions.Body && function.Instructions[value].Op != IrOp.Constant && lastUse[value] > point)
                    live += Registers(function, function.Instructions[value]);
            max = Math.Max(max, live);
        }
        return max;
    }

    /// <summary>A float function's 64-bit value fills two vectors (the halves of its lanes); every other value, one.</summary>
    private static int Registers(IrFunction function, IrInstruction value) =>
        function.LaneBits == 32 && value.Type.LaneBits() == 64 ? 2 : 1;

    /// <summary>The locals one copy of the body declares: one per instruction outside rare regions, two for a split value.</summary>
    public static int Locals(IrFunction function)
    {
        int[] owners = IrRegions.Owners(function);
        return Enumerable.Range(0, owners.Length).Where(i => owners[i] == IrRegions.Body)
            .Sum(i => Registers(function, function.Instructions[i]));
    }

    /// <summary>The most copies (4, 2 or 1) whose live values fit the budget beside the constants (hoisted into registers).</summary>
    public static int InterleaveFor(IrFunction function)
    {
        int constants = Constants(function), live = MaxLiveValues(function);
        if (4 * live + constants <= FourCopyBudget)
            return 4;
        return 2 * live + constants <= Budget ? 2 : 1;
    }
}
