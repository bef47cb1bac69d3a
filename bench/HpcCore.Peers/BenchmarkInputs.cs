using System;
using System.Numerics;

namespace HpcCore.Peers;

/// <summary>
/// Inputs for speed measurements: where each function is normally used (a benchmark of exp on inputs that all
/// overflow would measure nothing useful). Deterministic, so every run and every peer sees the same data.
/// </summary>
public static class BenchmarkInputs
{
    public static T[] For<T>(string function, int length) where T : IFloatingPointIeee754<T>
    {
        var random = new Random(20261127);
        var values = new T[length];
        for (int i = 0; i < length; i++)
        {
            double u = random.NextDouble();
            double x = function switch
            {
                "Exp" => typeof(T) == typeof(float) ? -87 + 175 * u : -707 + 1414 * u,    // the whole finite, normal range
                "Log" => Math.Pow(10, typeof(T) == typeof(float) ? -37 + 74 * u : -300 + 600 * u), // log-uniform positive
                _ => -10 + 20 * u,
            };
            values[i] = T.CreateTruncating(x);
        }
        return values;
    }
}
