using System.Collections.Generic;

namespace HpcCore.Reference.Fitting;

/// <summary>A finished fit.</summary>
/// <param name="Request">What was fitted.</param>
/// <param name="Coefficients">The free coefficients, in the order of <see cref="FitRequest.Powers"/>, exactly representable in the requested format.</param>
/// <param name="LowParts">For each free coefficient, the rounded remainder kept with it when its power is in
/// <see cref="FitRequest.Pairs"/> (the coefficient is then head + low part), else 0.</param>
/// <param name="MaxError">Largest error of the rounded polynomial, relative or absolute as requested, on a dense grid (approximation only: no evaluation rounding).</param>
public sealed record FitResult(FitRequest Request, IReadOnlyList<double> Coefficients, IReadOnlyList<double> LowParts, double MaxError);
