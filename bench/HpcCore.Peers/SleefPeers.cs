using System;
using System.IO;
using System.Runtime.InteropServices;
using HpcCore.Catalog;

namespace HpcCore.Peers;

/// <summary>
/// SLEEF's AVX-512 vector functions (the most accurate variant of each, u10 or u05) through the array shim in
/// native/sleef-shim, which the Cake targets Report and Bench build. Without the shim, or without libsleef, SLEEF
/// simply has no peers and <see cref="Problem"/> says what to do.
/// </summary>
public static unsafe class SleefPeers
{
    public const string LibraryName = "SLEEF";

    /// <summary>Overrides where the shim is looked for.</summary>
    public const string PathVariable = "HPCCORE_SLEEF_SHIM";

    private const string ShimFile = "libhpccore_sleef_shim.so";
    private static readonly Lazy<nint> handle = new(Load);

    /// <summary>Why SLEEF peers are missing, or null when the shim is loaded.</summary>
    public static string? Problem { get; private set; }

    /// <summary>SLEEF's version of <paramref name="function"/> over spans, or null.</summary>
    public static SpanFunction<T>? For<T>(UnaryFunction<T> function)
    {
        string suffix = typeof(T) == typeof(float) ? "f32" : "f64";
        if (handle.Value == 0 || !NativeLibrary.TryGetExport(handle.Value, $"hpccore_sleef_{function.Name.ToLowerInvariant()}_{suffix}", out nint address))
            return null;
        return (SpanFunction<T>)(object)(typeof(T) == typeof(float) ? Single(address) : Double(address));
    }

    /// <summary>SLEEF's version of the two-argument <paramref name="function"/> over spans, or null.</summary>
    public static BinarySpanFunction<T>? For<T>(BinaryFunction<T> function)
    {
        string suffix = typeof(T) == typeof(float) ? "f32" : "f64";
        if (handle.Value == 0 || !NativeLibrary.TryGetExport(handle.Value, $"hpccore_sleef_{function.Name.ToLowerInvariant()}_{suffix}", out nint address))
            return null;
        return (BinarySpanFunction<T>)(object)(typeof(T) == typeof(float) ? BinarySingle(address) : BinaryDouble(address));
    }

    /// <summary>SLEEF's version of <paramref name="function"/> with two results (sincos), or null.</summary>
    public static PairSpanFunction<T>? For<T>(PairFunction<T> function)
    {
        string suffix = typeof(T) == typeof(float) ? "f32" : "f64";
        if (handle.Value == 0 || !NativeLibrary.TryGetExport(handle.Value, $"hpccore_sleef_{function.Name.ToLowerInvariant()}_{suffix}", out nint address))
            return null;
        return (PairSpanFunction<T>)(object)(typeof(T) == typeof(float) ? PairSingle(address) : PairDouble(address));
    }

    private static PairSpanFunction<float> PairSingle(nint address) => (x, first, second) =>
    {
        if (first.Length < x.Length || second.Length < x.Length)
            throw new ArgumentException("A destination is too short.", nameof(first));
        fixed (float* input = x, a = first, b = second)
            ((delegate* unmanaged<float*, float*, float*, nuint, void>)address)(input, a, b, (nuint)x.Length);
    };

    private static PairSpanFunction<double> PairDouble(nint address) => (x, first, second) =>
    {
        if (first.Length < x.Length || second.Length < x.Length)
            throw new ArgumentException("A destination is too short.", nameof(first));
        fixed (double* input = x, a = first, b = second)
            ((delegate* unmanaged<double*, double*, double*, nuint, void>)address)(input, a, b, (nuint)x.Length);
    };

    private static BinarySpanFunction<float> BinarySingle(nint address) => (x, y, destination) =>
    {
        if (y.Length != x.Length || destination.Length < x.Length)
            throw new ArgumentException("Inputs differ in length or the destination is too short.", nameof(destination));
        fixed (float* first = x, second = y, output = destination)
            ((delegate* unmanaged<float*, float*, float*, nuint, void>)address)(first, second, output, (nuint)x.Length);
    };

    private static BinarySpanFunction<double> BinaryDouble(nint address) => (x, y, destination) =>
    {
        if (y.Length != x.Length || destination.Length < x.Length)
            throw new ArgumentException("Inputs differ in length or the destination is too short.", nameof(destination));
        fixed (double* first = x, second = y, output = destination)
            ((delegate* unmanaged<double*, double*, double*, nuint, void>)address)(first, second, output, (nuint)x.Length);
    };

    private static SpanFunction<float> Single(nint address) => (x, destination) =>
    {
        if (destination.Length < x.Length)
            throw new ArgumentException("Destination is too short.", nameof(destination));
        fixed (float* input = x, output = destination)
            ((delegate* unmanaged<float*, float*, nuint, void>)address)(input, output, (nuint)x.Length);
    };

    private static SpanFunction<double> Double(nint address) => (x, destination) =>
    {
        if (destination.Length < x.Length)
            throw new ArgumentException("Destination is too short.", nameof(destination));
        fixed (double* input = x, output = destination)
            ((delegate* unmanaged<double*, double*, nuint, void>)address)(input, output, (nuint)x.Length);
    };

    private static nint Load()
    {
        string? path = Environment.GetEnvironmentVariable(PathVariable) ?? FindBuiltShim();
        if (path is null)
        {
            Problem = $"SLEEF shim not built: run ./build.sh --target=Report (or Bench), which compiles native/sleef-shim with gcc " +
                      $"against libsleef-dev (apt-get install -y gcc libsleef-dev), or point {PathVariable} at {ShimFile}.";
            return 0;
        }
        if (NativeLibrary.TryLoad(path, out nint loaded))
            return loaded;
        Problem = $"{path} did not load (is libsleef3 installed? apt-get install -y libsleef3).";
        return 0;
    }

    /// <summary>artifacts/native/ under the first directory above this assembly that has one (the build puts it there).</summary>
    private static string? FindBuiltShim()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "artifacts", "native", ShimFile);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
