using System.Collections.Generic;

namespace HpcCore.Generators.Ir;

/// <summary>
/// Which instructions belong to a rare path. An instruction belongs to the region of a
/// <see cref="IrOp.SelectRarely"/> when every use of it is inside that region or is the SelectRarely's whenTrue
/// operand; anything the common path also uses stays outside, so it is computed once, before the branch. Regions nest
/// (a rare path may have its own rare path). Parameters always stay outside.
/// SelectRarely instructions on the same mask form one region, led by the last of them, when nothing between the
/// first and the last reads them (except each other): that is how a function with several results (sine and cosine of
/// one reduction) computes their rare values in one block, sharing the work they have in common.
/// </summary>
internal static class IrRegions
{
    /// <summary>The function body itself, outside every rare path.</summary>
    public const int Body = -1;

    /// <summary>
    /// For each SelectRarely, the one whose position its rare path is written at: itself, or the last SelectRarely on
    /// the same mask when they form a group. -1 for every other instruction.
    /// </summary>
    public static int[] Leaders(IrFunction function)
    {
        var instructions = function.Instructions;
        var leader = new int[instructions.Count];
        var byMask = new Dictionary<int, List<int>>();
        for (int i = 0; i < instructions.Count; i++)
        {
            leader[i] = -1;
            if (instructions[i].Op != IrOp.SelectRarely)
                continue;
            leader[i] = i;
            int mask = instructions[i].Operands[0];
            if (!byMask.TryGetValue(mask, out List<int>? members))
                byMask[mask] = members = new List<int>();
            members.Add(i);
        }
        foreach (List<int> members in byMask.Values)
        {
            if (members.Count < 2)
                continue;
            int first = members[0], last = members[members.Count - 1];
            bool readBetween = false;
            for (int j = first + 1; j < last && !readBetween; j++)
                foreach (int operand in instructions[j].Operands)
                    readBetween |= members.Contains(operand) && !members.Contains(j);
            if (!readBetween)
                foreach (int member in members)
                    leader[member] = last;
        }
        return leader;
    }

    /// <summary>The SelectRarely instructions that <paramref name="leader"/> leads, in order (itself last).</summary>
    public static int[] Members(int[] leaders, int leader)
    {
        var members = new List<int>();
        for (int i = 0; i <= leader; i++)
            if (leaders[i] == leader)
                members.Add(i);
        return members.ToArray();
    }

    /// <summary>For each instruction, the index of the SelectRarely (a group's leader) whose region holds it, or <see cref="Body"/>.</summary>
    public static int[] Owners(IrFunction function)
    {
        var instructions = function.Instructions;
        int[] leaders = Leaders(function);
        var owner = new int[instructions.Count];
        var context = new List<int>[instructions.Count];
        foreach (int result in function.Results)
            context[result] = new List<int> { Body };
        for (int i = instructions.Count - 1; i >= 0; i--)
        {
            IrInstruction instruction = instructions[i];
            owner[i] = instruction.Op is IrOp.Parameter or IrOp.ScalarParameter || context[i] is null ? Body : Common(context[i], owner);
            for (int position = 0; position < instruction.Operands.Count; position++)
            {
                int operand = instruction.Operands[position];
                bool rareOperand = instruction.Op == IrOp.SelectRarely && position == 1;
                (context[operand] ??= new List<int>()).Add(rareOperand ? leaders[i] : owner[i]);
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
