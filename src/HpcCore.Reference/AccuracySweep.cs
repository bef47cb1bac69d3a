using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using HpcCore.Catalog;

namespace HpcCore.Reference;

/// <summary>
/// Measures catalog functions against MPFR: on given inputs, or on every float. Results are computed with the span
/// overload (the fastest path, bitwise identical to the others, which the identity tests prove).
/// </summary>
public static class AccuracySweep
{
    private const int Block = 1 << 16;

    /// <summary>Measures <paramref name="function"/> at every input given, each against MPFR.</summary>
    public static AccuracyResult Measure(UnaryFunction<float> function, ReadOnlySpan<float> inputs) =>
        Measure(function, inputs, static (exact, x, y) => exact.Measure(x, y));

    /// <summary>Measures <paramref name="function"/> at every input given, each against MPFR.</summary>
    public static AccuracyResult Measure(UnaryFunction<double> function, ReadOnlySpan<double> inputs) =>
        Measure(function, inputs, static (exact, x, y) => exact.Measure(x, y));

    private static AccuracyResult Measure<T>(UnaryFunction<T> function, ReadOnlySpan<T> inputs, Func<ExactFunction, T, T, Measurement> measure)
        where T : IConvertible
    {
        var results = new T[inputs.Length];
        function.Span(inputs, results);
        ExactFunction exact = ExactFunction.Get(function.Reference);
        var accumulator = new Accumulator();
        for (int i = 0; i < inputs.Length; i++)
            accumulator.Add(inputs[i].ToDouble(null), measure(exact, inputs[i], results[i]));
        return accumulator.Result(function.ToString(), inputs.Length, exhaustive: false);
    }

    /// <summary>
    /// Measures <paramref name="function"/> at every pair (x[i], y[i]): against MPFR, except where the C library's double
    /// version settles the error beyond doubt (<see cref="FastReferences"/>), which makes 10^8-pair sweeps practical.
    /// </summary>
    public static AccuracyResult Measure(BinaryFunction<float> function, ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        if (!FastReferences.TryGet(function.Reference, out Func<double, double, double>? fast))
            return Measure(function, x, y, static (exact, a, b, r) => exact.Measure(a, b, r));
        return Measure(function, x, y, (exact, a, b, r) =>
            FastReferences.TrySettle(fast!(a, b), r, out Measurement settled) ? settled : exact.Measure(a, b, r));
    }

    /// <summary>Measures <paramref name="function"/> at every pair (x[i], y[i]), each against MPFR.</summary>
    public static AccuracyResult Measure(PairFunction<float> function, ReadOnlySpan<float> inputs) =>
        Measure(function, inputs, static (exact, x, y) => exact.Measure(x, y));

    /// <summary>Measures both results of <paramref name="function"/> at every input, each against its MPFR reference; the worse counts.</summary>
    public static AccuracyResult Measure(PairFunction<double> function, ReadOnlySpan<double> inputs) =>
        Measure(function, inputs, static (exact, x, y) => exact.Measure(x, y));

    private static AccuracyResult Measure<T>(PairFunction<T> function, ReadOnlySpan<T> inputs, Func<ExactFunction, T, T, Measurement> measure)
        where T : IConvertible
    {
        T[] first = new T[inputs.Length], second = new T[inputs.Length];
        function.Span(inputs, first, second);
        string[] references = function.Reference.Split(',');
        ExactFunction exactFirst = ExactFunction.Get(references[0]), exactSecond = ExactFunction.Get(references[1]);
        var accumulator = new Accumulator();
        for (int i = 0; i < inputs.Length; i++)
        {
            accumulator.Add(inputs[i].ToDouble(null), measure(exactFirst, inputs[i], first[i]));
            accumulator.Add(inputs[i].ToDouble(null), measure(exactSecond, inputs[i], second[i]));
        }
        return accumulator.Result(function.ToString(), 2L * inputs.Length, exhaustive: false);
    }

    /// <summary>Measures <paramref name="function"/> at every pair (x[i], y[i]), each against MPFR.</summary>
    public static AccuracyResult Measure(BinaryFunction<double> function, ReadOnlySpan<double> x, ReadOnlySpan<double> y) =>
        Measure(function, x, y, static (exact, a, b, r) => exact.Measure(a, b, r));

    private static AccuracyResult Measure<T>(BinaryFunction<T> function, ReadOnlySpan<T> x, ReadOnlySpan<T> y,
        Func<ExactFunction, T, T, T, Measurement> measure) where T : IConvertible
    {
        var results = new T[x.Length];
        function.Span(x, y, results);
        ExactFunction exact = ExactFunction.Get(function.Reference, arity: 2);
        var accumulator = new Accumulator();
        for (int i = 0; i < x.Length; i++)
            accumulator.Add(x[i].ToDouble(null), y[i].ToDouble(null), measure(exact, x[i], y[i], results[i]));
        return accumulator.Result(function.ToString(), x.Length, exhaustive: false);
    }

    /// <summary>Measures <paramref name="function"/> at every triple (x[i], y[i], z[i]), each against MPFR.</summary>
    public static AccuracyResult Measure(TernaryFunction<float> function, ReadOnlySpan<float> x, ReadOnlySpan<float> y, ReadOnlySpan<float> z) =>
        Measure(function, x, y, z, static (exact, a, b, c, r) => exact.Measure(a, b, c, r));

