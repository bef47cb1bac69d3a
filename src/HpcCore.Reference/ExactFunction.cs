using System;
using System.Collections.Concurrent;
using HpcCore.Reference.Mpfr;

namespace HpcCore.Reference;

/// <summary>
/// A function evaluated by MPFR: <c>ExactFunction.Get("exp")</c> binds <c>mpfr_exp</c>, and any other one-argument
/// MPFR function is reached the same way; <c>ExactFunction.Get("atan2", arity: 2)</c> binds a two-argument one
/// (<c>mpfr_atan2(y, x)</c>, <c>mpfr_hypot</c>, <c>mpfr_pow</c>), its arguments in MPFR's order. Gives correctly rounded results and the error of a computed result in ULPs.
/// Safe to use from many threads (each keeps its own MPFR scratch values).
/// </summary>
public sealed unsafe class ExactFunction
{
    /// <summary>Bits of the exact value: far more than needed to measure an error to 1e-9 ULP or round a double.</summary>
    private const long ExactPrecision = 192;

    private static readonly ConcurrentDictionary<(string, int), ExactFunction> cache = new();
    private static readonly object rangeLock = new();
    private static readonly bool threadLocalRange = LoadAndCheckThreadSafety();

    [ThreadStatic] private static Scratch? scratch;

    private readonly nint address;
    private readonly Func<double, Real>? unaryComposite;
    private readonly Func<double, double, Real>? binaryComposite;
    private readonly Func<double, double, double, Real>? ternaryComposite;

    private ExactFunction(string name, int arity, nint address, Func<double, Real>? unaryComposite = null,
        Func<double, double, Real>? binaryComposite = null, Func<double, double, double, Real>? ternaryComposite = null)
    {
        Name = name;
        Arity = arity;
        this.address = address;
        this.unaryComposite = unaryComposite;
        this.binaryComposite = binaryComposite;
        this.ternaryComposite = ternaryComposite;
    }

    /// <summary>The MPFR function name without the prefix, e.g. <c>exp</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// True for a composite of MPFR functions (an activation), about ten times as slow as one MPFR call: test sweeps
    /// take fewer inputs for these by default.
    /// </summary>
    public bool IsComposite => unaryComposite is not null || binaryComposite is not null || ternaryComposite is not null;

    /// <summary>How many arguments the function takes (1 or 2; 3 for a composite such as Prelu's backward).</summary>
    public int Arity { get; }

    /// <summary>
    /// Binds <c>mpfr_{name}</c>, which takes <paramref name="arity"/> arguments (MPFR's headers say; the library cannot),
    /// or the composite of that name MPFR lacks (an activation such as <c>"sigmoid"</c>, see <see cref="Composites"/>).
    /// </summary>
    /// <exception cref="MpfrNotInstalledException">libmpfr.so.6 is not installed.</exception>
    /// <exception cref="ArgumentException">MPFR has no such function, or the arity is not 1 or 2 (3 for a composite).</exception>
    public static ExactFunction Get(string name, int arity = 1) => cache.GetOrAdd((name, arity), static key =>
    {
        if (key.Item2 == 3)
            return Composites.Ternary(key.Item1) is { } ternary
                ? new ExactFunction(key.Item1, 3, 0, ternaryComposite: ternary)
                : throw new ArgumentException($"No three-argument composite is named {key.Item1}.", nameof(name));
        if (key.Item2 is not (1 or 2))
            throw new ArgumentException($"Only one- and two-argument MPFR functions are bound, not {key.Item2}.", nameof(arity));
        if (key.Item2 == 1 && Composites.Unary(key.Item1) is { } unary)
            return new ExactFunction(key.Item1, 1, 0, unaryComposite: unary);
        if (key.Item2 == 2 && Composites.Binary(key.Item1) is { } binary)
            return new ExactFunction(key.Item1, 2, 0, binaryComposite: binary);
        nint address = MpfrNative.Export(key.Item1);
        return address != 0 ? new ExactFunction(key.Item1, key.Item2, address) : throw new ArgumentException($"MPFR has no function mpfr_{key.Item1}.", nameof(name));
    });

