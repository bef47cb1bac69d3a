using System.Linq;
using HpcCore.Generators.Ir;
using HpcCore.Generators.Model;

namespace HpcCore.Generators.BackEnds;

/// <summary>
/// The span entry point of one function: validation before any write, then the widest accelerated vector width
/// whose vector fits in the input, a loop over whole vectors, and the last (possibly overlapping) vector computed
/// up front so the tail needs no scalar loop and in-place calls stay correct. Spans shorter than one Vector128 go
/// through the scalar overload, which gives bitwise identical results.
/// The function body is written into the loop rather than called: the JIT does not reliably inline a large
/// vector method, and a call passes Vector512 values through the stack (slow, and sensitive to its alignment).
/// The last vector and the remainder are written out too, except for bodies too large for the registers even once
/// (<see cref="CallOverloadAbove"/>): their copies beside the loop share the loop's constants, which the JIT then
/// keeps in registers across the loop instead of reading each at its one use as a broadcast memory operand.
/// The main loop computes up to four vectors interleaved instruction by instruction, so their dependency chains
/// overlap, as many as fit in registers (<see cref="Ir.RegisterPressure"/>). A function with rare paths gets a main
/// loop without them (<see cref="LaneBackEnd.RareExit"/>): their calls would make the JIT spill every value live across
/// them on every iteration. A step that needs one goes, with the next few, through a loop with the rare paths in a
/// method of its own.
/// </summary>
internal static class SpanDriverEmitter
{
    private const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";

    /// <summary>Locals a loop method may hold before the JIT gives up optimizing it (its MinOpts limit is 2000, temps included).</summary>
    private const int MaxLoopLocals = 1600;

    /// <summary>
    /// Live values plus constants above which a one-copy body's last vector and remainder call the vector overload.
    /// Written out beside the loop, they let the JIT's CSE share every constant with the loop: each became a register
    /// held across it, and the rest spilled, stored and reloaded every iteration (Erf(float), 64: 35 stack operands in a
    /// loop of 127 instructions; 1.32 against 3.68 ns after the change in a full report on the AMD EPYC, GeluBackward(double)
    /// 8.5 against 26.7, Gelu, Erfc, Softplus(double) 1.5–1.7× faster). Bodies of 30–38 that fit lost 5–30 % with
    /// the call (their constants are better in registers), 40–43 were level, so the limit is 40.
    /// </summary>
    private const int CallOverloadAbove = 40;

