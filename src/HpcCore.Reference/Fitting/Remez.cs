using System;
using System.Collections.Generic;
using System.Linq;
using HpcCore.Reference.Mpfr;

namespace HpcCore.Reference.Fitting;

/// <summary>
/// Minimax polynomial fits by the Remez exchange algorithm, with the target and all arithmetic in 256-bit MPFR.
/// <para>
/// The interval is replaced by a dense Chebyshev-spaced grid (points cluster at the ends, where extrema crowd). Each
/// iteration solves for the polynomial whose weighted error takes equal magnitude and alternating sign at n + 1
/// reference points, then moves the reference to the extrema of the new error (one per sign run). It stops when the
/// reference no longer moves, or when it returns to one it held before (the exchange then cycles, and the best iterate
/// is kept). Extrema are located on the grid only (no refinement between points), so the result is the grid's minimax:
/// its error exceeds the continuous optimum by about 1e-7 relative, far below what rounding the coefficients costs. The
/// reported error is measured on a grid eight times denser. See E. W. Cheney, <i>Introduction to Approximation
/// Theory</i>, ch. 3, and J.-M. Muller, <i>Elementary Functions</i>, ch. 3.
/// </para>
/// <para>
/// Coefficients are then rounded to the target format one at a time, lowest power first, re-fitting the remaining
/// ones around each rounded value, so later coefficients absorb earlier rounding errors (the simple alternative to
/// Sollya's lattice-based fpminimax; it loses a fraction of a bit against it).
/// </para>
/// </summary>
public static class Remez
{
    private const int FitGridPoints = 2048;
    private const int CheckGridPoints = 16384;
    private const int MaxIterations = 100;

    /// <summary>Fits the request; deterministic, so the same request always gives the same coefficients.</summary>
    /// <exception cref="ArgumentException">The request is malformed.</exception>
    /// <exception cref="InvalidOperationException">The error does not alternate enough times (too many powers for the interval).</exception>
    public static FitResult Fit(FitRequest request)
    {
        request.Validate();
        Func<Real, Real> target = FitTargets.Resolve(request.Function, request.Shift);
        var fixedTerms = request.Fixed.Select((c, power) => (power, c.Value)).ToList();
        var free = request.Powers.ToList();
        var grid = new Grid(request, target, FitGridPoints);
        var coefficients = new double[free.Count];
        var lowParts = new double[free.Count];

        Real[] once = request.RoundOnce ? Minimax(grid, fixedTerms, free) : [];
        for (int i = 0; i < coefficients.Length; i++)
        {
            Real[] exact = request.RoundOnce ? once[i..] : Minimax(grid, fixedTerms, free);
            coefficients[i] = Round(exact[0], request.Format);
            Real kept = coefficients[i];
            if (request.Pairs?.Contains(free[0]) == true)
            {
                lowParts[i] = Round(exact[0] - coefficients[i], request.Format);
                kept = kept + lowParts[i];
            }
            fixedTerms.Add((free[0], kept));
            free.RemoveAt(0);
        }

        var check = new Grid(request, target, CheckGridPoints);
        double maxError = check.Errors(check.Evaluate(fixedTerms), [], []).Max(Math.Abs);
        return new FitResult(request, coefficients, lowParts, maxError);
    }

    private static double Round(Real value, FloatFormatName format) => format == FloatFormatName.Single ? value.ToSingle() : value.ToDouble();

