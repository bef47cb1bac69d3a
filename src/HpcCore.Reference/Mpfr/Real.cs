using System;
using System.Collections.Generic;

namespace HpcCore.Reference.Mpfr;

/// <summary>
/// An immutable 256-bit MPFR real with ordinary operators, for algorithms that read better as formulas than as
/// in-place MPFR calls (the Remez fit). Every operation allocates; use it where clarity matters more than speed.
/// Every native call is followed by GC.KeepAlive of its operands: once a pointer is read, the JIT may consider the
/// owning object dead, and its finalizer would free the number while MPFR still reads it.
/// </summary>
internal sealed unsafe class Real : IComparable<Real>
{
    /// <summary>Bits of every <see cref="Real"/>: ~77 decimal digits, far beyond the errors a fit measures (2^-70).</summary>
    public const long Precision = 256;

    private readonly MpfrFloat value = new(Precision);

    /// <summary>The numbers created on this thread inside <see cref="Scoped"/>, freed when it returns.</summary>
    [ThreadStatic] private static List<MpfrFloat>? scope;

    private Real() => scope?.Add(value);

    /// <summary>
    /// Hands <paramref name="evaluate"/>'s value to <paramref name="use"/>, then frees every <see cref="Real"/> created on
    /// this thread meanwhile (the value included: <paramref name="use"/> must copy what it needs). A composite reference
    /// builds a dozen or more numbers per input; left to the finalizer thread, they piled up faster than it freed them
    /// (a 10^7-pair sweep of GeluTanhBackward's reference grew by 3.4 KB per pair, past 24 GB). Values created inside
    /// must not outlive the call.
    /// </summary>
    public static T Scoped<T>(Func<Real> evaluate, Func<Real, T> use)
    {
        List<MpfrFloat>? outer = scope;
        var created = scope = [];
        try
        {
            return use(evaluate());
        }
        finally
        {
            scope = outer;
            foreach (MpfrFloat number in created)
                number.Dispose();
        }
    }

    public static Real Zero { get; } = 0.0;

    public static Real One { get; } = 1.0;

    public bool IsZero
    {
        get
        {
            bool zero = value.IsZero;
            GC.KeepAlive(this);
            return zero;
        }
    }

    public static implicit operator Real(double d)
    {
        var r = new Real();
        MpfrNative.SetDouble(r.value.Pointer, d, MpfrNative.RoundNearest);
        GC.KeepAlive(r);
        return r;
    }

    /// <summary>f(x) for an MPFR function, correctly rounded to <see cref="Precision"/> bits.</summary>
    public static Real Apply(ExactFunction f, Real x)
    {
        var r = new Real();
        f.Evaluate(r.value, x.value);
        GC.KeepAlive(x);
        return r;
    }

    public static Real operator +(Real a, Real b) => Binary(a, b, &MpfrNative.Add);

    public static Real operator -(Real a, Real b) => Binary(a, b, &MpfrNative.Subtract);

    public static Real operator *(Real a, Real b) => Binary(a, b, &MpfrNative.Multiply);

    public static Real operator /(Real a, Real b) => Binary(a, b, &MpfrNative.Divide);

    public static Real operator -(Real a)
    {
        var r = new Real();
        MpfrNative.Negate(r.value.Pointer, a.value.Pointer, MpfrNative.RoundNearest);
        GC.KeepAlive(a);
        return r;
    }

    public static bool operator <(Real a, Real b) => a.CompareTo(b) < 0;

    public static bool operator >(Real a, Real b) => a.CompareTo(b) > 0;

    public static bool operator <=(Real a, Real b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Real a, Real b) => a.CompareTo(b) >= 0;

    public Real Abs()
    {
        var r = new Real();
        MpfrNative.Abs(r.value.Pointer, value.Pointer, MpfrNative.RoundNearest);
        GC.KeepAlive(this);
        return r;
    }

    /// <summary>x^n by repeated multiplication (n ≥ 0; exact enough at 256 bits for the small n of polynomials).</summary>
    public Real Power(int n)
    {
        Real r = One;
        for (int i = 0; i < n; i++)
            r *= this;
        return r;
    }

    public int CompareTo(Real? other)
    {
        int result = MpfrNative.Compare(value.Pointer, other!.value.Pointer);
        GC.KeepAlive(this);
        GC.KeepAlive(other);
        return result;
    }

    /// <summary>The nearest double (ties to even).</summary>
    public double ToDouble()
    {
        double result = MpfrNative.GetDouble(value.Pointer, MpfrNative.RoundNearest);
        GC.KeepAlive(this);
        return result;
    }

    /// <summary>The nearest float (ties to even), rounded once from the exact value.</summary>
    public float ToSingle()
    {
        float result = MpfrNative.GetSingle(value.Pointer, MpfrNative.RoundNearest);
        GC.KeepAlive(this);
        return result;
    }

    /// <summary>Rounds this value into an MPFR number of its own precision; MPFR's ternary value.</summary>
    public int SetInto(void* result)
    {
        int ternary = MpfrNative.Set(result, value.Pointer, MpfrNative.RoundNearest);
        GC.KeepAlive(this);
        return ternary;
    }

    public override string ToString() => ToDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private static Real Binary(Real a, Real b, delegate*<void*, void*, void*, int, int> operation)
    {
        var r = new Real();
        operation(r.value.Pointer, a.value.Pointer, b.value.Pointer, MpfrNative.RoundNearest);
        GC.KeepAlive(a);
        GC.KeepAlive(b);
        return r;
    }
}