    /// <summary>f(x) correctly rounded to nearest-even float, with IEEE subnormals, overflow and underflow.</summary>
    public float CorrectlyRounded(float x)
    {
        Scratch s = scratch ??= new Scratch();
        MpfrNative.SetSingle(s.Input.Pointer, x, MpfrNative.RoundNearest);
        RoundInFormat(s.Rounded24, s, FloatFormat.Single, arity: 1);
        return MpfrNative.GetSingle(s.Rounded24.Pointer, MpfrNative.RoundNearest);
    }

    /// <summary>f(x, y) correctly rounded to nearest-even float, with IEEE subnormals, overflow and underflow.</summary>
    public float CorrectlyRounded(float x, float y)
    {
        Scratch s = scratch ??= new Scratch();
        MpfrNative.SetSingle(s.Input.Pointer, x, MpfrNative.RoundNearest);
        MpfrNative.SetSingle(s.SecondInput.Pointer, y, MpfrNative.RoundNearest);
        RoundInFormat(s.Rounded24, s, FloatFormat.Single, arity: 2);
        return MpfrNative.GetSingle(s.Rounded24.Pointer, MpfrNative.RoundNearest);
    }

    /// <summary>f(x) correctly rounded to nearest-even double, with IEEE subnormals, overflow and underflow.</summary>
    public double CorrectlyRounded(double x)
    {
        Scratch s = scratch ??= new Scratch();
        MpfrNative.SetDouble(s.Input.Pointer, x, MpfrNative.RoundNearest);
        RoundInFormat(s.Rounded53, s, FloatFormat.Double, arity: 1);
        return MpfrNative.GetDouble(s.Rounded53.Pointer, MpfrNative.RoundNearest);
    }

    /// <summary>f(x, y) correctly rounded to nearest-even double, with IEEE subnormals, overflow and underflow.</summary>
    public double CorrectlyRounded(double x, double y)
    {
        Scratch s = scratch ??= new Scratch();
        MpfrNative.SetDouble(s.Input.Pointer, x, MpfrNative.RoundNearest);
        MpfrNative.SetDouble(s.SecondInput.Pointer, y, MpfrNative.RoundNearest);
        RoundInFormat(s.Rounded53, s, FloatFormat.Double, arity: 2);
        return MpfrNative.GetDouble(s.Rounded53.Pointer, MpfrNative.RoundNearest);
    }

    /// <summary>The error of <paramref name="computed"/> as f(<paramref name="x"/>), in ULPs (see <see cref="ErrorRules"/>).</summary>
    public Measurement Measure(float x, float computed)
    {
        Scratch s = scratch ??= new Scratch();
        MpfrNative.SetSingle(s.Input.Pointer, x, MpfrNative.RoundNearest);
        Call(s.Exact.Pointer, s, arity: 1);
        return Judge(s, computed, FloatFormat.Single, s.Exact.IsNaN ? float.NaN : MpfrNative.GetSingle(s.Exact.Pointer, MpfrNative.RoundNearest));
    }

    /// <summary>The error of <paramref name="computed"/> as f(<paramref name="x"/>, <paramref name="y"/>), in ULPs (see <see cref="ErrorRules"/>).</summary>
    public Measurement Measure(float x, float y, float computed)
    {
        Scratch s = scratch ??= new Scratch();
        MpfrNative.SetSingle(s.Input.Pointer, x, MpfrNative.RoundNearest);
        MpfrNative.SetSingle(s.SecondInput.Pointer, y, MpfrNative.RoundNearest);
        Call(s.Exact.Pointer, s, arity: 2);
        return Judge(s, computed, FloatFormat.Single, s.Exact.IsNaN ? float.NaN : MpfrNative.GetSingle(s.Exact.Pointer, MpfrNative.RoundNearest));
    }

    /// <summary>The error of <paramref name="computed"/> as f(<paramref name="x"/>), in ULPs (see <see cref="ErrorRules"/>).</summary>
    public Measurement Measure(double x, double computed)
    {
        Scratch s = scratch ??= new Scratch();
        MpfrNative.SetDouble(s.Input.Pointer, x, MpfrNative.RoundNearest);
        Call(s.Exact.Pointer, s, arity: 1);
        return Judge(s, computed, FloatFormat.Double, s.Exact.IsNaN ? double.NaN : MpfrNative.GetDouble(s.Exact.Pointer, MpfrNative.RoundNearest));
    }

