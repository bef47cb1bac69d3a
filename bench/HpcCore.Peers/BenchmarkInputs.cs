using System;
using System.Globalization;
using System.Numerics;

namespace HpcCore.Peers;

/// <summary>
/// Inputs for speed measurements: where each function is normally used (a benchmark of exp on inputs that all
/// overflow would measure nothing useful). Deterministic, so every run and every peer sees the same data.
/// </summary>
public static class BenchmarkInputs
{
    /// <summary>
    /// Half-width of the input range of the functions without a range of their own (the activations among them):
    /// 10 when unset. A wide one (e.g. 120) shows whether a function slows down where its intermediates could be subnormal.
    /// </summary>
    public const string SpreadVariable = "HPCCORE_BENCH_SPREAD";

    private static double Spread =>
        double.TryParse(Environment.GetEnvironmentVariable(SpreadVariable), NumberStyles.Float, CultureInfo.InvariantCulture,
            out double spread) ? spread : 10;

    public static T[] For<T>(string function, int length) where T : IFloatingPointIeee754<T>
    {
        var random = new Random(20261127);
        var values = new T[length];
        bool single = typeof(T) == typeof(float);
        string name = function[(function.LastIndexOf('.') + 1)..]; // CorrectlyRounded.Cbrt → Cbrt
        double spread = Spread;
        for (int i = 0; i < length; i++)
        {
            double u = random.NextDouble();
            double logUniform = Math.Pow(10, single ? -37 + 74 * u : -300 + 600 * u);
            double signed = random.Next(2) == 0 ? logUniform : -logUniform;
            double x = name switch
            {
                "Exp" or "ExpM1" => single ? -87 + 175 * u : -707 + 1414 * u,            // the whole finite, normal range
                "Exp2" => single ? -126 + 253 * u : -1022 + 2045 * u,
                "Exp10" => single ? -37 + 75 * u : -307 + 615 * u,
                "Sinh" or "Cosh" => single ? -88 + 176 * u : -709 + 1418 * u,
                "Log" or "Log2" or "Log10" or "LogP1" => logUniform,                      // positive, every binade
                "Asinh" or "Cbrt" => signed,
                "Acosh" => 1 + logUniform,
                "Asin" or "Acos" or "Atanh" => -1 + 2 * u,
                "Erf" => -4 + 8 * u,                                                       // up to where erf rounds to ±1
                "Erfc" => single ? -3 + 13 * u : -3 + 30 * u,                              // up to where erfc underflows
                _ => spread * (2 * u - 1),
            };
            values[i] = T.CreateTruncating(x);
        }
        return values;
    }

    private static (double, double) Sides(double a, Random random) =>
        (a, a * Math.ScaleB(1 + random.NextDouble(), random.Next(-20, 20)) * (random.Next(2) * 2 - 1));

    /// <summary>Argument pairs for a two-argument function, in the order of its overloads.</summary>
    public static (T[] X, T[] Y) PairFor<T>(string function, int length) where T : IFloatingPointIeee754<T>
    {
        var random = new Random(20261127);
        var x = new T[length];
        var y = new T[length];
        bool single = typeof(T) == typeof(float);
        for (int i = 0; i < length; i++)
        {
            double u = random.NextDouble(), v = random.NextDouble();
            (double a, double b) = function switch
            {
                // Sides within a factor of 2^±20 of each other, of any size that does not overflow.
                "Hypot" => Sides(Math.ScaleB(1 + u, random.Next(-60, 60)), random),
                // Bases over many binades and exponents whose results stay mostly finite.
                "Pow" => (Math.Pow(2, -20 + 40 * u), single ? -6 + 12 * v : -50 + 100 * v),
                _ => (-10 + 20 * u, -10 + 20 * v),                                       // Atan2: points around the origin
            };
            x[i] = T.CreateTruncating(a);
            y[i] = T.CreateTruncating(b);
        }
        return (x, y);
    }
}
