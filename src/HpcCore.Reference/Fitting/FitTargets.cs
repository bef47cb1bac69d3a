using System;
using HpcCore.Reference.Mpfr;

namespace HpcCore.Reference.Fitting;

/// <summary>
/// What a fit can approximate: any one-argument MPFR function by name, plus composites MPFR lacks, each computed in
/// 256-bit arithmetic from MPFR functions (so still far more precise than any fit needs).
/// </summary>
internal static class FitTargets
{
    /// <summary>f(x + shift) for the named target.</summary>
    /// <exception cref="ArgumentException">Neither a composite nor an MPFR function.</exception>
    public static Func<Real, Real> Resolve(string name, double shift)
    {
        Func<Real, Real> f = name switch
        {
            // The scaled complementary error function, e^(x²)·erfc(x): smooth and slowly varying where erfc underflows.
            "erfcx" => Erfcx(),
            // GELU's derivative Φ(x) + x·φ(x) taken from its zero z ≈ −0.7518: x ↦ Gelu'(z + x), a function through 0.
            "gelu_derivative_from_zero" => x => GeluDerivative(GeluDerivativeZero.Value + x),
            _ => Mpfr(name),
        };
        return shift == 0 ? f : x => f(x + shift);
    }

    private static Func<Real, Real> Mpfr(string name)
    {
        ExactFunction function = ExactFunction.Get(name);
        return x => Real.Apply(function, x);
    }

    /// <summary>The zero of GELU's derivative, by Newton's method from −0.75 (quadratic: six steps pass 256 bits).</summary>
    internal static readonly Lazy<Real> GeluDerivativeZero = new(() =>
    {
        Real z = -0.75;
        for (int i = 0; i < 8; i++)
            z = z - GeluDerivative(z) / (Density(z) * ((Real)2.0 - z * z));    // Gelu'' = φ(x)(2 − x²)
        return z;
    });

    /// <summary>Φ(x) + x·φ(x) = erfc(−x/√2)/2 + x·e^(−x²/2)/√(2π).</summary>
    internal static Real GeluDerivative(Real x) =>
        Real.Apply(ExactFunction.Get("erfc"), -x / Real.Apply(ExactFunction.Get("sqrt"), 2.0)) / 2.0 + x * Density(x);

    private static Real Density(Real x) =>
        Real.Apply(ExactFunction.Get("exp"), -x * x / 2.0) / Real.Apply(ExactFunction.Get("sqrt"), Real.Apply(ExactFunction.Get("atan"), 1.0) * 8.0);

    private static Func<Real, Real> Erfcx()
    {
        ExactFunction exp = ExactFunction.Get("exp"), erfc = ExactFunction.Get("erfc");
        return x => Real.Apply(exp, x * x) * Real.Apply(erfc, x);
    }
}