    /// <summary>The exact minimax coefficients of <paramref name="free"/> powers, given the fixed terms.</summary>
    private static Real[] Minimax(Grid grid, List<(int Power, Real Value)> fixedTerms, List<int> free)
    {
        int unknowns = free.Count + 1; // coefficients and the levelled error E
        int[] reference = grid.InitialReference(unknowns);
        Real[] fixedPart = grid.Evaluate(fixedTerms);
        Real[]? best = null;
        double bestError = double.PositiveInfinity;
        var visited = new List<int[]>();

        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            visited.Add(reference);
            Real[] solution = SolveLevelled(grid, reference, fixedPart, free);
            Real[] coefficients = solution[..^1];
            double[] errors = grid.Errors(fixedPart, free, coefficients);
            double maxError = errors.Max(Math.Abs);
            if (maxError < bestError)
                (best, bestError) = (coefficients, maxError);

            int[] next = Alternation(errors, unknowns);
            if (next.SequenceEqual(reference))
                return coefficients;
            // The next reference is a function of this one: once one recurs the exchange only repeats itself, and
            // the best of the references seen so far is the best it will ever find.
            if (visited.Any(seen => seen.SequenceEqual(next)))
                break;
            reference = next;
        }
        return best!; // the discrete exchange cycled between equally good references: keep the best seen
    }

    /// <summary>Solves p(x_i) + (−1)^i·E/w(x_i) = f(x_i) at the reference points for the free coefficients and E.</summary>
    private static Real[] SolveLevelled(Grid grid, int[] reference, Real[] fixedPart, List<int> free)
    {
        int n = reference.Length;
        var rows = new Real[n][];
        for (int i = 0; i < n; i++)
        {
            int k = reference[i];
            rows[i] = new Real[n + 1];
            for (int j = 0; j < free.Count; j++)
                rows[i][j] = grid.Power(k, free[j]);
            rows[i][n - 1] = i % 2 == 0 ? grid.Scale[k] : -grid.Scale[k];
            rows[i][n] = grid.Target[k] - fixedPart[k];
        }
        return GaussianElimination(rows);
    }

    /// <summary>One extremum per run of equal sign, trimmed at the ends (smaller end first) to <paramref name="count"/> points.</summary>
    private static int[] Alternation(double[] errors, int count)
    {
        var runs = new List<int>();
        for (int k = 0; k < errors.Length; k++)
        {
            if (errors[k] == 0 || double.IsNaN(errors[k]))
                continue;
            if (runs.Count == 0 || Math.Sign(errors[k]) != Math.Sign(errors[runs[^1]]))
                runs.Add(k);
            else if (Math.Abs(errors[k]) > Math.Abs(errors[runs[^1]]))
                runs[^1] = k;
        }
        if (runs.Count < count)
            throw new InvalidOperationException(
                $"The error changes sign only {runs.Count - 1} times on the interval; {count - 1} are needed. Use fewer powers, " +
                "a wider interval, or a format with more precision.");
        while (runs.Count > count)
            runs.RemoveAt(Math.Abs(errors[runs[0]]) < Math.Abs(errors[runs[^1]]) ? 0 : runs.Count - 1);
        return [.. runs];
    }

    /// <summary>Solves the augmented system in place (partial pivoting) and returns the unknowns.</summary>
    private static Real[] GaussianElimination(Real[][] rows)
    {
        int n = rows.Length;
        for (int col = 0; col < n; col++)
        {
            int pivot = col;
            for (int r = col + 1; r < n; r++)
                if (rows[r][col].Abs() > rows[pivot][col].Abs())
                    pivot = r;
            if (rows[pivot][col].IsZero)
                throw new InvalidOperationException("The reference points give a singular system; the chosen powers cannot be fitted on this interval.");
            (rows[col], rows[pivot]) = (rows[pivot], rows[col]);
            for (int r = col + 1; r < n; r++)
            {
                Real factor = rows[r][col] / rows[col][col];
                for (int c = col; c <= n; c++)
                    rows[r][c] -= factor * rows[col][c];
            }
        }
        var solution = new Real[n];
        for (int r = n - 1; r >= 0; r--)
        {
            Real sum = rows[r][n];
            for (int c = r + 1; c < n; c++)
                sum -= rows[r][c] * solution[c];
            solution[r] = sum / rows[r][r];
        }
        return solution;
    }

    /// <summary>Grid points with the target, weights and powers precomputed.</summary>
    private sealed class Grid
    {
        private readonly double[] points;
        private readonly Real[] x;
        private readonly Dictionary<(int, int), Real> powers = [];

        public Grid(FitRequest request, Func<Real, Real> target, int count)
        {
            double mid = (request.Low + request.High) / 2, half = (request.High - request.Low) / 2;
            points = new double[count];
            x = new Real[count];
            Target = new Real[count];
            Weight = new Real[count];
            Scale = new Real[count];
            for (int k = 0; k < count; k++)
            {
                points[k] = k == 0 ? request.Low : k == count - 1 ? request.High : mid - half * Math.Cos(Math.PI * k / (count - 1));
                x[k] = points[k];
                Target[k] = target(x[k]);
                // Relative error weighs by 1/|f|; where f vanishes the relative error is undefined and the point is skipped.
                Scale[k] = request.Relative ? Target[k].Abs() : Real.One;
                Weight[k] = Scale[k].IsZero ? Real.Zero : Real.One / Scale[k];
            }
        }

        public Real[] Target { get; }

        /// <summary>The error weight w(x): 1/|f(x)| for relative error, 1 for absolute, 0 where undefined.</summary>
        public Real[] Weight { get; }

        /// <summary>1/w(x), the size of the levelled error at x in the system's units.</summary>
        public Real[] Scale { get; }

        public Real Power(int k, int power)
        {
            if (!powers.TryGetValue((k, power), out Real? value))
                powers[(k, power)] = value = x[k].Power(power);
            return value;
        }

        public int[] InitialReference(int count)
        {
            // Chebyshev nodes of the first kind (they avoid the ends, where a relative error may be forced to zero),
            // snapped to grid points with a defined weight, kept strictly increasing.
            var reference = new int[count];
            int previous = -1;
            for (int i = 0; i < count; i++)
            {
                int k = (int)Math.Round((2.0 * i + 1) / (2 * count) * (points.Length - 1));
                k = Math.Max(k, previous + 1);
                while (k < points.Length - 1 && Scale[k].IsZero)
                    k++;
                reference[i] = previous = k;
            }
            return reference;
        }

        public Real[] Evaluate(List<(int Power, Real Value)> terms)
        {
            var values = new Real[points.Length];
            for (int k = 0; k < values.Length; k++)
            {
                Real sum = Real.Zero;
                foreach ((int power, Real value) in terms)
                    sum += value * Power(k, power);
                values[k] = sum;
            }
            return values;
        }

        /// <summary>Weighted error (p(x) − f(x))·w(x) at every point, as doubles.</summary>
        public double[] Errors(Real[] fixedPart, List<int> free, Real[] coefficients)
        {
            var errors = new double[points.Length];
            for (int k = 0; k < errors.Length; k++)
            {
                Real p = fixedPart[k];
                for (int j = 0; j < free.Count; j++)
                    p += coefficients[j] * Power(k, free[j]);
                errors[k] = ((p - Target[k]) * Weight[k]).ToDouble();
            }
            return errors;
        }
    }
}
