using System.Linq;
using HpcCore.Generators.Model;

namespace HpcCore.Generators.BackEnds;

/// <summary>
/// The span entry point of one function: validation before any write, then the widest accelerated vector
/// width whose vector fits in the input, a 4x unrolled main loop, and the last (possibly overlapping) vector
/// computed up front so the tail needs no scalar loop and in-place calls stay correct.
/// Spans shorter than one Vector128 go through the scalar overload, which gives bitwise identical results.
/// </summary>
internal static class SpanDriverEmitter
{
    private const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";

    public static void Emit(CodeWriter writer, VectorizedFunction function)
    {
        string t = function.ElementKeyword;
        string name = function.PublicName;
        string[] inputs = function.Function.ParameterNames.ToArray();
        string spanParameters = string.Join(", ", inputs.Select(p => $"global::System.ReadOnlySpan<{t}> {p}"));
        string refParameters = string.Join(", ", inputs.Select(p => $"ref {t} {p}Ref"));
        string refArguments = string.Join(", ", inputs.Select(p => $"ref {p}Ref"));

        writer.Open($"public static void {name}({spanParameters}, global::System.Span<{t}> destination)");
        foreach (string input in inputs)
            writer.Line($"global::HpcCore.Runtime.SpanValidation.ThrowIfInvalid({input}, destination, nameof({input}), {inputs[0]}.Length);");
        writer.Line($"int length = {inputs[0]}.Length;");
        foreach (string input in inputs)
            writer.Line($"ref {t} {input}Ref = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference({input});");
        writer.Line($"ref {t} destinationRef = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(destination);");
        foreach (int bits in new[] { 512, 256, 128 })
        {
            string vector = "global::System.Runtime.Intrinsics.Vector" + bits;
            writer.Open($"if ({vector}.IsHardwareAccelerated && length >= {vector}<{t}>.Count)");
            writer.Line($"Vector{bits}Loop({refArguments}, ref destinationRef, length);");
            writer.Line("return;");
            writer.Close();
        }
        writer.Line("for (int i = 0; i < length; i++)");
        writer.Line($"    {Unsafe}.Add(ref destinationRef, i) = {name}({string.Join(", ", inputs.Select(p => $"{Unsafe}.Add(ref {p}Ref, i)"))});");

        foreach (int bits in new[] { 512, 256, 128 })
        {
            string vector = "global::System.Runtime.Intrinsics.Vector" + bits;
            string vectorType = $"{vector}<{t}>";
            string Load(string offset) => $"{name}({string.Join(", ", inputs.Select(p => $"{vector}.LoadUnsafe(ref {p}Ref, (nuint)({offset}))"))})";

            writer.Line();
            writer.Open($"static void Vector{bits}Loop({refParameters}, ref {t} destinationRef, int length)");
            writer.Line($"int count = {vectorType}.Count;");
            writer.Line($"{vectorType} last = {Load("length - count")};");
            writer.Line("int i = 0;");
            writer.Open("for (; i <= length - 4 * count; i += 4 * count)");
            for (int k = 0; k < 4; k++)
                writer.Line($"{vectorType} result{k} = {Load(k == 0 ? "i" : $"i + {k} * count")};");
            for (int k = 0; k < 4; k++)
                writer.Line($"{vector}.StoreUnsafe(result{k}, ref destinationRef, (nuint)({(k == 0 ? "i" : $"i + {k} * count")}));");
            writer.Close();
            writer.Line("for (; i <= length - count; i += count)");
            writer.Line($"    {vector}.StoreUnsafe({Load("i")}, ref destinationRef, (nuint)i);");
            writer.Line($"{vector}.StoreUnsafe(last, ref destinationRef, (nuint)(length - count));");
            writer.Close();
        }
        writer.Close();
    }
}
