using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace HpcCore.Cli.Report;

/// <summary>The report as a Markdown table, with the command and the machine that produced it.</summary>
public static class MarkdownReport
{
    public static string Render(IReadOnlyList<ReportRow> rows, string command, string machine)
    {
        var text = new StringBuilder();
        text.AppendLine($"Produced by `{command}` on {machine}.");
        text.AppendLine();
        text.AppendLine("| Function | Declared bound (ULP) | Measured max (ULP) | Inputs checked | Not correctly rounded | HpcCore (ns/element) | TensorPrimitives (ns/element) | Speedup vs TensorPrimitives | SLEEF (ns/element) | Speedup vs SLEEF |");
        text.AppendLine("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|");
        foreach (ReportRow row in rows)
        {
            string inputs = row.Exhaustive ? "all 2^32 floats" : row.Inputs.ToString("N0", CultureInfo.InvariantCulture) + " (sample)";
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Function} | {row.DeclaredUlp:0.0##} | {row.MeasuredUlp:0.000} | {inputs} | {row.NotCorrectlyRounded:N0} | {row.NanosecondsPerElement:0.000} | {Format(row.TensorPrimitivesNanosecondsPerElement)} | {FormatSpeedup(row.SpeedupOverTensorPrimitives)} | {Format(row.SleefNanosecondsPerElement)} | {FormatSpeedup(row.SpeedupOverSleef)} |"));
        }
        return text.ToString();
    }

    public static string Format(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    public static string FormatSpeedup(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "-";
}
