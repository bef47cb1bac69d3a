using System;
using System.Diagnostics;
using HpcCore.Catalog;

namespace HpcCore.Cli.Report;

/// <summary>
/// In-process speed: the best of many timed batches (the minimum is the least disturbed by a shared, noisy machine),
/// HpcCore and the peer interleaved so both see the same machine state. BenchmarkDotNet (the Bench target) gives
/// the full statistics over several processes.
/// </summary>
public static class Throughput
{
    public static double NanosecondsPerElement<T>(SpanFunction<T> function, T[] x, int rounds = 40)
    {
        var destination = new T[x.Length];
        int repetitions = Math.Max(1, 4_000_000 / x.Length);
        function(x, destination); // JIT and tier-up before timing
        double best = double.MaxValue;
        for (int round = 0; round < rounds; round++)
        {
            long start = Stopwatch.GetTimestamp();
            for (int r = 0; r < repetitions; r++)
                function(x, destination);
            double elapsed = Stopwatch.GetElapsedTime(start).TotalNanoseconds;
            best = Math.Min(best, elapsed / ((double)repetitions * x.Length));
        }
        return best;
    }
}