    /// <summary>Measures <paramref name="function"/> at every triple (x[i], y[i], z[i]), each against MPFR.</summary>
    public static AccuracyResult Measure(TernaryFunction<double> function, ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> z) =>
        Measure(function, x, y, z, static (exact, a, b, c, r) => exact.Measure(a, b, c, r));

    private static AccuracyResult Measure<T>(TernaryFunction<T> function, ReadOnlySpan<T> x, ReadOnlySpan<T> y, ReadOnlySpan<T> z,
        Func<ExactFunction, T, T, T, T, Measurement> measure) where T : IConvertible
    {
        var results = new T[x.Length];
        function.Span(x, y, z, results);
        ExactFunction exact = ExactFunction.Get(function.Reference, arity: 3);
        var accumulator = new Accumulator();
        for (int i = 0; i < x.Length; i++)
            accumulator.Add(x[i].ToDouble(null), y[i].ToDouble(null), z[i].ToDouble(null), measure(exact, x[i], y[i], z[i], results[i]));
        return accumulator.Result(function.ToString(), x.Length, exhaustive: false);
    }

    /// <summary>
    /// Measures <paramref name="function"/> on all 2^32 floats. Where <see cref="FastReferences"/> has a double
    /// version of the reference, inputs whose error and rounding it settles beyond doubt skip MPFR, as do the tiny
    /// inputs its expansion at zero settles (<see cref="FastReferences.TrySettleNearZero"/>); all others (and every
    /// input of functions without either) go to MPFR.
    /// </summary>
    public static AccuracyResult AllFloats(UnaryFunction<float> function, IProgress<double>? progress = null, int maxDegreeOfParallelism = -1) =>
        AllFloats(function.ToString(), [function.Reference], (x, results) => function.Span(x, results[0]), progress, maxDegreeOfParallelism);

    /// <summary>Measures both results of <paramref name="function"/> on all 2^32 floats (2^33 results), each against its reference.</summary>
    public static AccuracyResult AllFloats(PairFunction<float> function, IProgress<double>? progress = null, int maxDegreeOfParallelism = -1) =>
        AllFloats(function.ToString(), function.Reference.Split(','), (x, results) => function.Span(x, results[0], results[1]), progress,
            maxDegreeOfParallelism);

    private static AccuracyResult AllFloats(string name, string[] references, Action<float[], float[][]> evaluate, IProgress<double>? progress,
        int maxDegreeOfParallelism)
    {
        var exact = Array.ConvertAll(references, r => ExactFunction.Get(r));
        var fast = Array.ConvertAll(references, r => FastReferences.TryGet(r, out Func<double, double>? f) ? f : null);
        const int blocks = (int)(0x1_0000_0000L / Block);
        AccuracyResult total = new(name, 0, 0, "none", 0, Exhaustive: true);
        object gate = new();
        int done = 0;

        Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            () => (Inputs: new float[Block], Outputs: Array.ConvertAll(references, _ => new float[Block])),
            (block, _, buffers) =>
            {
                for (int i = 0; i < Block; i++)
                    buffers.Inputs[i] = BitConverter.Int32BitsToSingle((int)((uint)block * Block + (uint)i));
                evaluate(buffers.Inputs, buffers.Outputs);
                var accumulator = new Accumulator();
                for (int r = 0; r < references.Length; r++)
                    for (int i = 0; i < Block; i++)
                    {
                        float x = buffers.Inputs[i], y = buffers.Outputs[r][i];
                        Measurement m = FastReferences.TrySettleNearZero(references[r], x, y, out Measurement nearZero) ? nearZero
                            : fast[r] is { } reference && FastReferences.TrySettle(reference(x), y, out Measurement settled) ? settled
                            : exact[r].Measure(x, y);
                        accumulator.Add(x, m);
                    }
                AccuracyResult part = accumulator.Result(name, (long)Block * references.Length, exhaustive: true);
                lock (gate)
                    total = total.Merge(part);
                int finished = Interlocked.Increment(ref done);
                if (finished % 256 == 0)
                    progress?.Report((double)finished / blocks);
                return buffers;
            },
            _ => { });
        return total;
    }

    private sealed class Accumulator
    {
        private double max = 0;
        private double[] worst = [double.NaN];
        private long notCorrect;

        public void Add(double x, Measurement m)
        {
            if (Counts(m))
                worst = [x];
        }

        public void Add(double x, double y, Measurement m)
        {
            if (Counts(m))
                worst = [x, y];
        }

        public void Add(double x, double y, double z, Measurement m)
        {
            if (Counts(m))
                worst = [x, y, z];
        }

        /// <summary>Counts a result not correctly rounded; true when its error is the largest so far (the input is then the worst).</summary>
        private bool Counts(Measurement m)
        {
            if (!m.CorrectlyRounded)
                notCorrect++;
            if (m.UlpError <= max)
                return false;
            max = m.UlpError;
            return true;
        }

        public AccuracyResult Result(string name, long inputs, bool exhaustive) => new(name, inputs, max, Worst(), notCorrect, exhaustive);

        private string Worst()
        {
            string[] parts = Array.ConvertAll(worst, v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            return parts.Length == 1 ? parts[0] : $"({string.Join(", ", parts)})";
        }
    }
}
