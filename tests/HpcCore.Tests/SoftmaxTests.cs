using System;
using System.Linq;
using System.Runtime.Intrinsics;
using HpcCore.Peers;
using HpcCore.Reference;
using HpcCore.Reference.Mpfr;
using Xunit;

namespace HpcCore.Tests;

/// <summary>
/// Row-wise Softmax, LogSoftmax and LogSumExp against the exact values (256-bit MPFR), on rows of mixed magnitudes up
/// to ±1e30 with −∞ entries, plus the special rows and the argument rules.
/// </summary>
public class SoftmaxTests
{
    private static readonly ExactFunction exp = ExactFunction.Get("exp"), log1p = ExactFunction.Get("log1p");

    public static TheoryData<int, double> Layouts => new()
    {
        { 1, 10 }, { 3, 10 }, { 16, 10 }, { 17, 100 }, { 100, 1e30 }, { 1000, 30 }, { 33, 1e4 },
    };

    [Theory, MemberData(nameof(Layouts))]
    public void Float_rows_are_within_their_bounds(int columns, double scale)
    {
        float[] x = Rows(columns, scale, seed: columns).Select(v => (float)v).ToArray();
        float[] softmax = new float[x.Length], logSoftmax = new float[x.Length], logSumExp = new float[x.Length / columns];
        Activations.Softmax(x, columns, softmax);
        Activations.LogSoftmax(x, columns, logSoftmax);
        Activations.LogSumExp(x, columns, logSumExp);
        for (int r = 0; r < x.Length / columns; r++)
        {
            var (exact, exactLog, lse, max) = Exact(x.Skip(r * columns).Take(columns).Select(v => (double)v).ToArray());
            for (int i = 0; i < columns; i++)
            {
                AssertWithin(softmax[r * columns + i], exact[i], 0.51, single: true, $"softmax row {r} column {i}");
                AssertWithin(logSoftmax[r * columns + i], exactLog[i], 0.51, single: true, $"log-softmax row {r} column {i}");
            }
            AssertWithin(logSumExp[r], lse, 0.51, single: true, $"LogSumExp row {r}", scaleOf: max);
        }
    }

    [Theory, MemberData(nameof(Layouts))]
    public void Double_rows_are_within_their_bounds(int columns, double scale)
    {
        double[] x = Rows(columns, scale, seed: columns + 1);
        double[] softmax = new double[x.Length], logSoftmax = new double[x.Length], logSumExp = new double[x.Length / columns];
        Activations.Softmax(x, columns, softmax);
        Activations.LogSoftmax(x, columns, logSoftmax);
        Activations.LogSumExp(x, columns, logSumExp);
        for (int r = 0; r < x.Length / columns; r++)
        {
            var (exact, exactLog, lse, max) = Exact(x.Skip(r * columns).Take(columns).ToArray());
            for (int i = 0; i < columns; i++)
            {
                AssertWithin(softmax[r * columns + i], exact[i], 4, single: false, $"softmax row {r} column {i}");
                AssertWithin(logSoftmax[r * columns + i], exactLog[i], 2, single: false, $"log-softmax row {r} column {i}");
            }
            AssertWithin(logSumExp[r], lse, 2, single: false, $"LogSumExp row {r}", scaleOf: max);
        }
    }

