using HpcCore.Generators.Ir;
using HpcCore.Generators.Model;

namespace HpcCore.Generators.BackEnds;

/// <summary>
/// The OpenCL C program text of one function: the lane function and an elementwise kernel over buffers.
/// Self-contained, so a program may hold any subset of the catalog.
/// </summary>
internal static class OpenClSourceEmitter
{
    public static string Emit(VectorizedFunction function)
    {
        IrFunction ir = function.Function;
        string type = ir.ElementType == IrType.F32 ? "float" : "double";
        var writer = new CodeWriter();
        writer.Line($"// {function.OpenClName}: HpcCore {function.PublicName}({type}), generated from the same IR as the C# back ends.");
        // No contraction: a multiply and an add must stay two roundings, as in the C# code.
        writer.Line("#pragma OPENCL FP_CONTRACT OFF");
        if (System.Linq.Enumerable.Any(ir.Instructions, i => i.Type == IrType.F64)) // a double function, or a float one computing in double
            writer.Line("#pragma OPENCL EXTENSION cl_khr_fp64 : enable");

        var parameters = string.Join(", ", System.Linq.Enumerable.Select(ir.ParameterNames, p => $"{type} {p}"));
        writer.Open($"{type} {function.OpenClName}({parameters})");
        OpenClBackEnd.Instance.WriteBody(writer, ir);
        writer.Close();
        writer.Line();

        var bufferParameters = string.Join(", ", System.Linq.Enumerable.Select(ir.ParameterNames, p => $"__global const {type}* {p}"));
        var arguments = string.Join(", ", System.Linq.Enumerable.Select(ir.ParameterNames, p => $"{p}[i]"));
        writer.Open($"__kernel void {function.OpenClName}_kernel({bufferParameters}, __global {type}* destination, const uint length)");
        writer.Line("size_t i = get_global_id(0);");
        writer.Line("if (i < length)");
        writer.Line($"    destination[i] = {function.OpenClName}({arguments});");
        writer.Close();
        return writer.ToString();
    }
}
