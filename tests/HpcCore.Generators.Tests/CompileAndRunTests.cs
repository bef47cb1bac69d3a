using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

namespace HpcCore.Generators.Tests;

/// <summary>
/// Generated code compiled and run, for definitions outside HpcCore: a two-argument function (the span driver with
/// several inputs, which HpcCore's own one-argument functions do not exercise) checked on every form and length.
/// </summary>
public class CompileAndRunTests
{
    private const string Source = """
        using static HpcCore.Lane;

        namespace Sample;

        public static partial class Blend
        {
            /// <summary>a·t + b·(1 − t) with t = 0.25, one rounding in the last step.</summary>
            [HpcCore.Vectorize("Mix", MaxUlp = 1.0)]
            private static float MixSingle(float a, float b) => Fma(a, 0.25f, b * 0.75f);
        }
        """;

    private delegate void SpanUnary(ReadOnlySpan<float> x, Span<float> destination);

    private delegate void SpanMix(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> destination);

    [Fact]
    public void Two_argument_function_runs_on_every_form_with_the_same_bits()
    {
        Type blend = CompileAndLoad(Source).GetType("Sample.Blend")!;
        var scalar = blend.GetMethod("Mix", [typeof(float), typeof(float)])!.CreateDelegate<Func<float, float, float>>();
        var span = blend.GetMethod("Mix", [typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(Span<float>)])!.CreateDelegate<SpanMix>();

        var random = new Random(3);
        foreach (int length in Enumerable.Range(0, 70).Append(1001))
        {
            float[] a = Enumerable.Range(0, length).Select(_ => (float)random.NextDouble() * 100 - 50).ToArray();
            float[] b = Enumerable.Range(0, length).Select(_ => (float)random.NextDouble() * 100 - 50).ToArray();
            float[] expected = a.Zip(b, (x, y) => MathF.FusedMultiplyAdd(x, 0.25f, y * 0.75f)).ToArray();

            float[] destination = new float[length];
            span(a, b, destination);
            Assert.Equal(expected, destination);
            Assert.Equal(expected, a.Zip(b, scalar).ToArray());

            span(a, b, b); // in place on the second input
            Assert.Equal(expected, b);
        }

        Assert.Throws<ArgumentException>("b", () => span(new float[8], new float[7], new float[8]));
        Assert.Throws<ArgumentException>("destination", () => span(new float[8], new float[8], new float[7]));
    }

    /// <summary>A float polynomial of the given degree in Horner form, a constant per coefficient (degree 43: 44, more than the registers hold beside its values).</summary>
    private static string PolynomialSource(int degree) => $$"""
        using static HpcCore.Lane;

        namespace Sample;

        public static partial class Polynomial
        {
            /// <summary>Σ x^k/(k + 2) for k ≤ {{degree}}, in Horner form.</summary>
            [HpcCore.Vectorize("Horner", MaxUlp = 1.0)]
            private static float HornerSingle(float x)
            {
                float p = {{Coefficient(degree)}};
        {{string.Concat(Enumerable.Range(0, degree).Reverse().Select(k => $"        p = Fma(p, x, {Coefficient(k)});\n"))}}
                return p;
            }
        }
        """;

    private static string Coefficient(int k) => (1.0f / (k + 2)).ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "f";

    [Fact]
    public void A_body_too_large_for_the_registers_computes_its_last_vector_through_the_vector_overload_with_the_same_bits()
    {
        // Written out beside the loop, the last vector shares the loop's constants (the JIT's CSE) and the JIT keeps
        // them all in registers across the loop, spilling what does not fit; a small body keeps the written-out copy.
        string Driver(int degree) => string.Concat(GeneratorHarness.Run(PolynomialSource(degree)).Run.GeneratedTrees
            .Where(tree => tree.FilePath.Contains("Horner")).Select(tree => tree.ToString()));
        Assert.Contains("last = Horner(x);", Driver(43));
        Assert.DoesNotContain("last = Horner(x);", Driver(3));

        Type polynomial = CompileAndLoad(PolynomialSource(43)).GetType("Sample.Polynomial")!;
        var span = polynomial.GetMethod("Horner", [typeof(ReadOnlySpan<float>), typeof(Span<float>)])!.CreateDelegate<SpanUnary>();
        var scalar = polynomial.GetMethod("Horner", [typeof(float)])!.CreateDelegate<Func<float, float>>();
        static float Expected(float x)
        {
            float p = 1.0f / 45;
            for (int k = 42; k >= 0; k--)
                p = MathF.FusedMultiplyAdd(p, x, 1.0f / (k + 2));
            return p;
        }

        var random = new Random(11);
        foreach (int length in Enumerable.Range(0, 70).Append(1001))
        {
            float[] input = [.. Enumerable.Range(0, length).Select(_ => (float)random.NextDouble() * 1.8f - 0.9f)];
            float[] expected = [.. input.Select(Expected)];
            float[] destination = new float[length];
            span(input, destination);
            Assert.Equal(expected, destination);
            Assert.Equal(expected, input.Select(scalar));
            span(input, input); // in place
            Assert.Equal(expected, input);
        }
    }

