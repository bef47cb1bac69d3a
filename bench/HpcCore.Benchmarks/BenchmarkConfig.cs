using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace HpcCore.Benchmarks;

/// <summary>
/// Several launches per case, each process's mean in the LaunchSpread column, and every process told to start tiering
/// up at once. .NET runs a method first as tier-0 (or on-stack-replacement) code and recompiles it optimized in the
/// background after 30 calls, but only once the process has compiled nothing new for 100 ms
/// (<c>TC_CallCountingDelayMs</c>); BenchmarkDotNet's own stages keep compiling, so with the default delay its warm-up
/// iterations often ended before TensorPrimitives had been recompiled, and the launches timed its unoptimized code
/// (Sigmoid 5.3 vs 0.33 ns/element). A delay of 0 changes nothing but when the optimized code arrives; `hpccore report`
/// reaches the same state by pausing (Throughput.WarmUp).
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        // 100 ms iterations keep the whole matrix (every function, length and peer, three processes each) near 15 minutes.
        AddJob(Job.Default.WithLaunchCount(3).WithWarmupCount(3).WithIterationCount(10)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(100))
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TC_CallCountingDelayMs", "0")));
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddColumn(new LaunchSpreadColumn());
        AddExporter(MarkdownExporter.GitHub);
        AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default);
        WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    }
}
