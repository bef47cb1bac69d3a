using System.Collections.Generic;
using HpcCore.Generators.Ir;
using Microsoft.CodeAnalysis;

namespace HpcCore.Generators.FrontEnd;

/// <summary>
/// The operations of <c>HpcCore.Lane</c> (and the bit casts of <c>System.BitConverter</c>) that the dialect
/// accepts as calls, by method name. The lane type of the result comes from the method's return type.
/// </summary>
internal static class LaneCalls
{
    public const string LaneTypeName = "HpcCore.Lane";

    private static readonly Dictionary<string, IrOp> laneOperations = new()
    {
        ["Fma"] = IrOp.FusedMultiplyAdd,
        ["Sqrt"] = IrOp.Sqrt,
        ["Abs"] = IrOp.Abs,
        ["CopySign"] = IrOp.CopySign,
        ["RoundToEven"] = IrOp.RoundToEven,
        ["Floor"] = IrOp.Floor,
        ["Ceiling"] = IrOp.Ceiling,
        ["Truncate"] = IrOp.Truncate,
        ["ScaleB"] = IrOp.ScaleB,
        ["Select"] = IrOp.Select,
        ["SelectRarely"] = IrOp.SelectRarely,
        ["IsNaN"] = IrOp.IsNaN,
        ["Lookup"] = IrOp.Lookup,
        ["AsInt32"] = IrOp.BitCast,
        ["AsInt64"] = IrOp.BitCast,
        ["AsSingle"] = IrOp.BitCast,
        ["AsDouble"] = IrOp.BitCast,
        ["ToInt32Truncate"] = IrOp.ConvertToInteger,
        ["ToInt64Truncate"] = IrOp.ConvertToInteger,
        ["ToSingle"] = IrOp.ConvertToFloat,
        ["ToDouble"] = IrOp.ConvertToFloat,
    };

    private static readonly HashSet<string> bitConverterCasts = new()
    {
        "Int32BitsToSingle", "SingleToInt32Bits", "Int64BitsToDouble", "DoubleToInt64Bits",
    };

    /// <summary>
    /// The operation of a Lane method. ToDouble and ToSingle convert integers, or widen a float and narrow a double:
    /// which one, the parameter's type says.
    /// </summary>
    public static bool TryGetLaneOperation(IMethodSymbol method, out IrOp op)
    {
        if (!laneOperations.TryGetValue(method.Name, out op))
            return false;
        if (op == IrOp.ConvertToFloat && method.Parameters[0].Type.SpecialType is SpecialType.System_Single or SpecialType.System_Double)
            op = method.Name == "ToDouble" ? IrOp.Widen : IrOp.Narrow;
        return true;
    }

    public static bool IsBitConverterCast(string containingType, string name) =>
        containingType == "System.BitConverter" && bitConverterCasts.Contains(name);
}