    private const string HelperSource = """
        using static HpcCore.Lane;

        namespace Sample;

        public static partial class Scaling
        {
            /// <summary>x·2^n, a helper with mixed lane types that is only inlined.</summary>
            [HpcCore.LaneHelper]
            private static float TimesPowerOfTwo(float x, int n) => ScaleB(x, n);

            /// <summary>x·8 + 1 through the helper.</summary>
            [HpcCore.Vectorize("EightXPlusOne", MaxUlp = 0.5)]
            private static float EightXPlusOneSingle(float x) => TimesPowerOfTwo(x, 3) + 1.0f;
        }
        """;

    [Fact]
    public void Lane_helpers_are_inlined_and_get_no_public_overloads()
    {
        Type scaling = CompileAndLoad(HelperSource).GetType("Sample.Scaling")!;
        var scalar = scaling.GetMethod("EightXPlusOne", [typeof(float)])!.CreateDelegate<Func<float, float>>();
        var span = scaling.GetMethod("EightXPlusOne", [typeof(ReadOnlySpan<float>), typeof(Span<float>)])!.CreateDelegate<SpanUnary>();
        float[] input = [.. Enumerable.Range(-40, 81).Select(i => i * 0.37f)];
        float[] destination = new float[input.Length];
        span(input, destination);

        Assert.Equal(input.Select(x => x * 8 + 1), destination);
        Assert.Equal(input.Select(x => x * 8 + 1), input.Select(scalar));
        Assert.DoesNotContain(scaling.GetMethods(BindingFlags.Public | BindingFlags.Static), m => m.Name.Contains("TimesPowerOfTwo"));
    }

    [Fact]
    public void Rare_paths_give_the_bits_of_select_on_every_form_whichever_lanes_take_them()
    {
        Type rare = CompileAndLoad(SampleSources.RarePath).GetType("Sample.Rare")!;
        var scalar = rare.GetMethod("Nested", [typeof(float)])!.CreateDelegate<Func<float, float>>();
        var span = rare.GetMethod("Nested", [typeof(ReadOnlySpan<float>), typeof(Span<float>)])!.CreateDelegate<SpanUnary>();
        static float Expected(float x) =>
            MathF.Abs(x) > 100 ? (MathF.Abs(x) > 1e6f ? (x + x) + 1 / x : (x + x) + MathF.Sqrt(MathF.Abs(x))) : x + x;

        // The span loops leave the common loop at a rare lane and resume it some steps later: long spans with few rare
        // lanes go both ways many times.
        var random = new Random(5);
        foreach (double rareShare in new[] { 0.0, 0.001, 0.01, 0.5, 1.0 })
            foreach (int length in new[] { 1, 7, 16, 17, 64, 1001, 20011 })
            {
                float[] input = [.. Enumerable.Range(0, length).Select(_ => (float)((random.NextDouble() < rareShare ? 1e7 : 50) * (random.NextDouble() - 0.5)))];
                float[] destination = new float[length];
                span(input, destination);
                Assert.Equal(input.Select(Expected), destination);
                Assert.Equal(input.Select(Expected), input.Select(scalar));
            }
    }

    [Fact]
    public void A_float_function_computing_in_double_gives_the_same_bits_on_every_form()
    {
        // The halves of a 64-bit comparison are written where they are read, never held as vectors of all-ones lanes
        // (held so, float GeluTanh ran 1.9× slower on an Intel Xeon).
        var (run, errors) = GeneratorHarness.Run(SampleSources.Widening);
        Assert.Empty(errors);
        string code = run.GeneratedTrees.Single(t => t.FilePath.EndsWith("SquarePlusThird.float.g.cs", StringComparison.Ordinal)).GetText().ToString();
        Assert.DoesNotMatch(@"Vector\d+<long> v\d+(Lower|Upper) =", code);
        Assert.Contains("ConditionalSelect(global::System.Runtime.Intrinsics.Vector512.AsDouble((global::System.Runtime.Intrinsics.Vector512.AsInt64(global::System.Runtime.Intrinsics.Vector512.IsNaN(v1Lower))))", code);

        Type wide = CompileAndLoad(SampleSources.Widening).GetType("Sample.Wide")!;
        var scalar = wide.GetMethod("SquarePlusThird", [typeof(float)])!.CreateDelegate<Func<float, float>>();
        var span = wide.GetMethod("SquarePlusThird", [typeof(ReadOnlySpan<float>), typeof(Span<float>)])!.CreateDelegate<SpanUnary>();
        var vector128 = wide.GetMethod("SquarePlusThird", [typeof(Vector128<float>)])!.CreateDelegate<Func<Vector128<float>, Vector128<float>>>();
        var vector256 = wide.GetMethod("SquarePlusThird", [typeof(Vector256<float>)])!.CreateDelegate<Func<Vector256<float>, Vector256<float>>>();
        static float Expected(float x)
        {
            double d = x, y = Math.FusedMultiplyAdd(d, d, 1.0 / 3.0);
            return double.IsNaN(d) ? 0f : (float)(Math.Abs(d) > 1e4 ? Math.Sqrt(Math.Abs(d)) + y : y);
        }

        var random = new Random(6);
        foreach (double rareShare in new[] { 0.0, 0.1, 1.0 })
            foreach (int length in new[] { 1, 5, 16, 17, 100 })
            {
                float[] input = [.. Enumerable.Range(0, length).Select(_ => random.NextDouble() < 0.05 ? float.NaN
                    : (float)((random.NextDouble() < rareShare ? 1e6 : 100) * (random.NextDouble() - 0.5)))];
                float[] destination = new float[length];
                span(input, destination);
                Assert.Equal(input.Select(Expected), destination);
                Assert.Equal(input.Select(Expected), input.Select(scalar));
                for (int i = 0; i + 8 <= length; i += 8)
                {
                    Assert.Equal(input.Skip(i).Take(4).Select(Expected), Lanes(vector128(Vector128.Create(input, i))));
                    Assert.Equal(input.Skip(i).Take(8).Select(Expected), Lanes(vector256(Vector256.Create(input.AsSpan(i, 8)))));
                }
            }

        static float[] Lanes<TVector>(TVector vector) where TVector : struct =>
            MemoryMarshal.Cast<TVector, float>(MemoryMarshal.CreateSpan(ref vector, 1)).ToArray();
    }