    /// <summary>The error of <paramref name="computed"/> as f(<paramref name="x"/>, <paramref name="y"/>), in ULPs (see <see cref="ErrorRules"/>).</summary>
    public Measurement Measure(double x, double y, double computed)
    {
        Scratch s = scratch ??= new Scratch();
        MpfrNative.SetDouble(s.Input.Pointer, x, MpfrNative.RoundNearest);
        MpfrNative.SetDouble(s.SecondInput.Pointer, y, MpfrNative.RoundNearest);
        Call(s.Exact.Pointer, s, arity: 2);
        return Judge(s, computed, FloatFormat.Double, s.Exact.IsNaN ? double.NaN : MpfrNative.GetDouble(s.Exact.Pointer, MpfrNative.RoundNearest));
    }

    /// <summary>The error of <paramref name="computed"/> as f(<paramref name="x"/>, <paramref name="y"/>, <paramref name="z"/>), in ULPs (see <see cref="ErrorRules"/>).</summary>
    public Measurement Measure(float x, float y, float z, float computed)
    {
        Scratch s = scratch ??= new Scratch();
        MpfrNative.SetSingle(s.Input.Pointer, x, MpfrNative.RoundNearest);
        MpfrNative.SetSingle(s.SecondInput.Pointer, y, MpfrNative.RoundNearest);
        MpfrNative.SetSingle(s.ThirdInput.Pointer, z, MpfrNative.RoundNearest);
        Call(s.Exact.Pointer, s, arity: 3);
        return Judge(s, computed, FloatFormat.Single, s.Exact.IsNaN ? float.NaN : MpfrNative.GetSingle(s.Exact.Pointer, MpfrNative.RoundNearest));
    }

    /// <summary>The error of <paramref name="computed"/> as f(<paramref name="x"/>, <paramref name="y"/>, <paramref name="z"/>), in ULPs (see <see cref="ErrorRules"/>).</summary>
    public Measurement Measure(double x, double y, double z, double computed)
    {
        Scratch s = scratch ??= new Scratch();
        MpfrNative.SetDouble(s.Input.Pointer, x, MpfrNative.RoundNearest);
        MpfrNative.SetDouble(s.SecondInput.Pointer, y, MpfrNative.RoundNearest);
        MpfrNative.SetDouble(s.ThirdInput.Pointer, z, MpfrNative.RoundNearest);
        Call(s.Exact.Pointer, s, arity: 3);
        return Judge(s, computed, FloatFormat.Double, s.Exact.IsNaN ? double.NaN : MpfrNative.GetDouble(s.Exact.Pointer, MpfrNative.RoundNearest));
    }

    /// <summary>f(input) into <paramref name="result"/>, rounded to the result's precision.</summary>
    internal void Evaluate(MpfrFloat result, MpfrFloat input)
    {
        RequireArity(1);
        if (unaryComposite is not null)
            SetComposite(result.Pointer, unaryComposite(MpfrNative.GetDouble(input.Pointer, MpfrNative.RoundNearest)));
        else
            ((delegate* unmanaged<void*, void*, int, int>)address)(result.Pointer, input.Pointer, MpfrNative.RoundNearest);
    }

    /// <summary>f of the scratch inputs into <paramref name="result"/>: MPFR's ternary value.</summary>
    private int Call(void* result, Scratch s, int arity)
    {
        RequireArity(arity);
        if (IsComposite)
            return CallComposite(result, s);
        return arity == 1
            ? ((delegate* unmanaged<void*, void*, int, int>)address)(result, s.Input.Pointer, MpfrNative.RoundNearest)
            : ((delegate* unmanaged<void*, void*, void*, int, int>)address)(result, s.Input.Pointer, s.SecondInput.Pointer, MpfrNative.RoundNearest);
    }

