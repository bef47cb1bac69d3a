using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using HpcCore.Reference.Fitting;

namespace HpcCore.Cli.Fit;

/// <summary>
/// <c>hpccore fit</c>: a minimax polynomial by Remez in MPFR, written as a C# class of constants whose header holds
/// the command line that regenerates it. Every coefficient in src/HpcCore/Math/Fits comes from here.
/// </summary>
public static class FitCommand
{
    public static Command Create()
    {
        var function = new Argument<string>("function") { Description = "MPFR function to approximate (exp, log1p, sin, atan, erf, ...) or erfcx (e^(x²)·erfc(x))" };
        var interval = new Option<string>("--interval") { Description = "Interval as low,high (round-trip decimals)", Required = true };
        var powers = new Option<string>("--powers") { Description = "Powers with free coefficients: 2..7, 3..11:2 (step) or 3,5,7", Required = true };
        var fixedTerms = new Option<string>("--fixed") { Description = "Fixed coefficients of x^0, x^1, ... (e.g. 1,1; ratios such as 1/3 are kept exact)", DefaultValueFactory = _ => "" };
        var absolute = new Option<bool>("--absolute") { Description = "Minimize the absolute error instead of the relative one" };
        var format = new Option<FloatFormatName>("--format") { Description = "Format of the coefficients", DefaultValueFactory = _ => FloatFormatName.Double };
        var name = new Option<string>("--name") { Description = "Name of the generated class", Required = true };
        var shift = new Option<double>("--shift") { Description = "Fit f(x + shift): a polynomial in x − x0 around x0 = shift" };
        var pairs = new Option<string>("--pairs") { Description = "Powers whose coefficient is kept as head + low part (e.g. 0 for a shifted fit)", DefaultValueFactory = _ => "" };
        var roundOnce = new Option<bool>("--round-once") { Description = "Round the coefficients of one minimax solution instead of re-fitting after each (try both at high degree)" };
        var output = new Option<FileInfo?>("--output") { Description = "Write the C# file here instead of standard output" };

        var command = new Command("fit", "Fit a minimax polynomial (Remez, 256-bit MPFR) and write its coefficients as C# constants")
        {
            function, interval, powers, fixedTerms, absolute, format, shift, pairs, roundOnce, name, output,
        };
        command.SetAction(result =>
        {
            try
            {
                (double low, double high) = ParseInterval(result.GetValue(interval)!);
                var request = new FitRequest(result.GetValue(function)!, low, high, ParsePowers(result.GetValue(powers)!),
                    ParseFixed(result.GetValue(fixedTerms)!), !result.GetValue(absolute), result.GetValue(format),
                    result.GetValue(shift), result.GetValue(pairs) is { Length: > 0 } p ? ParsePowers(p) : null, result.GetValue(roundOnce));
                string source = FitSource.Write(Remez.Fit(request), result.GetValue(name)!);
                SourceOutput.Write(source, result.GetValue(output));
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
            {
                Console.Error.WriteLine($"hpccore fit: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static (double, double) ParseInterval(string text)
    {
        double[] ends = ParseList(text);
        return ends.Length == 2 ? (ends[0], ends[1]) : throw new FormatException($"--interval takes two numbers, low,high; got '{text}'.");
    }

    private static FixedCoefficient[] ParseFixed(string text) =>
        text.Length == 0 ? [] : text.Split(',').Select(t => FixedCoefficient.Parse(t.Trim())).ToArray();

    private static double[] ParseList(string text) =>
        text.Length == 0 ? [] : [.. text.Split(',').Select(t => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture))];

    /// <summary>"2..7", "3..11:2" or "3,5,7".</summary>
    internal static int[] ParsePowers(string text)
    {
        if (!text.Contains(".."))
            return [.. text.Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture))];
        string[] rangeAndStep = text.Split(':');
        string[] ends = rangeAndStep[0].Split("..");
        int first = int.Parse(ends[0], CultureInfo.InvariantCulture), last = int.Parse(ends[1], CultureInfo.InvariantCulture);
        int step = rangeAndStep.Length > 1 ? int.Parse(rangeAndStep[1], CultureInfo.InvariantCulture) : 1;
        if (step <= 0 || last < first)
            throw new FormatException($"--powers '{text}' is not an increasing range.");
        var result = new List<int>();
        for (int p = first; p <= last; p += step)
            result.Add(p);
        return [.. result];
    }
}
