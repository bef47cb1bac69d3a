using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace HpcCore.Benchmarks;

/// <summary>
/// Several launches per case: TensorPrimitives' speed changes between processes, so one process proves nothing. The
/// LaunchSpread column shows each launch's mean. (What changes is whether the runtime has yet recompiled its tier-0 or
/// on-stack-replacement code optimized, which it does in the background once the process has compiled nothing new
/// for 100 ms; `hpccore report` pauses for that before timing, see Throughput.WarmUp. These launches do not, and
/// often time the unoptimized code.)
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        // 100 ms iterations keep the whole matrix (every function, length and peer, three processes each) near 15 minutes.
        AddJob(Job.Default.WithLaunchCount(3).WithWarmupCount(3).WithIterationCount(10)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(100)));
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddColumn(new LaunchSpreadColumn());
        AddExporter(MarkdownExporter.GitHub);
        AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default);
        WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    }
}
