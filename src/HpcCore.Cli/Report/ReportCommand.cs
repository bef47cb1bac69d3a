using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using HpcCore.Catalog;
using Spectre.Console;

namespace HpcCore.Cli.Report;

/// <summary><c>hpccore report</c>: for every catalog function, the declared bound, the measured error and the speed ratio.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var samples = new Option<int>("--samples") { Description = "Inputs per function checked against MPFR (edge values included)", DefaultValueFactory = _ => 2_000_000 };
        var exhaustive = new Option<bool>("--exhaustive") { Description = "Check float functions on all 2^32 inputs instead of a sample" };
        var length = new Option<int>("--length") { Description = "Span length for the speed measurement", DefaultValueFactory = _ => 65_536 };
        var markdown = new Option<string?>("--markdown") { Description = "Also write the table as Markdown to this file" };
        var filter = new Option<string?>("--filter") { Description = "Only functions whose name contains this text, or one of several separated by commas, e.g. Exp or Relu,Sigmoid" };
        var command = new Command("report", "Accuracy against MPFR and speed against TensorPrimitives and SLEEF of every catalog function")
        {
            samples, exhaustive, length, markdown, filter,
        };
        command.SetAction(result => Run(new ReportOptions(result.GetValue(samples), result.GetValue(exhaustive), result.GetValue(length),
            result.GetValue(markdown), result.GetValue(filter)), Environment.GetCommandLineArgs()));
        return command;
    }

    private static int Run(ReportOptions options, string[] commandLine)
    {
        if (options.Samples < 1 || options.Length < 1)
        {
            AnsiConsole.MarkupLine("[red]--samples and --length must be positive.[/]");
            return 2;
        }

        string machine = MachineDescription.Describe();
        AnsiConsole.MarkupLine($"[grey]{Markup.Escape(machine)}[/]");
        var rows = new List<ReportRow>();
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                foreach (FunctionInfo function in FunctionCatalog.All.Concat(FunctionCatalog.Pairs).Where(f => options.Filter is null || options.Filter.Split(',').Any(part => f.Name.Contains(part, StringComparison.OrdinalIgnoreCase))))
                {
                    ProgressTask task = context.AddTask(Markup.Escape(function.ToString()), maxValue: 1);
                    var progress = new Progress<double>(p => task.Value = p);
                    rows.Add(function.ElementType == typeof(float)
                        ? ReportBuilder.Measure<float>(function, options, progress)
                        : ReportBuilder.Measure<double>(function, options, progress));
                    task.Value = 1;
                }
            });

        AnsiConsole.Write(Table(rows, options));
        if (HpcCore.Peers.SleefPeers.Problem is { } sleefProblem)
            AnsiConsole.MarkupLine($"[yellow]No SLEEF column: {Markup.Escape(sleefProblem)}[/]");
        string command = "hpccore " + string.Join(' ', commandLine.Skip(1));
        if (options.MarkdownPath is { } path)
        {
            File.WriteAllText(path, MarkdownReport.Render(rows, command, machine));
            AnsiConsole.MarkupLine($"Markdown written to [bold]{Markup.Escape(path)}[/]");
        }
        bool allWithin = rows.All(r => r.WithinBound);
        if (!allWithin)
            AnsiConsole.MarkupLine("[red]Some functions exceed their declared bound.[/]");
        return allWithin ? 0 : 1;
    }

    private static Table Table(IReadOnlyList<ReportRow> rows, ReportOptions options)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Function").AddColumn(new TableColumn("Bound (ULP)").RightAligned())
            .AddColumn(new TableColumn("Measured (ULP)").RightAligned()).AddColumn("Inputs")
            .AddColumn(new TableColumn("Not CR").RightAligned())
            .AddColumn(new TableColumn("ns/element").RightAligned()).AddColumn(new TableColumn("TensorPrimitives").RightAligned())
            .AddColumn(new TableColumn("Speedup").RightAligned())
            .AddColumn(new TableColumn("SLEEF").RightAligned()).AddColumn(new TableColumn("Speedup").RightAligned());
        table.Caption($"Speed: span of {options.Length:N0} elements, one thread, best of 40 batches");
        foreach (ReportRow row in rows)
        {
            string measured = row.WithinBound ? $"[green]{row.MeasuredUlp:0.000}[/]" : $"[red]{row.MeasuredUlp:0.000}[/]";
            table.AddRow(Markup.Escape(row.Function), $"{row.DeclaredUlp:0.0##}", measured,
                row.Exhaustive ? "all 2^32" : $"{row.Inputs:N0}", $"{row.NotCorrectlyRounded:N0}",
                $"{row.NanosecondsPerElement:0.000}", MarkdownReport.Format(row.TensorPrimitivesNanosecondsPerElement),
                MarkdownReport.FormatSpeedup(row.SpeedupOverTensorPrimitives), MarkdownReport.Format(row.SleefNanosecondsPerElement),
                MarkdownReport.FormatSpeedup(row.SpeedupOverSleef));
        }
        return table;
    }
}