    /// <summary>
    /// Loops are compiled fully optimized at once. Under tiered compilation a loop first runs as on-stack-replacement
    /// code that keeps vector locals in the unoptimized frame, several times slower, for a number of calls that
    /// depends on what else the process is compiling: the process-to-process flips measured on TensorPrimitives.
    /// </summary>
    private const string Optimized = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]";

    /// <summary>
    /// Steps the loop with rare paths takes once the common loop meets one, before the common loop is tried again:
    /// input where most steps need a rare path then costs about one step in this many more than that loop alone, and
    /// an isolated rare lane leaves the common loop for no more than this many steps.
    /// </summary>
    private const int RareSteps = 16;

    /// <summary>The destination parameters: "destination", or one per result of a tuple ("sinDestination", "cosDestination").</summary>
    public static string[] Destinations(VectorizedFunction function) =>
        function.Function.IsTuple
            ? function.Function.ResultNames.Select(n => char.ToLowerInvariant(n[0]) + n.Substring(1) + "Destination").ToArray()
            : new[] { "destination" };

    /// <summary>
    /// When scalar parameters have defaults, the span overload without them (C# puts defaults last, and the
    /// destinations come last in a span overload, so the defaults cannot be written on it).
    /// </summary>
    public static void EmitWithoutDefaults(CodeWriter writer, VectorizedFunction function)
    {
        string t = function.ElementKeyword;
        var kept = function.Function.Parameters.Where(p => p.DefaultBits is null).ToArray();
        string[] destinations = Destinations(function);
        string parameters = string.Join(", ", kept
            .Select(p => p.IsScalar ? $"{t} {p.Name}" : $"global::System.ReadOnlySpan<{t}> {p.Name}")
            .Concat(destinations.Select(d => $"global::System.Span<{t}> {d}")));
        string arguments = string.Join(", ", function.Function.Parameters
            .Select(p => p.DefaultBits is { } bits ? Literals.CSharp(function.Function.ElementType, bits) : p.Name)
            .Concat(destinations));
        writer.Line($"public static void {function.PublicName}({parameters}) => {function.PublicName}({arguments});");
    }

    public static void Emit(CodeWriter writer, VectorizedFunction function)
    {
        string t = function.ElementKeyword;
        string name = function.PublicName;
        string[] inputs = function.Function.LaneParameterNames;
        string[] scalars = function.Function.ScalarParameterNames;
        string[] destinations = Destinations(function);
        // Parameters in the definition's order (lanes as spans, scalars as values), then the destinations.
        string spanParameters = string.Join(", ", function.Function.Parameters
            .Select(p => p.IsScalar ? $"{t} {p.Name}" : $"global::System.ReadOnlySpan<{t}> {p.Name}")
            .Concat(destinations.Select(d => $"global::System.Span<{t}> {d}")));
        string refParameters = string.Join(", ", inputs.Concat(destinations).Select(p => $"ref {t} {p}Ref").Concat(scalars.Select(s => $"{t} {s}")));
        string refArguments = string.Join(", ", inputs.Concat(destinations).Select(p => $"ref {p}Ref").Concat(scalars));
        // Independent vectors computed together in the main loop: enough to overlap latency, few enough to stay in registers.
        int interleave = Ir.RegisterPressure.InterleaveFor(function.Function);
        // The JIT compiles a method with more than about 2000 locals without optimizations (several times slower): a large
        // body is written into the main loop only, and the last vector and the remainder call the vector overload; so
        // is one too large for the registers (CallOverloadAbove).
        bool bodyOnce = (interleave + 2) * Ir.RegisterPressure.Locals(function.Function) > MaxLoopLocals
            || (interleave == 1 && Ir.RegisterPressure.MaxLiveValues(function.Function) + Ir.RegisterPressure.Constants(function.Function) > CallOverloadAbove);
        bool hasRarePaths = function.Function.Instructions.Any(i => i.Op == Ir.IrOp.SelectRarely);
        string vectorCall(string suffix) => $"{name}({string.Join(", ", function.Function.Parameters.Select(p => p.IsScalar ? p.Name : p.Name + suffix))})";

        writer.Open($"public static void {name}({spanParameters})");
        foreach (string input in inputs)
            foreach (string destination in destinations)
                writer.Line(destinations.Length == 1
                    ? $"global::HpcCore.Runtime.SpanValidation.ThrowIfInvalid({input}, destination, nameof({input}), {inputs[0]}.Length);"
                    : $"global::HpcCore.Runtime.SpanValidation.ThrowIfInvalid({input}, {destination}, nameof({input}), nameof({destination}), {inputs[0]}.Length);");
        for (int a = 0; a < destinations.Length; a++)
            for (int b = a + 1; b < destinations.Length; b++)
                writer.Line($"global::HpcCore.Runtime.SpanValidation.ThrowIfOverlapping({destinations[a]}, {destinations[b]}, nameof({destinations[a]}), nameof({destinations[b]}), {inputs[0]}.Length);");
        writer.Line($"int length = {inputs[0]}.Length;");
        foreach (string span in inputs.Concat(destinations))
            writer.Line($"ref {t} {span}Ref = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference({span});");
        // The loops are compiled at full optimization on their first call, and the JIT takes a static readonly table as
        // a constant only once its class is initialized: touching one first spares every lookup a load and a copy.
        foreach (var table in LookupTables.Fields(function).Take(1))
            writer.Line($"_ = {table.Value}{(table.Key.Type.LaneBits() == 32 ? "" : "Lower")};");
        foreach (int bits in new[] { 512, 256, 128 })
        {
            string vector = "global::System.Runtime.Intrinsics.Vector" + bits;
            writer.Open($"if ({vector}.IsHardwareAccelerated && length >= {vector}<{t}>.Count)");
            writer.Line($"Vector{bits}Loop({refArguments}, length);");
            writer.Line("return;");
            writer.Close();
        }
        string scalarCall = $"{name}({string.Join(", ", function.Function.Parameters.Select(p => p.IsScalar ? p.Name : $"{Unsafe}.Add(ref {p.Name}Ref, i)"))})";
        if (destinations.Length == 1)
        {
            writer.Line("for (int i = 0; i < length; i++)");
            writer.Line($"    {Unsafe}.Add(ref destinationRef, i) = {scalarCall};");
        }
        else
        {
            writer.Open("for (int i = 0; i < length; i++)");
            writer.Line($"var results = {scalarCall};"); // every result computed before any store: a destination may be the input
            for (int r = 0; r < destinations.Length; r++)
                writer.Line($"{Unsafe}.Add(ref {destinations[r]}Ref, i) = results.Item{r + 1};");
            writer.Close();
        }

        foreach (int bits in new[] { 512, 256, 128 })
        {
            var backEnd = CSharpVectorBackEnd.For(function, bits);
            string vector = "global::System.Runtime.Intrinsics.Vector" + bits;
            string vectorType = backEnd.TypeName(function.Function.ElementType);
            string[] Stores(string[] values, string at) =>
                values.Select((v, r) => $"{vector}.StoreUnsafe({v}, ref {destinations[r]}Ref, (nuint){(at.Contains(" ") ? $"({at})" : at)});").ToArray();

            writer.Line();
            writer.Line(Optimized);
            writer.Open($"static void Vector{bits}Loop({refParameters}, int length)");
            writer.Line($"int count = {vectorType}.Count;");
            string[] last = destinations.Length == 1 ? new[] { "last" } : destinations.Select((_, r) => "last" + r).ToArray();
            writer.Line($"{vectorType} {string.Join(", ", last)};");
            writer.Open(string.Empty);
            foreach (string input in inputs)
                writer.Line($"{vectorType} {input} = {vector}.LoadUnsafe(ref {input}Ref, (nuint)(length - count));");
            if (bodyOnce)
                writer.Line(last.Length == 1 ? $"last = {vectorCall(string.Empty)};" : $"({string.Join(", ", last)}) = {vectorCall(string.Empty)};");
            else
            {
                string[] lastValues = backEnd.WriteStatements(writer, function.Function);
                for (int r = 0; r < last.Length; r++)
                    writer.Line($"{last[r]} = {lastValues[r]};");
            }
            writer.Close();
            writer.Line($"// {interleave} vector(s) per step: {Ir.RegisterPressure.MaxLiveValues(function.Function)} live values each, {Ir.RegisterPressure.Constants(function.Function)} constants.");
            writer.Line("int i = 0;");
            string step = $"{interleave} * count";
            void WriteSteps(LaneBackEnd body, string limit)
            {
                writer.Open($"for (; i <= {limit}; i += {step})");
                string[] suffixes = Enumerable.Range(0, interleave).Select(c => "_" + c).ToArray();
                for (int c = 0; c < interleave; c++)
                    foreach (string input in inputs)
                        writer.Line($"{vectorType} {input}{suffixes[c]} = {vector}.LoadUnsafe(ref {input}Ref, (nuint)(i + {c} * count));");
                string[][] results = body.WriteInterleaved(writer, function.Function, suffixes);
                for (int c = 0; c < interleave; c++)
                    foreach (string store in Stores(results[c], $"i + {c} * count"))
                        writer.Line(store);
                writer.Close();
            }
            if (hasRarePaths)
            {
                // The common loop leaves (break) at the first step with a lane that needs a rare path; that step and
                // up to RareSteps − 1 more go through the loop with the rare paths, then the common loop resumes.
                writer.Open("while (true)");
                WriteSteps(CSharpVectorBackEnd.ForCommonLoop(function, bits), $"length - {step}");
                writer.Line($"if (i > length - {step})");
                writer.Line("    break;");
                writer.Line($"i = StepsWithRarePaths({refArguments}, i, i + global::System.Math.Min(length - {step} - i, {RareSteps - 1} * {step}));");
                writer.Close();
            }
            else
                WriteSteps(backEnd, $"length - {step}");
            writer.Open("for (; i <= length - count; i += count)");
            foreach (string input in inputs)
                writer.Line($"{vectorType} {input} = {vector}.LoadUnsafe(ref {input}Ref, (nuint)i);");
            string[] remainder;
            if (bodyOnce)
            {
                remainder = destinations.Select((_, r) => "remainder" + r).ToArray();
                writer.Line(remainder.Length == 1 ? $"var {remainder[0]} = {vectorCall(string.Empty)};" : $"var ({string.Join(", ", remainder)}) = {vectorCall(string.Empty)};");
            }
            else
                remainder = backEnd.WriteStatements(writer, function.Function);
            foreach (string store in Stores(remainder, "i"))
                writer.Line(store);
            writer.Close();
            foreach (string store in Stores(last, "length - count"))
                writer.Line(store);
            if (hasRarePaths)
            {
                // The steps from i through last with the rare paths; returns where the common loop resumes. A method of
                // its own: a second copy of the body in the loop method would take it past the locals the JIT keeps in
                // registers.
                writer.Line();
                writer.Line(Optimized);
                writer.Open($"static int StepsWithRarePaths({refParameters}, int i, int last)");
                writer.Line($"int count = {vectorType}.Count;");
                WriteSteps(backEnd, "last");
                writer.Line("return i;");
                writer.Close();
            }
            writer.Close();
        }
        writer.Close();
    }
}