    /// <summary>
    /// A composite of the scratch inputs into <paramref name="result"/>: computed with MPFR's widest exponent range
    /// (the caller may have narrowed it to a float's, where e^100 would already overflow), then rounded once into the
    /// result, whose ternary value the caller's range check and subnormalization use.
    /// </summary>
    private int CallComposite(void* result, Scratch s)
    {
        long emin = MpfrNative.GetEmin(), emax = MpfrNative.GetEmax();
        MpfrNative.SetEmin(WidestEmin);
        MpfrNative.SetEmax(WidestEmax);
        try
        {
            double x = MpfrNative.GetDouble(s.Input.Pointer, MpfrNative.RoundNearest);
            double y = MpfrNative.GetDouble(s.SecondInput.Pointer, MpfrNative.RoundNearest);
            double z = MpfrNative.GetDouble(s.ThirdInput.Pointer, MpfrNative.RoundNearest);
            return Real.Scoped(
                () => unaryComposite is not null ? unaryComposite(x) : binaryComposite is not null ? binaryComposite(x, y) : ternaryComposite!(x, y, z),
                value => SetComposite(result, value));
        }
        finally
        {
            MpfrNative.SetEmin(emin);
            MpfrNative.SetEmax(emax);
        }
    }

    /// <summary>MPFR's default exponent range, ±(2^30 − 1): e^(±10^8) stays finite in it.</summary>
    private const long WidestEmin = -(1L << 30) + 1, WidestEmax = (1L << 30) - 1;

    private static int SetComposite(void* result, Real value) => value.SetInto(result);

    private void RequireArity(int arity)
    {
        if (arity != Arity)
            throw new InvalidOperationException($"mpfr_{Name} was bound with {Arity} argument(s) but called with {arity}.");
    }

    /// <summary>Error and correct rounding of a result given as a double (floats convert exactly, the sign of zero included).</summary>
    private static Measurement Judge(Scratch s, double computed, FloatFormat format, double correctlyRounded)
    {
        bool correct = double.IsNaN(correctlyRounded)
            ? double.IsNaN(computed)
            : BitConverter.DoubleToInt64Bits(correctlyRounded) == BitConverter.DoubleToInt64Bits(computed);
        return new Measurement(ErrorRules.UlpError(s, computed, format), correct);
    }

    /// <summary>
    /// Rounds f(input) into <paramref name="format"/> exactly as IEEE does: MPFR's exponent range narrowed to the
    /// format's, then mpfr_subnormalize for gradual underflow (the MPFR manual's recipe for emulating IEEE formats).
    /// </summary>
    private void RoundInFormat(MpfrFloat result, Scratch s, FloatFormat format, int arity)
    {
        if (threadLocalRange)
            RoundInFormatUnlocked(result, s, format, arity);
        else
            lock (rangeLock)
                RoundInFormatUnlocked(result, s, format, arity);
    }

    private void RoundInFormatUnlocked(MpfrFloat result, Scratch s, FloatFormat format, int arity)
    {
        long emin = MpfrNative.GetEmin(), emax = MpfrNative.GetEmax();
        try
        {
            MpfrNative.SetEmin(format.MpfrEmin);
            MpfrNative.SetEmax(format.MpfrEmax);
            int ternary = Call(result.Pointer, s, arity);
            ternary = MpfrNative.CheckRange(result.Pointer, ternary, MpfrNative.RoundNearest);
            MpfrNative.Subnormalize(result.Pointer, ternary, MpfrNative.RoundNearest);
        }
        finally
        {
            MpfrNative.SetEmin(emin);
            MpfrNative.SetEmax(emax);
        }
    }

    /// <summary>MPFR keeps its exponent range per thread only when built thread-safe; otherwise changes are serialized.</summary>
    private static bool LoadAndCheckThreadSafety()
    {
        MpfrNative.EnsureLoaded();
        return MpfrNative.IsThreadSafe() != 0;
    }

    internal sealed class Scratch
    {
        public readonly MpfrFloat Input = new(64);
        public readonly MpfrFloat SecondInput = new(64);
        public readonly MpfrFloat ThirdInput = new(64);
        public readonly MpfrFloat Exact = new(ExactPrecision);
        public readonly MpfrFloat Computed = new(64);
        public readonly MpfrFloat Difference = new(2 * ExactPrecision);
        public readonly MpfrFloat Rounded24 = new(24);
        public readonly MpfrFloat Rounded53 = new(53);
    }
}

/// <summary>The error of one result: in ULPs of the exact value, and whether it is the correctly rounded one.</summary>
public readonly record struct Measurement(double UlpError, bool CorrectlyRounded);
