using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HpcCore.Reference;
using HpcCore.Reference.Fitting;
using HpcCore.Reference.Mpfr;
using Xunit;

namespace HpcCore.Tests;

/// <summary>
/// The Remez fitting tool, the logarithms' table, and the rule that every checked-in coefficient regenerates from its
/// file's header.
/// </summary>
public class FitTests
{
    [Fact]
    public void Best_linear_approximation_of_x_squared_is_the_textbook_one()
    {
        // On [0, 1] the minimax line for x² is x − 1/8, error ±1/8 at 0, ½ and 1 (Chebyshev's equioscillation).
        // The exchange runs on 2048 Chebyshev-spaced points, not the continuum: ½ is not one of them, so the
        // answer is the grid's minimax, within 1e-7 of the true one.
        FitResult fit = Remez.Fit(new FitRequest("sqr", 0, 1, [0, 1], [], Relative: false, FloatFormatName.Double));
        Assert.Equal(-0.125, fit.Coefficients[0], 6);
        Assert.Equal(1.0, fit.Coefficients[1], 6);
        Assert.Equal(0.125, fit.MaxError, 6);
    }

    [Fact]
    public void Reported_error_matches_an_independent_measurement_at_random_points()
    {
        var request = new FitRequest("exp", -0.35, 0.35, [2, 3, 4, 5, 6], [1, 1], Relative: true, FloatFormatName.Single);
        FitResult fit = Remez.Fit(request);
        Assert.All(fit.Coefficients, c => Assert.Equal(c, (double)(float)c));

        double measured = MeasuredExpFitError(fit, seed: 11);
        Assert.InRange(measured, fit.MaxError * 0.9, fit.MaxError * 1.0001);
        Assert.True(fit.MaxError < Math.Pow(2, -27), $"degree 6 should reach 2^-27, got 2^{Math.Log2(fit.MaxError):F2}");
    }

    [Fact]
    public void Round_once_rounds_a_single_minimax_solution_and_its_error_is_measured_independently()
    {
        var request = new FitRequest("exp", -0.35, 0.35, [2, 3, 4, 5, 6], [1, 1], Relative: true, FloatFormatName.Single, RoundOnce: true);
        FitResult once = Remez.Fit(request), refit = Remez.Fit(request with { RoundOnce = false });
        Assert.Equal(refit.Coefficients[0], once.Coefficients[0]);         // both round the same first solution
        Assert.NotEqual(refit.Coefficients, once.Coefficients);            // and only re-fitting moves the others

        double measured = MeasuredExpFitError(once, seed: 13);
        Assert.InRange(measured, once.MaxError * 0.9, once.MaxError * 1.0001);
    }

    /// <summary>The largest relative error of 1 + x + Σ c·x^p against MPFR's exp at random points of [−0.35, 0.35].</summary>
    private static double MeasuredExpFitError(FitResult fit, int seed)
    {
        ExactFunction exp = ExactFunction.Get("exp");
        var random = new Random(seed);
        double measured = 0;
        for (int i = 0; i < 20_000; i++)
        {
            Real x = -0.35 + 0.7 * random.NextDouble();
            Real p = Real.One + x;
            for (int j = 0; j < fit.Coefficients.Count; j++)
                p += fit.Coefficients[j] * x.Power(fit.Request.Powers[j]);
            Real exact = Real.Apply(exp, x);
            measured = Math.Max(measured, ((p - exact) / exact).Abs().ToDouble());
        }
        return measured;
    }