    [Fact]
    public void Special_rows_follow_the_limits()
    {
        float inf = float.PositiveInfinity;
        float[] x = [-inf, -inf, /* next row */ 1f, float.NaN, /* next */ inf, 1f, /* next */ -inf, 2f];
        float[] softmax = new float[8], logSoftmax = new float[8], lse = new float[4];
        Activations.Softmax(x, 2, softmax);
        Activations.LogSoftmax(x, 2, logSoftmax);
        Activations.LogSumExp(x, 2, lse);
        Assert.Equal([-inf, float.NaN, inf, 2f], lse);                     // all −∞; NaN; +∞ wins; −∞ weighs nothing
        float[] column = [inf, -inf, 3f], columnLse = new float[3];
        Activations.LogSumExp(column, 1, columnLse);                         // one column: each row is its own LogSumExp
        Assert.Equal(column, columnLse);
        Assert.All(softmax[..6], v => Assert.True(float.IsNaN(v)));          // 0/0, NaN, ∞/∞
        Assert.Equal([0f, 1f], softmax[6..]);
        Assert.Equal([-inf, 0f], logSoftmax[6..]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(38)]
    [InlineData(39)]
    public void Long_rows_find_a_NaN_an_infinity_and_the_maximum_at_any_position(int position)
    {
        // 40 columns: two float vectors (or four double ones) and a tail that only the overlapping last vector sees
        float[] row = [.. Enumerable.Range(0, 40).Select(i => i * 0.01f)];
        float[] withNaN = [.. row], withInfinity = [.. row], withMaximum = [.. row];
        withNaN[position] = float.NaN;
        withInfinity[position] = float.PositiveInfinity;
        withMaximum[position] = 100f;
        float[] lse = new float[1], softmax = new float[40];
        Activations.LogSumExp(withNaN, 40, lse);
        Assert.True(float.IsNaN(lse[0]));
        Activations.Softmax(withInfinity, 40, softmax);
        Assert.All(softmax, v => Assert.True(float.IsNaN(v)));
        Activations.LogSumExp(withMaximum, 40, lse);
        Assert.Equal(100f, lse[0]);
        double[] doubles = [.. withNaN.Select(v => (double)v)], doubleLse = new double[1];
        Activations.LogSumExp(doubles, 40, doubleLse);
        Assert.True(double.IsNaN(doubleLse[0]));
    }

    [Fact]
    public void Huge_inputs_do_not_overflow_and_in_place_works()
    {
        float[] x = [1e30f, -1e30f, 1e30f, 0f];
        Activations.Softmax(x, 4, x);
        Assert.Equal([0.5f, 0f, 0.5f, 0f], x);
        double[] y = [-1e30, -1e30 + 1e15, 3.0];
        Activations.LogSumExp(y, 3, y);
        Assert.Equal(3.0, y[0]);

        double[] rows = Rows(37, 20, seed: 5), expected = new double[rows.Length];
        Activations.Softmax(rows, 37, expected);
        Activations.Softmax(rows, 37, rows);                                 // the terms overwrite the row as they are computed
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void Bad_layouts_are_refused_before_anything_is_written()
    {
        float[] destination = [7f, 7f, 7f, 7f];
        Assert.Throws<ArgumentOutOfRangeException>(() => Activations.Softmax(new float[4], 0, destination));
        Assert.Throws<ArgumentException>("x", () => Activations.Softmax(new float[5], 2, new float[5]));
        Assert.Throws<ArgumentException>("destination", () => Activations.Softmax(new float[4], 2, new float[3]));
        float[] shared = new float[6];
        Assert.Throws<ArgumentException>("destination", () => Activations.Softmax(shared.AsSpan(0, 4), 2, shared.AsSpan(1, 4)));
        Assert.Equal([7f, 7f, 7f, 7f], destination);
    }

    [Theory]
    [InlineData("Softmax")]
    [InlineData("LogSoftmax")]
    [InlineData("LogSumExp")]
    public void The_benchmarks_TensorPrimitives_peers_compute_the_same_rows(string name)
    {
        // RowBenchmarks compares these; on ordinary logits both sides must give the same values (to float rounding)
        float[] x = Rows(64, 3, seed: 5).Select(v => (float)v).ToArray();
        int length = name == "LogSumExp" ? x.Length / 64 : x.Length;
        float[] ours = new float[length], theirs = new float[length];
        RowPeers.HpcCore<float>(name)(x, 64, ours);
        RowPeers.TensorPrimitivesPeer<float>(name)(x, 64, theirs);
        for (int i = 0; i < length; i++)
            Assert.True(ours[i] == theirs[i] || Math.Abs(ours[i] - theirs[i]) <= 1e-5 * Math.Max(1, Math.Abs(ours[i])),
                $"{name}[{i}]: {ours[i]} vs TensorPrimitives {theirs[i]}");
    }

    [Fact]
    public void The_float_rows_term_is_within_its_bound_and_gives_the_same_bits_on_every_form()
    {
        // e^(x − max) to 2^-34 relative on [−200, 0] (the float results need 2^-31.6 for 0.51 ULP), exactly 1 at the maximum,
        // e^−200 below; the same bits from the scalar and every vector overload (OpenClTests compare the rows).
        var random = new Random(12);
        double[] x = [0, -1e-30, -0.3466, -1, -87.5, -103.9, -199.99, -200, -200.5, -1000, double.NegativeInfinity,
            .. Enumerable.Range(0, 2000).Select(_ => -200 * random.NextDouble())];
        double max = 3.25;
        foreach (double d in x)
        {
            double value = d + max;                                  // exact: the shifts are multiples of 2^-2 and small
            double term = Activations.RowTerms.FloatRowTerm(value, max);
            Real exact = Real.Apply(exp, (Real)Math.Max(value - max, -200));
            double relative = Math.Abs((((Real)term - exact) / exact).ToDouble());
            Assert.True(relative <= Math.ScaleB(1, -34), $"x − max = {d:R}: {term:R}, relative error {relative:E3}");
            Assert.Equal(Bits(term), Bits(Activations.RowTerms.FloatRowTerm(Vector128.Create(value), max)[1]));
            Assert.Equal(Bits(term), Bits(Activations.RowTerms.FloatRowTerm(Vector256.Create(value), max)[3]));
            Assert.Equal(Bits(term), Bits(Activations.RowTerms.FloatRowTerm(Vector512.Create(value), max)[7]));
        }
        Assert.Equal(1.0, Activations.RowTerms.FloatRowTerm(max, max));   // the maximum's term, left out of the sum as exactly 1

        static long Bits(double v) => BitConverter.DoubleToInt64Bits(v);
    }

    [Fact]
    public void TensorPrimitives_SoftMax_overflows_where_ours_does_not()
    {
        // The README's claim: TensorPrimitives.SoftMax does not subtract the row's maximum, so a logit of 100 (float)
        // gives e^100 = ∞ and NaN results; Activations.Softmax gives the exact one-hot row.
        float[] x = [100f, 0f, -1f, 2f], ours = new float[4], theirs = new float[4];
        RowPeers.HpcCore<float>("Softmax")(x, 4, ours);
        RowPeers.TensorPrimitivesPeer<float>("Softmax")(x, 4, theirs);
        Assert.Equal(1f, ours[0]);
        Assert.True(ours.All(float.IsFinite));
        Assert.Contains(theirs, float.IsNaN);
    }

    /// <summary>Rows of random values of the given scale, with a −∞ in some rows.</summary>
    private static double[] Rows(int columns, double scale, int seed)
    {
        var random = new Random(seed);
        double[] x = Enumerable.Range(0, 5 * columns).Select(_ => (random.NextDouble() - 0.5) * scale).ToArray();
        for (int r = 0; r < 5 && columns > 1; r += 2)   // a row of −∞ alone is a special row, tested separately
            x[r * columns + random.Next(columns)] = double.NegativeInfinity;
        return x;
    }

    /// <summary>Softmax, log-softmax, LogSumExp and the maximum of one row, in 256-bit arithmetic.</summary>
    private static (Real[] Softmax, Real[] LogSoftmax, Real LogSumExp, double Max) Exact(double[] row)
    {
        double max = row.Max();
        Real[] terms = row.Select(v => double.IsNegativeInfinity(v) ? Real.Zero : Real.Apply(exp, (Real)v - max)).ToArray();
        // log Σ = log1p(Σ − 1): the first maximum's term is exactly 1, and 1 + 10^-137 is 1 even in 256 bits.
        Real rest = terms.Where((_, i) => i != Array.IndexOf(row, max)).Aggregate(Real.Zero, (a, b) => a + b);
        Real sum = rest + 1.0;
        Real logSum = Real.Apply(log1p, rest);
        return (terms.Select(t => t / sum).ToArray(),
            row.Select(v => double.IsNegativeInfinity(v) ? (Real)double.NegativeInfinity : (Real)v - max - logSum).ToArray(),
            (Real)max + logSum, max);
    }

    /// <summary>The error in ULPs of the format (at the exact value, or at the larger of it and scaleOf).</summary>
    private static void AssertWithin(double computed, Real exact, double bound, bool single, string what, double scaleOf = 0)
    {
        double reference = exact.ToDouble();
        if (double.IsInfinity(reference) || reference == 0)
        {
            Assert.True(computed == (single ? (float)reference : reference), $"{what}: {computed} instead of {reference}");
            return;
        }
        double magnitude = Math.Max(Math.Abs(reference), Math.Abs(scaleOf));
        double ulp = single ? Math.ScaleB(1.0, Math.Max(Math.ILogB(magnitude), -126) - 23) : Math.ScaleB(1.0, Math.Max(Math.ILogB(magnitude), -1022) - 52);
        double error = Math.Abs(((Real)computed - exact).ToDouble()) / ulp;
        Assert.True(error <= bound, $"{what}: {computed:R}, exact {reference:R}, {error:F3} ULP");
    }
}
