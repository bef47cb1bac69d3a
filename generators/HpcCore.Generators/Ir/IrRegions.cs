using System.Collections.Generic;

namespace HpcCore.Generators.Ir;

/// <summary>
/// Which instructions belong to a rare path. An instruction belongs to the region of a
/// <see cref="IrOp.SelectRarely"/> when every use of it is inside that region or is the SelectRarely's whenTrue
/// operand; anything the common path also uses stays outside, so it is computed once, before the branch. Regions nest
/// (a rare path may have its own rare path). Parameters always stay outside.
/// </summary>
internal static class IrRegions
{
    /// <summary>The function body itself, outside every rare path.</summary>
    public const int Body = -1;

    /// <summary>For each instruction, the index of the SelectRarely whose region holds it, or <see cref="Body"/>.</summary>
    public static int[] Owners(IrFunction function)
    {
        var instructions = function.Instructions;
        var owner = new int[instructions.Count];
        var context = new List<int>[instructions.Count];
        context[function.Result] = new List<int> { Body };
        for (int i = instructions.Count - 1; i >= 0; i--)
        {
            IrInstruction instruction = instructions[i];
            owner[i] = instruction.Op == IrOp.Parameter || context[i] is null ? Body : Common(context[i], owner);
            for (int position = 0; position < instruction.Operands.Count; position++)
            {
                int operand = instruction.Operands[position];
                bool rareOperand = instruction.Op == IrOp.SelectRarely && position == 1;
                (context[operand] ??= new List<int>()).Add(rareOperand ? i : owner[i]);
            }
        }
        return owner;
    }

    /// <summary>The innermost region that contains all of the given ones (regions form a tree through their owners).</summary>
    private static int Common(List<int> regions, int[] owner)
    {
        int common = regions[0];
        foreach (int region in regions)
            common = Common(common, region, owner);
        return common;
    }

    private static int Common(int a, int b, int[] owner)
    {
        var ancestors = new HashSet<int>();
        for (int r = a; ; r = owner[r])
        {
            ancestors.Add(r);
            if (r == Body)
                break;
        }
        int c = b;
        while (!ancestors.Contains(c))
            c = owner[c];
        return c;
    }
}