    [Fact]
    public void Shifted_composite_fit_with_a_paired_constant_is_measured_independently()
    {
        // erfcx(x0 + t) = e^((x0+t)²)·erfc(x0 + t) around x0 = 1.25, its constant kept as head + low part.
        var request = new FitRequest("erfcx", -0.25, 0.25, [0, 1, 2, 3, 4, 5, 6, 7, 8], [], Relative: true, FloatFormatName.Single,
            Shift: 1.25, Pairs: [0]);
        FitResult fit = Remez.Fit(request);
        Assert.Equal(fit.LowParts[0], (double)(float)fit.LowParts[0]);
        Assert.All(fit.LowParts.Skip(1), low => Assert.Equal(0, low));
        Assert.True(Math.Abs(fit.LowParts[0]) <= Math.Abs(fit.Coefficients[0]) * Math.Pow(2, -23), "the low part is below the head's last bit");

        ExactFunction exp = ExactFunction.Get("exp"), erfc = ExactFunction.Get("erfc");
        var random = new Random(12);
        double measured = 0;
        for (int i = 0; i < 5_000; i++)
        {
            Real t = -0.25 + 0.5 * random.NextDouble();
            Real p = (Real)fit.Coefficients[0] + fit.LowParts[0];
            for (int j = 1; j < fit.Coefficients.Count; j++)
                p += fit.Coefficients[j] * t.Power(j);
            Real x = t + 1.25;
            Real exact = Real.Apply(exp, x * x) * Real.Apply(erfc, x);
            measured = Math.Max(measured, ((p - exact) / exact).Abs().ToDouble());
        }
        Assert.InRange(measured, fit.MaxError * 0.9, fit.MaxError * 1.0001);
        // One float constant alone is off by up to 2^-25 relative at t = 0; the pair takes the fit far below that.
        Assert.True(fit.MaxError < Math.Pow(2, -29), $"got 2^{Math.Log2(fit.MaxError):F2}");
    }

    [Fact]
    public void Ratios_are_fixed_exactly_and_spelled_back_the_same_way()
    {
        FixedCoefficient third = FixedCoefficient.Parse("1/3");
        Assert.Equal("1/3", third.ToString());
        Assert.Equal("0.5", FixedCoefficient.Parse("0.5").ToString());
        Assert.Throws<FormatException>(() => FixedCoefficient.Parse("1/0"));
        Assert.Throws<FormatException>(() => FixedCoefficient.Parse("1/2/3"));
        // With 1/3 fixed exactly, atanh needs no s³ term from the fit and the error stays at the double level.
        var request = new FitRequest("atanh", 0, 0.1716, [5, 7, 9, 11, 13, 15], [0, 1, 0, third], Relative: true, FloatFormatName.Double);
        Assert.True(Remez.Fit(request).MaxError < Math.Pow(2, -50));
    }

    [Fact]
    public void Impossible_requests_fail_with_a_reason()
    {
        // An odd basis on a symmetric interval: the error is odd, its extrema pair up and the system is singular.
        var odd = new FitRequest("atanh", -0.17, 0.17, [3, 5, 7], [0, 1], Relative: true, FloatFormatName.Double);
        Assert.Throws<InvalidOperationException>(() => Remez.Fit(odd));
        Assert.Throws<ArgumentException>(() => Remez.Fit(odd with { Low = 1, High = 0 }));
        Assert.Throws<ArgumentException>(() => Remez.Fit(odd with { Powers = [1, 3] }));
        Assert.Throws<ArgumentException>(() => Remez.Fit(odd with { Function = "no_such_function" }));
        Assert.Throws<ArgumentException>(() => Remez.Fit(odd with { Low = 0, Pairs = [2] }));         // 2 has no free coefficient
        Assert.Throws<ArgumentException>(() => Remez.Fit(odd with { Low = 0, Shift = double.NaN }));
        Assert.Throws<ArgumentException>(() => Remez.Fit(odd with { Low = 0, Shift = 8.8, Format = FloatFormatName.Single })); // 8.8 is no float
    }

    [Fact]
    public void The_command_reports_a_bad_request_with_its_reason_and_exit_code_1()
    {
        (int exitCode, string output) = Repository.RunCli("fit exp --interval 1,0 --powers 2..3 --name X");
        Assert.Equal(1, exitCode);
        Assert.Contains("hpccore fit: The interval [1, 0] must be finite and non-empty.", output);

        (exitCode, output) = Repository.RunCli("fit no_such_function --interval 0,1 --powers 1 --name X");
        Assert.Equal(1, exitCode);
        Assert.Contains("MPFR has no function mpfr_no_such_function", output);
    }

