using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HpcCore.Generators.Model;

namespace HpcCore.Generators.Ir;

/// <summary>
/// The IR of a one-result function as text, carried in <c>[LaneIr]</c> on its scalar overload so that definitions in
/// other assemblies can inline it. Format: a version, the element type, the parameter kinds (l lane, s scalar), the
/// result, then one instruction per item: op, type, immediate, operands, and a lookup's table after a bar. Written and read by the same generator version
/// (the package ships the library and its generator together); another version's text is refused, not guessed at.
/// </summary>
internal static class IrText
{
    private const string Version = "hpcir3";

    public static string Write(IrFunction function)
    {
        var items = new List<string>
        {
            Version,
            function.ElementType.ToString(),
            string.Concat(function.Parameters.Select(p => p.IsScalar ? 's' : 'l')),
            function.Result.ToString(CultureInfo.InvariantCulture),
        };
        items.AddRange(function.Instructions.Select(i =>
            $"{(int)i.Op} {(int)i.Type} {i.Immediate.ToString(CultureInfo.InvariantCulture)}{Numbers(i.Operands.Select(o => (long)o))}"
            + (i.Table.Count > 0 ? " |" + Numbers(i.Table) : string.Empty)));
        return string.Join(";", items);
    }

    private static string Numbers(IEnumerable<long> values) => string.Concat(values.Select(v => " " + v.ToString(CultureInfo.InvariantCulture)));

    private static long[] Numbers(string text) =>
        text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>A function read back: its element type, parameter count, instructions and result; null if the text is not this version's.</summary>
    public sealed record Function(IrType ElementType, int ParameterCount, IReadOnlyList<IrInstruction> Instructions, int Result);

    public static Function? Read(string text)
    {
        string[] items = text.Split(';');
        if (items.Length < 5 || items[0] != Version || !Enum.TryParse(items[1], out IrType elementType))
            return null;
        var instructions = new List<IrInstruction>();
        foreach (string item in items.Skip(4))
        {
            string[] sections = item.Split('|');
            long[] fields = Numbers(sections[0]);
            instructions.Add(new IrInstruction((IrOp)fields[0], (IrType)fields[1],
                fields.Skip(3).Select(f => (int)f).ToArray().ToEquatableArray(), fields[2],
                sections.Length > 1 ? Numbers(sections[1]).ToEquatableArray() : default));
        }
        return new Function(elementType, items[2].Length, instructions, int.Parse(items[3], CultureInfo.InvariantCulture));
    }
}
