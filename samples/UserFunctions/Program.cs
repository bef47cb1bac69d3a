using System;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using HpcCore.Catalog;
using HpcCore.OpenCL;
using UserFunctions;

// Runs every function of MyFunctions on every form — scalar, Vector128/256/512, span and OpenCL — and checks that all
// give the scalar overload's bits. Exit code: the number of forms that disagree.
using var accelerator = new OpenClAccelerator();
Console.WriteLine($"OpenCL device: {accelerator.Device}");
int failures = 0;
foreach (FunctionInfo entry in GeneratedCatalog.Create())
{
    failures += entry switch
    {
        UnaryFunction<float> f => Check(f.ToString(), Inputs<float>(1), x => x[0].Select(f.Scalar).ToArray(),
            x => Forms(x, v => f.Vector128(v[0]), v => f.Vector256(v[0]), v => f.Vector512(v[0])),
            (x, d) => f.Span(x[0], d), (x, d) => accelerator.Apply(f, x[0], d)),
        BinaryFunction<float> f => Check(f.ToString(), Inputs<float>(2), x => x[0].Select((a, i) => f.Scalar(a, x[1][i])).ToArray(),
            x => Forms(x, v => f.Vector128(v[0], v[1]), v => f.Vector256(v[0], v[1]), v => f.Vector512(v[0], v[1])),
            (x, d) => f.Span(x[0], x[1], d), (x, d) => accelerator.Apply(f, x[0], x[1], d)),
        TernaryFunction<double> f => Check(f.ToString(), Inputs<double>(3), x => x[0].Select((a, i) => f.Scalar(a, x[1][i], x[2][i])).ToArray(),
            x => Forms(x, v => f.Vector128(v[0], v[1], v[2]), v => f.Vector256(v[0], v[1], v[2]), v => f.Vector512(v[0], v[1], v[2])),
            (x, d) => f.Span(x[0], x[1], x[2], d), (x, d) => accelerator.Apply(f, x[0], x[1], x[2], d)),
        _ => throw new InvalidOperationException($"{entry} has no check"),
    };
}

// Values the test compares with HpcCore's own functions (round-trip format).
Console.WriteLine($"Swish(1.5) = {Show(MyFunctions.Swish(1.5f))}");
Console.WriteLine($"Swish(1.5, beta: 0.5) = {Show(MyFunctions.Swish(1.5f, 0.5f))}");
Console.WriteLine($"TanhGate(3, -0.25) = {Show(MyFunctions.TanhGate(3f, -0.25f))}");
Console.WriteLine($"GatedResidual(2, 0.5, -1) = {MyFunctions.GatedResidual(2.0, 0.5, -1.0).ToString("R", CultureInfo.InvariantCulture)}");
return failures;

static string Show(float value) => value.ToString("R", CultureInfo.InvariantCulture);

// Random inputs over a wide range plus the special values, one array per argument.
static T[][] Inputs<T>(int arity) where T : unmanaged
{
    var random = new Random(42);
    double[] special = [0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e-40, -100.0, 88.7, 1e30];
    return Enumerable.Range(0, arity).Select(a => Enumerable.Range(0, 4099)
        .Select(i => i < special.Length ? special[(i + a) % special.Length] : (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 4)))
        .Select(v => typeof(T) == typeof(float) ? (T)(object)(float)v : (T)(object)v).ToArray()).ToArray();
}

// The three vector widths over every whole vector of the inputs.
static (string, T[])[] Forms<T>(T[][] x, Func<Vector128<T>[], Vector128<T>> f128, Func<Vector256<T>[], Vector256<T>> f256,
    Func<Vector512<T>[], Vector512<T>> f512) where T : unmanaged
{
    int length = x[0].Length / 16 * 16;
    T[] v128 = new T[length], v256 = new T[length], v512 = new T[length];
    for (int i = 0; i < length; i += Vector128<T>.Count)
        f128(x.Select(a => Vector128.Create<T>(a.AsSpan(i))).ToArray()).CopyTo(v128.AsSpan(i));
    for (int i = 0; i < length; i += Vector256<T>.Count)
        f256(x.Select(a => Vector256.Create<T>(a.AsSpan(i))).ToArray()).CopyTo(v256.AsSpan(i));
    for (int i = 0; i < length; i += Vector512<T>.Count)
        f512(x.Select(a => Vector512.Create<T>(a.AsSpan(i))).ToArray()).CopyTo(v512.AsSpan(i));
    return [("Vector128", v128), ("Vector256", v256), ("Vector512", v512)];
}

static int Check<T>(string name, T[][] x, Func<T[][], T[]> scalar, Func<T[][], (string, T[])[]> vectors,
    Action<T[][], T[]> span, Action<T[][], T[]> openCl) where T : unmanaged
{
    T[] expected = scalar(x);
    T[] bySpan = new T[expected.Length], byOpenCl = new T[expected.Length];
    span(x, bySpan);
    openCl(x, byOpenCl);
    var disagreeing = vectors(x).Append(("span", bySpan)).Append(("OpenCL", byOpenCl))
        .Where(form => !MemoryMarshal.AsBytes(form.Item2.AsSpan()).SequenceEqual(MemoryMarshal.AsBytes(expected.AsSpan(0, form.Item2.Length))))
        .Select(form => form.Item1).ToArray();
    Console.WriteLine(disagreeing.Length == 0
        ? $"{name}: scalar, Vector128, Vector256, Vector512, span and OpenCL agree bit for bit on {expected.Length} inputs"
        : $"{name}: DIFFERENT from the scalar overload: {string.Join(", ", disagreeing)}");
    return disagreeing.Length;
}