    private delegate void SpanDoubleUnary(ReadOnlySpan<double> x, Span<double> destination);

    [Fact]
    public void Selects_that_became_minimum_and_maximum_give_the_bits_of_the_select_on_every_form()
    {
        Type extremes = CompileAndLoad(SampleSources.Extremes).GetType("Sample.Extremes")!;
        var scalar = extremes.GetMethod("Spread", [typeof(float), typeof(float)])!.CreateDelegate<Func<float, float, float>>();
        var span = extremes.GetMethod("Spread", [typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(Span<float>)])!.CreateDelegate<SpanMix>();
        var clip = extremes.GetMethod("Clip", [typeof(ReadOnlySpan<double>), typeof(Span<double>)])!.CreateDelegate<SpanDoubleUnary>();
        static float Expected(float a, float b) => (a < b ? a : b) + (b < a ? a : b) * (b <= a ? 2.0f : 1.0f);
        static double Clipped(double x)
        {
            double upper = x > 1.0 ? 1.0 : x;
            return upper < -1.0 ? -1.0 : upper;
        }

        // Every ordered pair of the values where min, max and select could part: NaNs with payloads, zeros of both
        // signs, infinities, equal values; then the lengths that reach every vector width and the scalar tail.
        float[] special = [float.NaN, BitConverter.Int32BitsToSingle(0x7FC01234), BitConverter.Int32BitsToSingle(unchecked((int)0xFFC00001)),
            0.0f, -0.0f, 1.0f, -1.0f, float.PositiveInfinity, float.NegativeInfinity, float.Epsilon, -2.5f, 3.0f];
        float[] a = [.. special.SelectMany(x => special.Select(_ => x))];
        float[] b = [.. special.SelectMany(_ => special)];
        float[] destination = new float[a.Length];
        span(a, b, destination);
        Assert.Equal(a.Zip(b, Expected).Select(BitConverter.SingleToInt32Bits), destination.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(a.Zip(b, Expected).Select(BitConverter.SingleToInt32Bits), a.Zip(b, scalar).Select(BitConverter.SingleToInt32Bits));
        var vector128 = extremes.GetMethod("Spread", [typeof(Vector128<float>), typeof(Vector128<float>)])!
            .CreateDelegate<Func<Vector128<float>, Vector128<float>, Vector128<float>>>();
        var vector256 = extremes.GetMethod("Spread", [typeof(Vector256<float>), typeof(Vector256<float>)])!
            .CreateDelegate<Func<Vector256<float>, Vector256<float>, Vector256<float>>>();
        for (int i = 0; i + 8 <= a.Length; i += 8)
        {
            var expected = a.Skip(i).Take(8).Zip(b.Skip(i).Take(8), Expected).Select(BitConverter.SingleToInt32Bits);
            Vector256<float> wide = vector256(Vector256.Create(a.AsSpan(i, 8)), Vector256.Create(b.AsSpan(i, 8)));
            Vector128<float> low = vector128(Vector128.Create(a.AsSpan(i, 4)), Vector128.Create(b.AsSpan(i, 4)));
            Vector128<float> high = vector128(Vector128.Create(a.AsSpan(i + 4, 4)), Vector128.Create(b.AsSpan(i + 4, 4)));
            Assert.Equal(expected, Enumerable.Range(0, 8).Select(k => BitConverter.SingleToInt32Bits(wide.GetElement(k))));
            Assert.Equal(expected, Enumerable.Range(0, 8).Select(k => BitConverter.SingleToInt32Bits(k < 4 ? low.GetElement(k) : high.GetElement(k - 4))));
        }

        double[] x = [.. special.Select(v => (double)v).Concat([1.0000001, -1.0000001, 0.5, BitConverter.Int64BitsToDouble(0x7FF8000000000042)])];
        double[] clipped = new double[x.Length];
        clip(x, clipped);
        Assert.Equal(x.Select(Clipped).Select(BitConverter.DoubleToInt64Bits), clipped.Select(BitConverter.DoubleToInt64Bits));
    }

    private delegate void SpanTwoResults(ReadOnlySpan<float> x, Span<float> twiceDestination, Span<float> squareDestination);

    [Fact]
    public void A_function_with_two_results_fills_both_on_every_form_with_one_rare_block()
    {
        Type pair = CompileAndLoad(SampleSources.TwoResults).GetType("Sample.Pair")!;
        var scalar = pair.GetMethod("TwiceAndSquare", [typeof(float)])!.CreateDelegate<Func<float, (float, float)>>();
        var vector256 = pair.GetMethod("TwiceAndSquare", [typeof(Vector256<float>)])!
            .CreateDelegate<Func<Vector256<float>, (Vector256<float>, Vector256<float>)>>();
        var span = pair.GetMethod("TwiceAndSquare", [typeof(ReadOnlySpan<float>), typeof(Span<float>), typeof(Span<float>)])!
            .CreateDelegate<SpanTwoResults>();
        static (float, float) Expected(float x) => MathF.Abs(x) > 100
            ? ((x + x) + MathF.Sqrt(MathF.Abs(x)), x * x + MathF.Sqrt(MathF.Abs(x)))
            : (x + x, x * x);

        var random = new Random(7);
        foreach (double rareShare in new[] { 0.0, 0.1, 1.0 })
            foreach (int length in new[] { 1, 9, 16, 33, 100 })
            {
                float[] input = [.. Enumerable.Range(0, length).Select(_ => (float)((random.NextDouble() < rareShare ? 1e4 : 50) * (random.NextDouble() - 0.5)))];
                float[] twice = new float[length], square = new float[length];
                span(input, twice, square);
                Assert.Equal(input.Select(x => Expected(x).Item1), twice);
                Assert.Equal(input.Select(x => Expected(x).Item2), square);
                Assert.Equal(input.Select(Expected), input.Select(scalar));
                for (int i = 0; i + 8 <= length; i += 8)
                {
                    var (t, q) = vector256(Vector256.Create(input.AsSpan(i, 8)));
                    Assert.Equal(input.Skip(i).Take(8).Select(x => Expected(x).Item1), Lanes(t));
                    Assert.Equal(input.Skip(i).Take(8).Select(x => Expected(x).Item2), Lanes(q));
                }

                float[] inPlace = [.. input];
                span(inPlace, new float[length], inPlace); // a destination may be the input
                Assert.Equal(input.Select(x => Expected(x).Item2), inPlace);
            }
        float[] shared = new float[8];
        Assert.Throws<ArgumentException>("squareDestination", () => span(new float[4], shared.AsSpan(0, 4), shared.AsSpan(2, 4)));

        static float[] Lanes(Vector256<float> vector) => [.. Enumerable.Range(0, 8).Select(k => vector.GetElement(k))];
    }

    [Fact]
    public void Rare_paths_on_one_mask_share_one_block_and_one_method()
    {
        var (run, errors) = GeneratorHarness.Run(SampleSources.TwoResults);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(errors);
        string code = run.GeneratedTrees.Single(t => t.FilePath.EndsWith("TwiceAndSquare.float.g.cs", StringComparison.Ordinal)).GetText().ToString();
        // One rare method per vector width, returning both rare values; √ appears only inside it.
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(code, @"private static \(.*\) TwiceAndSquareRarePath\d+\(").Count);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(code, @"Vector\d+\.Sqrt").Count);
    }

    [Fact]
    public void A_negated_factor_of_a_constant_product_moves_onto_the_constant_with_the_same_bits()
    {
        var (run, errors) = GeneratorHarness.Run(SampleSources.NegatedFactors);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(errors);
        string code = run.GeneratedTrees.Single(t => t.FilePath.EndsWith("Step.float.g.cs", StringComparison.Ordinal)).GetText().ToString();
        Assert.DoesNotMatch(@"= -(k|x)\b", code);                      // no negation left: −C, −0.25 and −2 are constants
        Assert.Contains("-1.5707964f", code);

        Type negated = CompileAndLoad(SampleSources.NegatedFactors).GetType("Sample.Negated")!;
        var scalar = negated.GetMethod("Step", [typeof(float), typeof(float)])!.CreateDelegate<Func<float, float, float>>();
        var span = negated.GetMethod("Step", [typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(Span<float>)])!.CreateDelegate<SpanMix>();
        static float Expected(float k, float x) => MathF.FusedMultiplyAdd(-k, 1.5707964f, x) + (-x) * 0.25f + MathF.FusedMultiplyAdd(2.0f, -k, 1.0f);

        // Exact for every operand but NaN (only a NaN's sign could differ): zeros of both signs, infinities, subnormals.
        float[] special = [0.0f, -0.0f, 1.0f, -1.0f, 3.5f, float.PositiveInfinity, float.NegativeInfinity, float.Epsilon, -float.Epsilon,
            float.MaxValue, -float.MaxValue, 1e-30f, 12345.678f];
        var random = new Random(9);
        float[] k = [.. special.SelectMany(a => special.Select(_ => a)), .. Enumerable.Range(0, 999).Select(_ => (float)((random.NextDouble() - 0.5) * 1e4))];
        float[] x = [.. special.SelectMany(_ => special), .. Enumerable.Range(0, 999).Select(_ => (float)((random.NextDouble() - 0.5) * 1e4))];
        float[] destination = new float[k.Length];
        span(k, x, destination);
        Assert.Equal(k.Zip(x, Expected).Select(BitConverter.SingleToInt32Bits), destination.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(k.Zip(x, Expected).Select(BitConverter.SingleToInt32Bits), k.Zip(x, scalar).Select(BitConverter.SingleToInt32Bits));
    }

    [Fact]
    public void Negated_fma_operands_and_factors_of_one_are_folded_with_the_same_bits_on_every_form()
    {
        var (run, errors) = GeneratorHarness.Run(SampleSources.FoldedOperands);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(errors);
        string code = run.GeneratedTrees.Single(t => t.FilePath.EndsWith("Mix.float.g.cs", StringComparison.Ordinal)).GetText().ToString();
        Assert.DoesNotMatch(@"= -v\d+;", code);                        // every negation went into an FMA form or a subtraction
        Assert.DoesNotContain("1f *", code);
        Assert.Contains("Avx512F.FusedMultiplyAddNegated(", code);
        Assert.Contains("Avx512F.FusedMultiplySubtract(", code);
        Assert.Contains("X86.Fma.MultiplyAddNegated(", code);
        Assert.Contains("MathF.FusedMultiplyAdd(-", code);                // the scalar form spells the same operation

        Type folded = CompileAndLoad(SampleSources.FoldedOperands).GetType("Sample.Folded")!;
        var scalar = folded.GetMethod("Mix", [typeof(float), typeof(float)])!.CreateDelegate<Func<float, float, float>>();
        var span = folded.GetMethod("Mix", [typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(Span<float>)])!.CreateDelegate<SpanMix>();
        var vector128 = folded.GetMethod("Mix", [typeof(Vector128<float>), typeof(Vector128<float>)])!
            .CreateDelegate<Func<Vector128<float>, Vector128<float>, Vector128<float>>>();
        static float Expected(float a, float b)
        {
            float p = a * b;
            float q = MathF.FusedMultiplyAdd(-p, b, a) + MathF.FusedMultiplyAdd(a, b, -p);
            return (q + a) + (b + p) + (a - q);
        }

        // Exact rewrites for every operand: zeros of both signs, infinities, subnormals, huge products. Only the sign of
        // a NaN may differ between forms (x86's negated FMAs propagate a NaN operand unnegated), so NaNs are compared as NaNs.
        float[] special = [0.0f, -0.0f, 1.0f, -1.0f, 3.5f, float.PositiveInfinity, float.NegativeInfinity, float.Epsilon, -float.Epsilon,
            float.MaxValue, -float.MaxValue, 1e-30f, 12345.678f];
        var random = new Random(10);
        float[] a = [.. special.SelectMany(v => special.Select(_ => v)), .. Enumerable.Range(0, 999).Select(_ => (float)((random.NextDouble() - 0.5) * 1e4))];
        float[] b = [.. special.SelectMany(_ => special), .. Enumerable.Range(0, 999).Select(_ => (float)((random.NextDouble() - 0.5) * 1e4))];
        float[] expected = [.. a.Zip(b, Expected)];
        float[] destination = new float[a.Length];
        span(a, b, destination);
        float[] lanes = [.. Enumerable.Range(0, a.Length / 4).SelectMany(i =>
            { Vector128<float> v = vector128(Vector128.Create(a.AsSpan(4 * i, 4)), Vector128.Create(b.AsSpan(4 * i, 4))); return new[] { v[0], v[1], v[2], v[3] }; })];
        static int Bits(float v) => float.IsNaN(v) ? int.MinValue : BitConverter.SingleToInt32Bits(v);
        Assert.Contains(expected, float.IsNaN);
        Assert.Equal(expected.Select(Bits), destination.Select(Bits));
        Assert.Equal(expected.Select(Bits), a.Zip(b, scalar).Select(Bits));
        Assert.Equal(expected.Take(lanes.Length).Select(Bits), lanes.Select(Bits));
    }

    [Fact]
    public void Products_of_constants_are_folded_and_integer_sums_wrap_on_every_form()
    {
        var (run, errors) = GeneratorHarness.Run(SampleSources.WrappingIntegers);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(errors);
        string code = run.GeneratedTrees.Single(t => t.FilePath.EndsWith("Classify.float.g.cs", StringComparison.Ordinal)).GetText().ToString();
        Assert.DoesNotContain("0.1f", code);                              // Tenth·3 is one constant, not a product per vector
        // OpenCL C leaves signed overflow undefined (a compiler may fold the comparison as if the sum could not wrap):
        // the kernel adds as unsigned.
        string openCl = string.Concat(run.GeneratedTrees.Select(t => t.GetText().ToString()));
        Assert.Matches(@"int v\d+ = as_int\(as_uint\(v\d+\) \+ as_uint\(v\d+\)\);", openCl);

        Type type = CompileAndLoad(SampleSources.WrappingIntegers).GetType("Sample.Wrapping")!;
        var scalar = type.GetMethod("Classify", [typeof(float)])!.CreateDelegate<Func<float, float>>();
        var span = type.GetMethod("Classify", [typeof(ReadOnlySpan<float>), typeof(Span<float>)])!.CreateDelegate<SpanUnary>();
        float tenthTimesThree = 0.1f * 3.0f;
        static bool Rare(float x) => unchecked(BitConverter.SingleToInt32Bits(x) + 0x00800000) < 0x01000000;
        float[] x = [0f, -0f, 1f, -1f, float.Epsilon, 1.1754942E-38f, 1.1754944E-38f, float.MaxValue, -float.MaxValue,
            float.PositiveInfinity, float.NegativeInfinity, float.NaN, BitConverter.Int32BitsToSingle(-1), 3.5f, 1e-30f, -2.5e30f];
        float[] expected = [.. x.Select(v => Rare(v) ? v : v * tenthTimesThree)];
        Assert.Equal([true, true, false, true, true, true, false, false, true, true, true, true, true, false, false, true], x.Select(Rare));
        float[] destination = new float[x.Length];
        span(x, destination);
        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), destination.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), x.Select(scalar).Select(BitConverter.SingleToInt32Bits));
    }

    private delegate void SpanLeakyRelu(ReadOnlySpan<float> x, float slope, Span<float> destination);

    private delegate void SpanLerp(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> t, Span<float> destination);

    private delegate void SpanAffine(double scale, ReadOnlySpan<double> x, double offset, Span<double> destination);

    [Fact]
    public void Scalar_parameters_are_broadcast_on_every_form_and_defaults_carry_over()
    {
        Assembly assembly = CompileAndLoad(SampleSources.ScalarParameters);
        Type scaled = assembly.GetType("Sample.Scaled")!;
        MethodInfo scalarMethod = scaled.GetMethod("LeakyRelu", [typeof(float), typeof(float)])!;
        Assert.Equal(0.01f, scalarMethod.GetParameters()[1].DefaultValue);
        Assert.Equal(0.01f, scaled.GetMethod("LeakyRelu", [typeof(Vector512<float>), typeof(float)])!.GetParameters()[1].DefaultValue);
        var scalar = scalarMethod.CreateDelegate<Func<float, float, float>>();
        var vector256 = scaled.GetMethod("LeakyRelu", [typeof(Vector256<float>), typeof(float)])!
            .CreateDelegate<Func<Vector256<float>, float, Vector256<float>>>();
        var span = scaled.GetMethod("LeakyRelu", [typeof(ReadOnlySpan<float>), typeof(float), typeof(Span<float>)])!.CreateDelegate<SpanLeakyRelu>();
        var spanWithDefault = scaled.GetMethod("LeakyRelu", [typeof(ReadOnlySpan<float>), typeof(Span<float>)])!.CreateDelegate<SpanUnary>();

        var random = new Random(8);
        foreach (int length in new[] { 1, 7, 8, 33, 100 })
        {
            float[] x = [.. Enumerable.Range(0, length).Select(_ => (float)(random.NextDouble() - 0.5) * 10)];
            float[] destination = new float[length];
            span(x, 0.25f, destination);
            Assert.Equal(x.Select(v => v > 0 ? v : v * 0.25f), destination);
            Assert.Equal(x.Select(v => v > 0 ? v : v * 0.25f), x.Select(v => scalar(v, 0.25f)));
            spanWithDefault(x, destination);
            Assert.Equal(x.Select(v => v > 0 ? v : v * 0.01f), destination);
            if (length >= 8)
            {
                Vector256<float> lanes = vector256(Vector256.Create(x.AsSpan(0, 8)), 0.25f);
                Assert.Equal(x.Take(8).Select(v => v > 0 ? v : v * 0.25f), Enumerable.Range(0, 8).Select(k => lanes.GetElement(k)));
            }
        }

        var lerp = scaled.GetMethod("Lerp", [typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(Span<float>)])!
            .CreateDelegate<SpanLerp>();
        float[] a = [.. Enumerable.Range(0, 37).Select(i => i * 0.5f)], b = [.. a.Select(v => -v)], t = [.. a.Select(v => v / 20)];
        float[] lerped = new float[37];
        lerp(a, b, t, lerped);
        Assert.Equal(a.Select((v, i) => MathF.FusedMultiplyAdd(t[i], b[i] - v, v)), lerped);

        // A scalar parameter may come first; the span overload keeps the definition's order.
        var affine = scaled.GetMethod("Affine", [typeof(double), typeof(ReadOnlySpan<double>), typeof(double), typeof(Span<double>)])!
            .CreateDelegate<SpanAffine>();
        double[] values = [.. Enumerable.Range(0, 19).Select(i => i * 0.1)], affined = new double[19];
        affine(3.0, values, -1.0, affined);
        Assert.Equal(values.Select(v => Math.FusedMultiplyAdd(3.0, v, -1.0)), affined);

        // The catalog lists functions whose scalar parameters all have defaults, with those defaults.
        var entries = (System.Collections.IEnumerable)assembly.GetTypes().Single(t => t.Name == "GeneratedCatalog").GetMethod("Create")!.Invoke(null, null)!;
        Assert.Equal(["LeakyRelu(float)", "Lerp(float, float, float)"], entries.Cast<object>().Select(e => e.ToString()!).Order());
        var leaky = entries.OfType<HpcCore.Catalog.UnaryFunction<float>>().Single();
        Assert.Equal([0.01f], leaky.ScalarArguments);
        Assert.Equal(-0.01f, leaky.Scalar(-1f));
        Assert.Contains("const float slope, const uint length", leaky.OpenClSource);

        // A function without an entry (Affine: its scalars have no defaults) carries its OpenCL program itself.
        string affineProgram = (string)scaled.GetField("AffineDoubleOpenClSource", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        Assert.Contains("double hpc_affine_f64(double scale, double x, double offset)", affineProgram);
        Assert.Contains("__kernel void hpc_affine_f64_kernel(__global const double* x, __global double* destination, const double scale, const double offset, const uint length)", affineProgram);
        Assert.Null(scaled.GetField("LeakyReluSingleOpenClSource", BindingFlags.NonPublic | BindingFlags.Static));
    }

    [Fact]
    public void Lookups_give_the_entry_of_the_wrapped_index_on_every_form()
    {
        var (run, errors) = GeneratorHarness.Run(SampleSources.Lookups);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(errors);
        string code = string.Concat(run.GeneratedTrees.Select(t => t.GetText().ToString()));
        Assert.Contains("Avx512F.PermuteVar16x32(", code);
        Assert.Contains("Avx512F.PermuteVar8x64x2(", code);
        Assert.Contains("& 15) == 0 ? 0x1.0p-2 : ", code); // OpenCL

        Type tables = CompileAndLoad(SampleSources.Lookups).GetType("Sample.Tables")!;
        float[] singles = [0.5f, 1.5f, -2.0f, float.NaN, 3.25f, 0.0f, -0.0f, 7.0f, 8.5f, 9.0f, 10.0f, 11.0f, 12.0f, 13.0f, 14.0f, 1e30f];
        double[] doubles = [0.25, -1.5, double.NaN, 4.0, 1e300];
        double[] wide = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2];
        var random = new Random(12);
        float[] x = [.. Enumerable.Range(-40, 81).Select(k => k + 0.5f), .. Enumerable.Range(0, 300).Select(_ => (float)((random.NextDouble() - 0.5) * 100)),
            float.NaN, float.PositiveInfinity, float.NegativeInfinity, 0f, -0f, 3e9f, -3e9f, 1e20f];

        CheckEveryForm(tables, "Stepped", x, v => v * Lane.Lookup((int)v, singles));
        CheckEveryForm(tables, "SteppedWide", x, v => (float)(v * Lane.Lookup((long)(double)v, wide)));
        double[] xd = [.. x.Select(v => (double)v), 1e19, -1e19];
        var span = tables.GetMethod("Stepped", [typeof(ReadOnlySpan<double>), typeof(Span<double>)])!.CreateDelegate<SpanDoubleUnary>();
        var vector512 = tables.GetMethod("Stepped", [typeof(Vector512<double>)])!.CreateDelegate<Func<Vector512<double>, Vector512<double>>>();
        var vector256 = tables.GetMethod("Stepped", [typeof(Vector256<double>)])!.CreateDelegate<Func<Vector256<double>, Vector256<double>>>();
        long[] expected = [.. xd.Select(v => BitConverter.DoubleToInt64Bits(v * Lane.Lookup((long)v, doubles)))];
        double[] destination = new double[xd.Length];
        span(xd, destination);
        Assert.Equal(expected, destination.Select(BitConverter.DoubleToInt64Bits));
        for (int i = 0; i + 8 <= xd.Length; i += 8)
        {
            Vector512<double> lanes = vector512(Vector512.Create(xd.AsSpan(i, 8)));
            Assert.Equal(expected.Skip(i).Take(8), Enumerable.Range(0, 8).Select(k => BitConverter.DoubleToInt64Bits(lanes.GetElement(k))));
            Vector256<double> half = vector256(Vector256.Create(xd.AsSpan(i, 4)));
            Assert.Equal(expected.Skip(i).Take(4), Enumerable.Range(0, 4).Select(k => BitConverter.DoubleToInt64Bits(half.GetElement(k))));
        }
    }

    /// <summary>A one-argument float function's scalar, span and vector forms against the expected bits.</summary>
    private static void CheckEveryForm(Type type, string name, float[] x, Func<float, float> expectedOf)
    {
        int[] expected = [.. x.Select(v => BitConverter.SingleToInt32Bits(expectedOf(v)))];
        var scalar = type.GetMethod(name, [typeof(float)])!.CreateDelegate<Func<float, float>>();
        var span = type.GetMethod(name, [typeof(ReadOnlySpan<float>), typeof(Span<float>)])!.CreateDelegate<SpanUnary>();
        var vector128 = type.GetMethod(name, [typeof(Vector128<float>)])!.CreateDelegate<Func<Vector128<float>, Vector128<float>>>();
        var vector256 = type.GetMethod(name, [typeof(Vector256<float>)])!.CreateDelegate<Func<Vector256<float>, Vector256<float>>>();
        var vector512 = type.GetMethod(name, [typeof(Vector512<float>)])!.CreateDelegate<Func<Vector512<float>, Vector512<float>>>();
        float[] destination = new float[x.Length];
        span(x, destination);
        Assert.Equal(expected, destination.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(expected, x.Select(v => BitConverter.SingleToInt32Bits(scalar(v))));
        for (int i = 0; i + 16 <= x.Length; i += 16)
        {
            Vector512<float> lanes = vector512(Vector512.Create(x.AsSpan(i, 16)));
            Vector256<float> half = vector256(Vector256.Create(x.AsSpan(i, 8)));
            Vector128<float> quarter = vector128(Vector128.Create(x.AsSpan(i, 4)));
            Assert.Equal(expected.Skip(i).Take(16), Enumerable.Range(0, 16).Select(k => BitConverter.SingleToInt32Bits(lanes.GetElement(k))));
            Assert.Equal(expected.Skip(i).Take(8), Enumerable.Range(0, 8).Select(k => BitConverter.SingleToInt32Bits(half.GetElement(k))));
            Assert.Equal(expected.Skip(i).Take(4), Enumerable.Range(0, 4).Select(k => BitConverter.SingleToInt32Bits(quarter.GetElement(k))));
        }
    }

    [Fact]
    public void Library_functions_called_from_another_assembly_are_inlined_with_their_bits()
    {
        var (run, errors) = GeneratorHarness.Run(SampleSources.CallsLibrary);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(errors);
        string code = string.Concat(run.GeneratedTrees.Where(t => t.FilePath.Contains("Fused")).Select(t => t.GetText().ToString()));
        Assert.DoesNotContain("HpcMath.Exp(", code); // inlined from [LaneIr], not called
        Assert.DoesNotContain("HpcMath.Erf(", code);

        Type fused = CompileAndLoad(SampleSources.CallsLibrary).GetType("Sample.Fused")!;
        var swish = fused.GetMethod("Swish", [typeof(float), typeof(float)])!.CreateDelegate<Func<float, float, float>>();
        var swish512 = fused.GetMethod("Swish", [typeof(Vector512<float>), typeof(float)])!
            .CreateDelegate<Func<Vector512<float>, float, Vector512<float>>>();
        var span = fused.GetMethod("Swish", [typeof(ReadOnlySpan<float>), typeof(Span<float>)])!.CreateDelegate<SpanUnary>();
        var erfTanh = fused.GetMethod("ErfTimesTanh", [typeof(double), typeof(double)])!.CreateDelegate<Func<double, double, double>>();

        var random = new Random(9);
        float[] x = [.. Enumerable.Range(0, 1000).Select(_ => (float)((random.NextDouble() - 0.5) * 200)),
            0f, -0f, float.NaN, float.PositiveInfinity, float.NegativeInfinity, 1e-40f, -100f, 88.7f];
        float[] expected = [.. x.Select(v => v / (1f + HpcMath.Exp(-v)))];
        float[] destination = new float[x.Length];
        span(x, destination);
        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), destination.Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), x.Select(v => BitConverter.SingleToInt32Bits(swish(v, 1f))));
        Assert.Equal(x.Select(v => v / (1f + HpcMath.Exp(-(0.5f * v)))), x.Select(v => swish(v, 0.5f)));
        Vector512<float> lanes = swish512(Vector512.Create(x.AsSpan(0, 16)), 1f);
        Assert.Equal(expected.Take(16), Enumerable.Range(0, 16).Select(k => lanes.GetElement(k)));
        Assert.Equal(HpcMath.Erf(0.3) * HpcMath.Tanh(-2.5), erfTanh(0.3, -2.5));
        Assert.Equal(HpcMath.Erf(2.6) * HpcMath.Tanh(0.5), erfTanh(2.6, 0.5)); // erfc's fits, a lookup carried in the IR
    }

    private static Assembly CompileAndLoad(string source)
    {
        var compilation = GeneratorHarness.Compilation(source);
        GeneratorHarness.Driver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out var diagnostics);
        Assert.Empty(diagnostics);
        using var image = new MemoryStream();
        var result = output.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        image.Position = 0;
        return new AssemblyLoadContext("generated", isCollectible: true).LoadFromStream(image);
    }
}