    [Fact]
    public void The_log_table_keeps_r_exact_and_small_and_is_zero_next_to_one()
    {
        IReadOnlyList<LogTableEntry> table = LogTable.Build(new LogTableRequest(0x3F32AAAB, IndexShift: 19, InverseBits: 5));
        Assert.Equal(16, table.Count);
        for (int j = 0; j < table.Count; j++)
        {
            LogTableEntry e = table[j];
            Assert.True(e.Low < e.High && (j == 0 || table[j - 1].High < e.Low), $"interval {j}");
            // Five significant bits: c·2^k is an integer below 32 for the k that puts c in [16, 32).
            double scaled = Math.ScaleB(e.Inverse, 4 - Math.ILogB(e.Inverse));
            Assert.True(scaled == Math.Floor(scaled) && scaled < 32, $"c_{j} = {e.Inverse} has more than 5 bits");
            // |r| < 2^-4 with m's 24 bits and c's 5: m·c − 1 is a float, checked at both ends and the middle.
            Assert.True(e.MaxR < 1.0 / 16, $"|r| = {e.MaxR} on interval {j}");
            foreach (float m in new[] { e.Low, e.High, (e.Low + e.High) / 2 })
                Assert.Equal((double)m * e.Inverse - 1, (double)MathF.FusedMultiplyAdd(m, e.Inverse, -1f));
            // The high parts are multiples of 2^-16; high + low is −log c to within half an ULP of the low part.
            foreach ((string function, (float High, float Low) value) in new[] { ("log", e.Ln), ("log2", e.Log2), ("log10", e.Log10) })
            {
                Assert.Equal(Math.Round(value.High * 65536.0), value.High * 65536.0);
                double exact = -ExactFunction.Get(function).CorrectlyRounded((double)e.Inverse);
                Assert.True(Math.Abs(exact - value.High - value.Low) <= Math.Abs(value.Low) * Math.ScaleB(1, -24) + Math.ScaleB(1, -53), $"{function} of c_{j}");
            }
        }
        LogTableEntry one = table.Single(e => e.Low <= 1 && 1 <= e.High);
        Assert.Equal((1f, 0f, 0f), (one.Inverse, one.Ln.High, one.Ln.Low));
        Assert.Equal(9, table.ToList().IndexOf(one));
        Assert.Throws<ArgumentException>(() => LogTable.Build(new LogTableRequest(0x3F32AAAB, 19, InverseBits: 6)));
        Assert.Throws<ArgumentException>(() => LogTable.Build(new LogTableRequest(0x3F32AAAB, IndexShift: 18, 5)));
    }

    [Fact]
    public void The_exp_table_holds_the_sixteenth_powers_of_two_as_float_pairs()
    {
        IReadOnlyList<ExpTableEntry> single = ExpTable.Build(FloatFormatName.Single);
        IReadOnlyList<ExpTableEntry> dual = ExpTable.Build(FloatFormatName.Double);
        Assert.Equal((16, 16), (single.Count, dual.Count));
        Assert.Equal(new ExpTableEntry(1, 0), single[0]);
        Assert.Equal(new ExpTableEntry(1, 0), dual[0]);
        for (int j = 0; j < single.Count; j++)
        {
            double exact = ExactFunction.Get("exp2").CorrectlyRounded(j / 16.0);
            Assert.Equal(exact, dual[j].High);
            Assert.Equal((double)(float)exact, single[j].High);
            Assert.Equal((double)(float)single[j].Low, single[j].Low);
            // The float low part is the rest rounded once: within half its ULP, plus double's own rounding of the power.
            Assert.True(Math.Abs(exact - single[j].High - single[j].Low) <= Math.Abs(single[j].Low) * Math.ScaleB(1, -24) + Math.ScaleB(1, -53), $"2^({j}/16)");
            // The double low part is below half an ULP of the power, and the pair is exact to about 2^-106.
            Assert.True(Math.Abs(dual[j].Low) <= Math.ScaleB(1, -53) * dual[j].High, $"2^({j}/16) low part");
        }
        Assert.Equal(Math.Sqrt(2), single[8].High + single[8].Low, 1e-14);
        Assert.Equal(Math.Sqrt(2), dual[8].High);
    }

    [Fact]
    public void Every_checked_in_fit_regenerates_from_its_header()
    {
        string fits = Path.Combine(Repository.Root, "src", "HpcCore", "Math", "Fits");
        string[] files = Directory.GetFiles(fits, "*.cs");
        Assert.NotEmpty(files);
        files.AsParallel().ForAll(file =>
        {
            string text = File.ReadAllText(file);
            string command = text.Split('\n')[1];
            Assert.True(command.StartsWith("// hpccore fit ", StringComparison.Ordinal) || command.StartsWith("// hpccore table ", StringComparison.Ordinal), command);
            (int exitCode, string output) = Repository.RunCli(command["// hpccore ".Length..]);
            Assert.True(exitCode == 0, output);
            Assert.Equal(text, output);
        });
    }
}
