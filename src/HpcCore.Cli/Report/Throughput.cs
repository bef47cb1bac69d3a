using System;
using System.Diagnostics;
using System.Threading;

namespace HpcCore.Cli.Report;

/// <summary>
/// In-process speed: the best of many timed batches (the minimum is the least disturbed by a shared, noisy machine),
/// HpcCore and the peer interleaved so both see the same machine state. BenchmarkDotNet (the Bench target) gives
/// the full statistics over several processes.
/// </summary>
public static class Throughput
{
    /// <summary>
    /// Brings every run to its final code before any is timed. HpcCore's loops are compiled optimized at once
    /// (<c>AggressiveOptimization</c>), but a peer's methods (TensorPrimitives') start as tier-0 or on-stack-replacement
    /// code and are recompiled optimized in the background after 30 calls, once the process has compiled nothing new
    /// for 100 ms. Timed straight after a single call, TensorPrimitives.Exp(float) measured 3.2 ns/element where its
    /// optimized code takes 0.28 (the "slow state" earlier runs reported). So: batches of calls with pauses between
    /// them, until no run's batch got more than 10 % faster than its previous one (at least three, at most ten).
    /// </summary>
    public static void WarmUp(params Action[] runs)
    {
        var previous = new double[runs.Length];
        for (int pass = 0; pass < 10; pass++)
        {
            bool settled = pass >= 2;
            for (int r = 0; r < runs.Length; r++)
            {
                long start = Stopwatch.GetTimestamp();
                for (int call = 0; call < 40; call++)
                    runs[r]();
                double elapsed = Stopwatch.GetElapsedTime(start).TotalNanoseconds;
                settled &= elapsed > 0.9 * previous[r];
                previous[r] = elapsed;
            }
            if (settled)
                return;
            Thread.Sleep(150);
        }
    }

    /// <summary>Nanoseconds per element of <paramref name="run"/>, one call over <paramref name="length"/> elements (after <see cref="WarmUp"/>).</summary>
    public static double NanosecondsPerElement(Action run, int length, int rounds = 40)
    {
        int repetitions = Math.Max(1, 4_000_000 / length);
        run();
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
