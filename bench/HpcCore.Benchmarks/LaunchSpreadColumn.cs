using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace HpcCore.Benchmarks;

/// <summary>The mean of each launch (process) in ns/op, e.g. "41.2 | 41.5 | 40.9": a stable figure has close values.</summary>
public sealed class LaunchSpreadColumn : IColumn
{
    public string Id => nameof(LaunchSpreadColumn);
    public string ColumnName => "Per-launch mean (ns)";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => false;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Mean time of each launch (separate process), in nanoseconds per operation";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        BenchmarkReport? report = summary[benchmarkCase];
        if (report is null)
            return "-";
        var means = report.AllMeasurements
            .Where(m => m.IterationMode == IterationMode.Workload && m.IterationStage == IterationStage.Actual)
            .GroupBy(m => m.LaunchIndex)
            .OrderBy(g => g.Key)
            .Select(g => g.Average(m => m.Nanoseconds / m.Operations).ToString("N0", CultureInfo.InvariantCulture));
        return string.Join(" | ", means);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
