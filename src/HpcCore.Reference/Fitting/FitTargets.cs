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
            _ => Mpfr(name),
        };
        return shift == 0 ? f : x => f(x + shift);
    }

    private static Func<Real, Real> Mpfr(string name)
    {
        ExactFunction function = ExactFunction.Get(name);
        return x => Real.Apply(function, x);
    }

    private static Func<Real, Real> Erfcx()
    {
        ExactFunction exp = ExactFunction.Get("exp"), erfc = ExactFunction.Get("erfc");
        return x => Real.Apply(exp, x * x) * Real.Apply(erfc, x);
    }
}
