using System;
using System.Collections.Generic;
using System.Linq;

namespace HpcCore.Reference.Fitting;

/// <summary>
/// What to fit: p(x) = Σ Fixed[i]·x^i + Σ c_j·x^Powers[j] ≈ f(x) on [Low, High], minimizing the largest relative (or
/// absolute) error, with the free coefficients c_j rounded to <see cref="Format"/>.
/// </summary>
/// <param name="Function">An MPFR function name (<c>exp</c>, <c>log1p</c>, <c>sin</c>, ...) or a composite such as
/// <c>erfcx</c> (<see cref="FitTargets"/>): the exact target.</param>
/// <param name="Low">Lower end of the interval.</param>
/// <param name="High">Upper end of the interval.</param>
/// <param name="Powers">Powers of x with free coefficients, e.g. 2..7 for exp, 3, 5, 7 for sin.</param>
/// <param name="Fixed">Coefficients of x^0, x^1, ... kept as given, e.g. 1, 1 for exp, or 0, 1, 0, 1/3 for atanh.</param>
/// <param name="Relative">Minimize the relative error (the usual goal) rather than the absolute one.</param>
/// <param name="Format">The floating-point format the free coefficients are rounded to.</param>
/// <param name="Shift">Fit f(x + Shift) instead of f(x): a polynomial in x − x0 around x0 = Shift, whose constant term
/// is f(x0) and whose other terms stay small on a short interval.</param>
/// <param name="Pairs">Powers whose coefficient is kept as two numbers of the format, head + low part (about twice
/// the precision), for a definition that evaluates that term exactly: the constant of a shifted fit, 2/√π in erf.</param>
/// <param name="RoundOnce">Round every coefficient of one minimax solution, instead of rounding them one at a time
/// and re-fitting the rest. Re-fitting usually wins at low degree; at high degree the re-fits can fail to converge on
/// the discrete grid (a degree-16 erfcx fit came out at 2^-48 where its rounded minimax gives 2^-58), so try both.</param>
public sealed record FitRequest(string Function, double Low, double High, IReadOnlyList<int> Powers, IReadOnlyList<FixedCoefficient> Fixed,
    bool Relative, FloatFormatName Format, double Shift = 0, IReadOnlyList<int>? Pairs = null, bool RoundOnce = false)
{
    /// <summary>Throws <see cref="ArgumentException"/> for a request no fit can satisfy.</summary>
    public void Validate()
    {
        if (!double.IsFinite(Shift) || (Format == FloatFormatName.Single && (double)(float)Shift != Shift))
            throw new ArgumentException($"The shift {Shift} must be finite and exact in {Format}: a definition subtracts it from x exactly.");
        if (!(Low < High) || !double.IsFinite(Low) || !double.IsFinite(High))
            throw new ArgumentException($"The interval [{Low}, {High}] must be finite and non-empty.");
        if (Powers.Count == 0)
            throw new ArgumentException("At least one power needs a free coefficient.");
        foreach (int p in Pairs ?? [])
            if (!Powers.Contains(p))
                throw new ArgumentException($"Power {p} is kept as a pair but has no free coefficient.");
        var seen = new HashSet<int>();
        foreach (int p in Powers)
            if (p < 0 || p < Fixed.Count || !seen.Add(p))
                throw new ArgumentException($"Power {p} is negative, repeated, or already has a fixed coefficient.");
    }
}

/// <summary>The formats fitted coefficients are rounded to.</summary>
public enum FloatFormatName
{
    /// <summary>IEEE binary32.</summary>
    Single,

    /// <summary>IEEE binary64.</summary>
    Double,
}
