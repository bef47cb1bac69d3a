using System.Linq;
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
        if (ir.Instructions.Any(i => i.Type == IrType.F64)) // a double function, or a float one computing in double
            writer.Line("#pragma OPENCL EXTENSION cl_khr_fp64 : enable");

        // The kernel takes one buffer per lane parameter, the destination buffer(s), the scalar parameters, the length.
        var parameters = string.Join(", ", ir.Parameters.Select(p => $"{type} {p.Name}"));
        var bufferParameters = string.Join(", ", ir.LaneParameterNames.Select(p => $"__global const {type}* {p}"));
        var scalarParameters = string.Concat(ir.ScalarParameterNames.Select(p => $"const {type} {p}, "));
        var arguments = string.Join(", ", ir.Parameters.Select(p => p.IsScalar ? p.Name : $"{p.Name}[i]"));
        if (!ir.IsTuple)
        {
            writer.Open($"{type} {function.OpenClName}({parameters})");
            OpenClBackEnd.Instance.WriteBody(writer, ir);
            writer.Close();
            writer.Line();
            writer.Open($"__kernel void {function.OpenClName}_kernel({bufferParameters}, __global {type}* destination, {scalarParameters}const uint length)");
            writer.Line("size_t i = get_global_id(0);");
            writer.Line("if (i < length)");
            writer.Line($"    destination[i] = {function.OpenClName}({arguments});");
            writer.Close();
            return writer.ToString();
        }

        // OpenCL C has no tuples: the results go out through pointers, and the kernel writes one buffer per result.
        string[] destinations = SpanDriverEmitter.Destinations(function);
        writer.Open($"void {function.OpenClName}({parameters}, {string.Join(", ", ir.ResultNames.Select(n => $"{type}* {n}"))})");
        string[] results = OpenClBackEnd.Instance.WriteStatements(writer, ir);
        for (int r = 0; r < results.Length; r++)
            writer.Line($"*{ir.ResultNames[r]} = {results[r]};");
        writer.Close();
        writer.Line();
        writer.Open($"__kernel void {function.OpenClName}_kernel({bufferParameters}, {string.Join(", ", destinations.Select(d => $"__global {type}* {d}"))}, {scalarParameters}const uint length)");
        writer.Line("size_t i = get_global_id(0);");
        writer.Open("if (i < length)");
        writer.Line($"{type} {string.Join(", ", ir.ResultNames.Select(n => "result" + n))};");
        writer.Line($"{function.OpenClName}({arguments}, {string.Join(", ", ir.ResultNames.Select(n => "&result" + n))});");
        for (int r = 0; r < destinations.Length; r++)
            writer.Line($"{destinations[r]}[i] = result{ir.ResultNames[r]};");
        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
