using System.Collections.Generic;
using System.Linq;
using HpcCore.Generators.Ir;
using HpcCore.Generators.Model;

namespace HpcCore.Generators.BackEnds;

/// <summary>
/// The vector back end's lookup tables as static readonly fields of the containing type, one per distinct table of a
/// function (a double table as its lower and upper eight entries), read by name at each lookup. Written as
/// <c>Vector512.Create</c> of sixteen literals at every use instead, a definition with many lookups (GELU's double
/// backward function, 66 of them) outgrew what the JIT inlines into one method: its ScaleB and lookup calls stayed
/// calls, and it ran 5× slower.
/// </summary>
internal static class LookupTables
{
    /// <summary>The part of a lookup that names its table: its type and entries, not its index.</summary>
    public static IrInstruction Key(IrInstruction lookup) => lookup with { Operands = EquatableArray<int>.Empty };

    /// <summary>The field of each distinct table, in order of first use: <c>{PublicName}{Single|Double}Table{n}</c>.</summary>
    public static IReadOnlyDictionary<IrInstruction, string> Fields(VectorizedFunction function)
    {
        var fields = new Dictionary<IrInstruction, string>();
        string prefix = function.PublicName + (function.Function.ElementType == IrType.F32 ? "Single" : "Double") + "Table";
        foreach (IrInstruction lookup in function.Function.Instructions.Where(i => i.Op == IrOp.Lookup))
            if (!fields.ContainsKey(Key(lookup)))
                fields[Key(lookup)] = prefix + fields.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return fields;
    }

    /// <summary>Declares the fields: sixteen entries each, the last repeated past the table's end.</summary>
    public static void Write(CodeWriter writer, VectorizedFunction function)
    {
        const string wide = "global::System.Runtime.Intrinsics.Vector512";
        foreach (KeyValuePair<IrInstruction, string> pair in Fields(function))
        {
            IrInstruction table = pair.Key;
            string field = pair.Value;
            string[] entries = LaneBackEnd.LookupEntries(table, bits => Literals.CSharp(table.Type, bits));
            string type = $"{wide}<{table.Type.CSharpKeyword()}>";
            writer.Line();
            if (table.Type.LaneBits() == 32)
                writer.Line($"private static readonly {type} {field} = {wide}.Create({string.Join(", ", entries)});");
            else
            {
                writer.Line($"private static readonly {type} {field}Lower = {wide}.Create({string.Join(", ", entries.Take(8))});");
                writer.Line($"private static readonly {type} {field}Upper = {wide}.Create({string.Join(", ", entries.Skip(8))});");
            }
        }
    }
}
