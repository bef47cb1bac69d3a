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

    /// <summary>
    /// When set, each rare path of the body becomes a call to its own method, named this prefix plus the index of its
    /// SelectRarely (<see cref="WriteRareMethods"/> writes them), so the cold code does not compete with the hot loop
    /// for registers. Null: rare paths are written inline.
    /// </summary>
    public string? RareMethodPrefix { get; init; }

    /// <summary>
    /// When set, no rare path is written: each SelectRarely takes its whenFalse value and the body runs this statement
    /// (a <c>break</c> out of the span driver's common loop) when any lane of its mask is set. A loop without the rare
    /// paths' calls keeps its values and constants in registers: a call in the loop makes the JIT spill every vector
    /// value live across it, on every iteration, whether the call runs or not.
    /// </summary>
    public string? RareExit { get; init; }

    /// <summary>
    /// The instruction spelled in this back end. <paramref name="part"/> names the half of a split value being computed
    /// (see <see cref="Parts"/>); an operand split in halves that the instruction takes whole arrives as both halves'
    /// names joined by a comma.
    /// </summary>
    protected abstract string Expression(IrInstruction instruction, IReadOnlyList<string> operands, string part);

    private static readonly string[] Whole = { string.Empty };

    /// <summary>
    /// The suffixes of the variables that hold one value: one, empty, unless this back end splits the value (a vector
    /// back end holds a 64-bit value of a float function as the lower and upper halves of the float vector's lanes).
    /// </summary>
    protected virtual IReadOnlyList<string> Parts(IrFunction function, IrInstruction instruction) => Whole;

    private IEnumerable<string> PartNames(IrFunction function, int value, string name) =>
        Parts(function, function.Instructions[value]).Select(part => PartName(name, part));

    /// <summary>
    /// The expressions of the parts of split values written at their uses, by the names their locals would have (the
    /// value's name and the part's suffix). Emptied before each body or rare method: their names are the same in each.
    /// Only a back end that splits values writes it, and each use of the vector back end is a new instance; the shared
    /// scalar and OpenCL instances only ever read it empty, so concurrent generator runs do not race on it.
    /// </summary>
    private readonly Dictionary<string, string> partsWrittenAtUses = new();

    /// <summary>How one part of a value is read: its local, or its expression where the value is written at its uses.</summary>
    private string PartName(string name, string part) =>
        partsWrittenAtUses.TryGetValue(name + part, out string? expression) ? expression : name + part;

    /// <summary>How an instruction computing <paramref name="part"/> names its operand.</summary>
    private string Operand(IrFunction function, int operand, string name, string part, int instructionParts)
    {
        IReadOnlyList<string> parts = Parts(function, function.Instructions[operand]);
        if (parts.Count == 1)
            return name; // whole values (and constants, which are the same in both halves) are read as they are
        return instructionParts == parts.Count ? PartName(name, part) : string.Join(", ", parts.Select(p => PartName(name, p)));
    }

    protected virtual string Declaration(IrType type, string name, string expression) => $"{TypeName(type)} {name} = {expression};";

    /// <summary>
    /// Whether a value (or each part of a split one) is spelled inside the expressions that read it rather than held in
    /// a local of its own. The operations stay the same; the compiler sees them as one tree, which lets it pick a
    /// combined form where a local would cost an instruction and a register.
    /// </summary>
    protected virtual bool WrittenAtUses(IrInstruction instruction) => false;

    /// <summary>Writes the function body: one local per instruction, then the return statement (a tuple for several results).</summary>
    public void WriteBody(CodeWriter writer, IrFunction function)
    {
        string[] results = WriteStatements(writer, function);
        writer.Line(results.Length == 1 ? $"return {results[0]};" : $"return ({string.Join(", ", results)});");
    }

    /// <summary>Writes one local per instruction (parameters are read from locals of their own names) and returns the results' names.</summary>
    public string[] WriteStatements(CodeWriter writer, IrFunction function) => WriteInterleaved(writer, function, new[] { string.Empty })[0];

    /// <summary>
    /// Writes independent copies of the body, one per suffix, interleaved instruction by instruction (parameters are
    /// read from locals named parameter + suffix). The JIT does not reorder vector code, so interleaving here is what
    /// lets the processor overlap the copies' long dependency chains. Constants of the body are written once; a rare
    /// path (<see cref="IrOp.SelectRarely"/>) is written per copy, as a block entered only when a lane needs it.
    /// Returns the results' names for each copy.
    /// </summary>
    public string[][] WriteInterleaved(CodeWriter writer, IrFunction function, IReadOnlyList<string> suffixes)
    {
        partsWrittenAtUses.Clear();
        int[] owners = IrRegions.Owners(function);
        var names = new string[suffixes.Count, function.Instructions.Count];
        var run = new List<int>();
        for (int i = 0; i < function.Instructions.Count; i++)
        {
            if (owners[i] != IrRegions.Body)
                continue;
            IrInstruction instruction = function.Instructions[i];
            if (IsShared(instruction.Op) || (instruction.Op != IrOp.SelectRarely && Parts(function, instruction).Count > 1))
            {
                run.Add(i);
                continue;
            }
            WriteRun(writer, function, owners, names, suffixes, run);
            for (int copy = 0; copy < suffixes.Count; copy++)
            {
                if (instruction.Op == IrOp.Parameter)
                    names[copy, i] = function.Parameters[(int)instruction.Immediate].Name + suffixes[copy];
                else
                    WriteInstruction(writer, function, owners, names, copy, suffixes[copy], i, outline: RareMethodPrefix is not null);
            }
        }
        WriteRun(writer, function, owners, names, suffixes, run);
        return Enumerable.Range(0, suffixes.Count).Select(copy => function.Results.Select(r => names[copy, r]).ToArray()).ToArray();
    }

    /// <summary>
    /// Writes a run of consecutive instructions that are constants or split into parts, and empties it: each copy, part
    /// by part (all of the lower half's instructions, then the upper half's). The halves are independent, so the
    /// processor still overlaps them, while only one half's values are live at a time: written instruction by
    /// instruction, the two halves of a long double computation in a float function needed twice the registers and
    /// spilled. Constants and scalar parameters are written once, in the first copy's first part.
    /// </summary>
    private void WriteRun(CodeWriter writer, IrFunction function, int[] owners, string[,] names, IReadOnlyList<string> suffixes, List<int> run)
    {
        IReadOnlyList<string> parts = run.Where(j => !IsShared(function.Instructions[j].Op))
            .Select(j => Parts(function, function.Instructions[j])).FirstOrDefault() ?? Whole;
        for (int copy = 0; copy < suffixes.Count; copy++)
            for (int p = 0; p < parts.Count; p++)
                foreach (int j in run)
                {
                    if (!IsShared(function.Instructions[j].Op))
                        WriteInstruction(writer, function, owners, names, copy, suffixes[copy], j, outline: false, onlyPart: parts[p]);
                    else if (copy > 0)
                        names[copy, j] = names[0, j];
                    else if (p == 0)
                        WriteInstruction(writer, function, owners, names, copy, suffixes[copy], j, outline: false);
                }
        run.Clear();
    }

    /// <summary>Values the same in every copy (constants, broadcast scalar parameters): written once, in the first copy.</summary>
    private static bool IsShared(IrOp op) => op is IrOp.Constant or IrOp.ScalarParameter;

    /// <summary>One instruction of one copy (only <paramref name="onlyPart"/> of a split value, when given).</summary>
    private void WriteInstruction(CodeWriter writer, IrFunction function, int[] owners, string[,] names, int copy, string suffix, int i, bool outline,
        string? onlyPart = null)
    {
        IrInstruction instruction = function.Instructions[i];
        names[copy, i] = "v" + i + suffix;
        if (instruction.Op == IrOp.SelectRarely)
        {
            WriteRarePath(writer, function, owners, names, copy, suffix, i, outline);
            return;
        }

        IReadOnlyList<string> parts = Parts(function, instruction);
        if (parts.Count == 1 && WrittenAtUses(instruction))
        {
            names[copy, i] = "(" + Expression(instruction, instruction.Operands.Select(o => Operand(function, o, names[copy, o], string.Empty, 1)).ToArray(), string.Empty) + ")";
            return;
        }
        foreach (string part in onlyPart is null ? parts : new[] { onlyPart })
        {
            // A scalar parameter's operand is the parameter itself: the one value every lane gets.
            string[] operands = instruction.Op == IrOp.ScalarParameter
                ? new[] { function.Parameters[(int)instruction.Immediate].Name }
                : instruction.Operands.Select(o => Operand(function, o, names[copy, o], part, parts.Count)).ToArray();
            if (WrittenAtUses(instruction))
                partsWrittenAtUses[names[copy, i] + part] = "(" + Expression(instruction, operands, part) + ")";
            else
                writer.Line(Declaration(instruction.Type, names[copy, i] + part, Expression(instruction, operands, part)));
        }
    }

    /// <summary>
    /// A SelectRarely, or the group on its mask that it leads: each takes its whenFalse value, replaced inside a block
    /// that runs only when some lane of the mask is set and first computes the instructions of the region (or calls its
    /// method). The other members of a group write nothing at their own positions.
    /// </summary>
    private void WriteRarePath(CodeWriter writer, IrFunction function, int[] owners, string[,] names, int copy, string suffix, int i, bool outline)
    {
        IrInstruction instruction = function.Instructions[i];
        int[] leaders = IrRegions.Leaders(function);
        if (leaders[i] != i)
            return;
        int[] members = IrRegions.Members(leaders, i);
        int mask = instruction.Operands[0];
        foreach (int m in members)
        {
            names[copy, m] = "v" + m + suffix;
            IrInstruction member = function.Instructions[m];
            IReadOnlyList<string> memberParts = Parts(function, member);
            int whenFalse = member.Operands[2];
            foreach (string part in memberParts)
                writer.Line(Declaration(member.Type, names[copy, m] + part, Operand(function, whenFalse, names[copy, whenFalse], part, memberParts.Count)));
        }
        if (RareExit is not null)
        {
            writer.Line($"if ({AnyLaneSet(function.Instructions[mask].Type, PartNames(function, mask, names[copy, mask]).ToArray())}) {RareExit}");
            return;
        }
        writer.Open($"if ({AnyLaneSet(function.Instructions[mask].Type, PartNames(function, mask, names[copy, mask]).ToArray())})");
        var rare = new string[members.Length];
        if (outline)
        {
            string call = $"{RareMethodPrefix}{i}({string.Join(", ", RareInputs(function, owners, i).SelectMany(j => PartNames(function, j, names[copy, j])))})";
            if (members.Length == 1 && Parts(function, function.Instructions[instruction.Operands[1]]).Count == 1)
                rare[0] = call;
            else
            {
                // Several values (a group's, or a split value's halves) come back as one tuple.
                for (int k = 0; k < members.Length; k++)
                    rare[k] = names[copy, i] + "Rare" + (members.Length == 1 ? string.Empty : k.ToString(System.Globalization.CultureInfo.InvariantCulture));
                writer.Line($"var ({string.Join(", ", members.SelectMany((m, k) => PartNames(function, function.Instructions[m].Operands[1], rare[k])))}) = {call};");
            }
        }
        else
        {
            for (int j = 0; j < i; j++)
                if (owners[j] == i)
                    WriteInstruction(writer, function, owners, names, copy, suffix, j, outline: false);
            for (int k = 0; k < members.Length; k++)
                rare[k] = names[copy, function.Instructions[members[k]].Operands[1]];
        }
        for (int k = 0; k < members.Length; k++)
        {
            IrInstruction member = function.Instructions[members[k]];
            IReadOnlyList<string> memberParts = Parts(function, member);
            string[] operandNames = { names[copy, mask], rare[k], names[copy, member.Operands[2]] };
            foreach (string part in memberParts)
            {
                string[] operands = member.Operands.Select((o, n) => Operand(function, o, operandNames[n], part, memberParts.Count)).ToArray();
                writer.Line($"{names[copy, members[k]] + part} = {RareValue(member with { Op = IrOp.Select }, operands, part)};");
            }
        }
        writer.Close();
    }

    /// <summary>
    /// The methods that rare paths call when <see cref="RareMethodPrefix"/> is set: one per region of the body (a
    /// SelectRarely, or a group on one mask), taking the body's values the region reads and returning its whenTrue
    /// values (a tuple when there are several, or halves of split values). Never inlined: they are cold.
    /// </summary>
    public void WriteRareMethods(CodeWriter writer, IrFunction function, string attributes)
    {
        int[] owners = IrRegions.Owners(function);
        int[] leaders = IrRegions.Leaders(function);
        for (int r = 0; r < function.Instructions.Count; r++)
        {
            IrInstruction select = function.Instructions[r];
            if (select.Op != IrOp.SelectRarely || owners[r] != IrRegions.Body || leaders[r] != r)
                continue;
            partsWrittenAtUses.Clear();
            int[] inputs = RareInputs(function, owners, r);
            var names = new string[1, function.Instructions.Count];
            foreach (int input in inputs)
                names[0, input] = "v" + input;
            int[] whenTrue = IrRegions.Members(leaders, r).Select(m => function.Instructions[m].Operands[1]).ToArray();
            string type = TypeName(function.Instructions[whenTrue[0]].Type);
            string[] returned = whenTrue.SelectMany(w => PartNames(function, w, "v" + w)).ToArray();
            string parameters = string.Join(", ", inputs.SelectMany(j => PartNames(function, j, "v" + j).Select(name => $"{TypeName(function.Instructions[j].Type)} {name}")));
            writer.Line();
            writer.Line(attributes);
            writer.Open($"private static {(returned.Length == 1 ? type : $"({string.Join(", ", returned.Select(_ => type))})")} {RareMethodPrefix}{r}({parameters})");
            foreach (int constant in RegionOperands(function, owners, r).Where(j => function.Instructions[j].Op == IrOp.Constant))
                WriteInstruction(writer, function, owners, names, 0, string.Empty, constant, outline: false);
            for (int j = 0; j < r; j++)
                if (owners[j] == r)
                    WriteInstruction(writer, function, owners, names, 0, string.Empty, j, outline: false);
            string[] values = whenTrue.SelectMany(w => PartNames(function, w, names[0, w])).ToArray();
            writer.Line(values.Length == 1 ? $"return {values[0]};" : $"return ({string.Join(", ", values)});");
            writer.Close();
        }
    }

    /// <summary>The values a rare path reads from outside its region, constants excluded (its method declares those).</summary>
    private static int[] RareInputs(IrFunction function, int[] owners, int region)
    {
        var inputs = RegionOperands(function, owners, region).Where(j => function.Instructions[j].Op != IrOp.Constant);
        foreach (int member in IrRegions.Members(IrRegions.Leaders(function), region))
        {
            int whenTrue = function.Instructions[member].Operands[1];
            if (!Inside(owners, whenTrue, region))
                inputs = inputs.Append(whenTrue);
        }
        return inputs.Distinct().OrderBy(j => j).ToArray();
    }

    /// <summary>Operands of the region's instructions (nested regions included) that lie outside it.</summary>
    private static IEnumerable<int> RegionOperands(IrFunction function, int[] owners, int region) =>
        Enumerable.Range(0, region)
            .Where(j => Inside(owners, j, region))
            .SelectMany(j => function.Instructions[j].Operands)
            .Where(o => !Inside(owners, o, region))
            .Distinct()
            .OrderBy(o => o);

    private static bool Inside(int[] owners, int instruction, int region)
    {
        for (int r = owners[instruction]; r != IrRegions.Body; r = owners[r])
            if (r == region)
                return true;
        return false;
    }

    /// <summary>A condition that holds when any lane of the mask (held in one variable per part) is set.</summary>
    protected abstract string AnyLaneSet(IrType maskType, IReadOnlyList<string> maskParts);

    /// <summary>
    /// The value of a rare path's Select inside its block; a one-lane back end knows the mask is set there and takes
    /// whenTrue.
    /// </summary>
    protected virtual string RareValue(IrInstruction select, IReadOnlyList<string> operands, string part) => Expression(select, operands, part);

    /// <summary>
    /// The entries of a lookup's table as sixteen literals, the last repeated past its end: what <see cref="IrOp.Lookup"/>
    /// reads at <c>index &amp; 15</c>.
    /// </summary>
    internal static string[] LookupEntries(IrInstruction lookup, System.Func<long, string> literal) =>
        Enumerable.Range(0, 16).Select(k => literal(lookup.Table[System.Math.Min(k, lookup.Table.Count - 1)])).ToArray();

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
