using System;
using System.Diagnostics;

namespace HpcCore.Cli.Report;

/// <summary>
/// In-process speed: the best of many timed batches (the minimum is the least disturbed by a shared, noisy machine),
/// HpcCore and the peer interleaved so both see the same machine state. BenchmarkDotNet (the Bench target) gives
/// the full statistics over several processes.
/// </summary>
public static class Throughput
{
    /// <summary>Nanoseconds per element of <paramref name="run"/>, one call over <paramref name="length"/> elements.</summary>
    public static double NanosecondsPerElement(Action run, int length, int rounds = 40)
    {
        int repetitions = Math.Max(1, 4_000_000 / length);
        run(); // JIT and tier-up before timing
        double best = double.MaxValue;
        for (int round = 0; round < rounds; round++)
        {
            long start = Stopwatch.GetTimestamp();
            for (int r = 0; r < repetitions; r++)
                run();
            double elapsed = Stopwatch.GetElapsedTime(start).TotalNanoseconds;
            best = Math.Min(best, elapsed / ((double)repetitions * length));
        }
        return best;
    }
}
