using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using HpcCore.Runtime;

namespace HpcCore;

// Softmax, LogSoftmax and LogSumExp along the rows of a rows × columns matrix (row-major, contiguous). A reduction is
// outside the lane-wise [Vectorize] dialect, so these are hand-written drivers over HpcMath's generated Exp and Log.
// - Stable for every finite input: each exponent is x − max(row) ≤ 0, so ±1e30 neither overflows nor loses the row.
// - Float rows are computed in double (x − max is then exact) and rounded once, their terms e^(x − max) from a short
//   exp (2^-34, RowTerms.FloatRowTerm: at most 2^-9 ULP on a float result); double rows carry x − max
//   as a pair (2Sum) into the exponential: e^(d + dLow) = e^d·(1 + dLow), so entries far below the maximum keep their
//   accuracy.
// - The sum leaves out the first maximum's term, which is exactly 1: S = Σ e^(x − max) − 1 is then accurate to its own
//   size, and log Σ = log1p(S) stays accurate where it is tiny (the maximum's log-softmax, −log1p S, would otherwise
//   lose everything to the rounding of 1 + S).
// - S is 16 partial sums (element i into partial i mod 16) added in a fixed tree, on Vector512 and in the scalar loop
//   alike: results do not depend on the hardware. Double rows compensate each partial (2Sum). Float rows need not: a
//   partial of up to 2^16 terms (rows of 2^20) is within 2^-37 of its exact sum, which moves a float result by
//   less than 2^-13 ULP, and plain sums cost a third of compensated ones.
// - Softmax multiplies by 1/(1 + S) rather than dividing: a double division per eight lanes cost more than the rest
//   of the output pass. Float rows round the double product (2^-52), double rows take 1/(1 + S) as a pair and round
//   the product once (InverseOfOnePlus).
// - Special rows: a NaN makes the row NaN; −∞ entries weigh 0; a row of −∞ has LogSumExp −∞ (softmax 0/0 = NaN); a
//   +∞ entry gives LogSumExp +∞ and NaN softmax, as PyTorch does.
public static partial class Activations
{
    private const int Partials = 16;

    /// <summary>e^(x − max) / Σ e^(x − max) along each row, in double, rounded to float once.</summary>
    /// <param name="x">rows × <paramref name="columns"/> values, row after row.</param>
    /// <param name="columns">The length of a row (positive; x.Length must be a multiple of it).</param>
    /// <param name="destination">The softmax of each row, same layout; may be <paramref name="x"/> itself.</param>
    /// <remarks>Accuracy: within 0.51 ULP of the exact value for rows of up to 2^20 columns.</remarks>
    /// <exception cref="ArgumentException">Bad lengths or a partial overlap (nothing is written).</exception>
    public static void Softmax(ReadOnlySpan<float> x, int columns, Span<float> destination) =>
        ForEachRow(x, columns, destination, perRow: false, static (row, max, terms, output) =>
        {
            double inverse = 1.0 / (1.0 + ExpTermsAndRest(row, max, terms));
            int i = 0;
            if (Vector512.IsHardwareAccelerated)
                for (; i + Partials <= row.Length; i += Partials)
                    Vector512.Narrow(Vector512.Create<double>(terms.Slice(i, 8)) * inverse, Vector512.Create<double>(terms.Slice(i + 8, 8)) * inverse)
                        .CopyTo(output.Slice(i, Partials));
            for (; i < row.Length; i++)
                output[i] = (float)(terms[i] * inverse);
        });

    /// <summary>e^(x − max) / Σ e^(x − max) along each row.</summary>
    /// <param name="x">rows × <paramref name="columns"/> values, row after row.</param>
    /// <param name="columns">The length of a row (positive; x.Length must be a multiple of it).</param>
    /// <param name="destination">The softmax of each row, same layout; may be <paramref name="x"/> itself.</param>
    /// <remarks>Accuracy: within 4 ULP of the exact value for rows of up to 2^20 columns.</remarks>
    /// <exception cref="ArgumentException">Bad lengths or a partial overlap (nothing is written).</exception>
    public static void Softmax(ReadOnlySpan<double> x, int columns, Span<double> destination) =>
        ForEachRow(x, columns, destination, perRow: false, static (row, max, terms, output) =>
        {
            (double inverse, double inverseLow) = InverseOfOnePlus(ExpTermsAndRest(row, max, output));
            int i = 0;
            if (Vector512.IsHardwareAccelerated)
                for (; i + 8 <= row.Length; i += 8)
                {
                    Vector512<double> term = Vector512.Create<double>(output.Slice(i, 8));
                    Vector512.FusedMultiplyAdd(term, Vector512.Create(inverse), term * inverseLow).CopyTo(output.Slice(i, 8));
                }
            for (; i < row.Length; i++)
                output[i] = Math.FusedMultiplyAdd(output[i], inverse, output[i] * inverseLow);
        });

    /// <summary>
    /// 1/(1 + S) as inverse + inverseLow, to about 2^-100 relative: 1 + S by 2Sum, its reciprocal corrected from the
    /// Fma residual. A term times the pair in one Fma is then rounded once, as a division would round it, at the
    /// cost of a multiplication: a double division per vector took most of the output pass.
    /// </summary>
    private static (double Inverse, double InverseLow) InverseOfOnePlus(double rest)
    {
        double sum = 1.0 + rest, sumLow = HpcMath.TwoSumErrorDouble(1.0, rest, sum);
        double inverse = 1.0 / sum;
        return (inverse, (Math.FusedMultiplyAdd(-inverse, sum, 1.0) - inverse * sumLow) * inverse);
    }

    /// <summary>x − max − log Σ e^(x − max) along each row, in double, rounded once.</summary>
    /// <param name="x">rows × <paramref name="columns"/> values, row after row.</param>
    /// <param name="columns">The length of a row (positive; x.Length must be a multiple of it).</param>
    /// <param name="destination">The log-softmax of each row, same layout; may be <paramref name="x"/> itself.</param>
    /// <remarks>Accuracy: within 0.51 ULP of the exact value for rows of up to 2^20 columns (both terms are ≤ 0: no cancellation).</remarks>
    /// <exception cref="ArgumentException">Bad lengths or a partial overlap (nothing is written).</exception>
    public static void LogSoftmax(ReadOnlySpan<float> x, int columns, Span<float> destination) =>
        ForEachRow(x, columns, destination, perRow: false, static (row, max, terms, output) =>
        {
            double logSum = HpcMath.LogP1(ExpTermsAndRest(row, max, terms));
            int i = 0;
            if (Vector512.IsHardwareAccelerated)
            {
                Vector512<double> shift = Vector512.Create((double)max), log = Vector512.Create(logSum);
                for (; i + Partials <= row.Length; i += Partials)
                {
                    (Vector512<double> a, Vector512<double> b) = Vector512.Widen(Vector512.Create(row.Slice(i, Partials)));
                    Vector512.Narrow((a - shift) - log, (b - shift) - log).CopyTo(output.Slice(i, Partials));
                }
            }
            for (; i < row.Length; i++)
                output[i] = (float)(((double)row[i] - max) - logSum);
        });

    /// <summary>x − max − log Σ e^(x − max) along each row.</summary>
    /// <param name="x">rows × <paramref name="columns"/> values, row after row.</param>
    /// <param name="columns">The length of a row (positive; x.Length must be a multiple of it).</param>
    /// <param name="destination">The log-softmax of each row, same layout; may be <paramref name="x"/> itself.</param>
    /// <remarks>Accuracy: within 2 ULP of the exact value for rows of up to 2^20 columns (both terms are ≤ 0: no cancellation).</remarks>
    /// <exception cref="ArgumentException">Bad lengths or a partial overlap (nothing is written).</exception>
    public static void LogSoftmax(ReadOnlySpan<double> x, int columns, Span<double> destination) =>
        ForEachRow(x, columns, destination, perRow: false, static (row, max, terms, output) =>
        {
            double logSum = HpcMath.LogP1(ExpTermsAndRest(row, max, terms));
            int i = 0;
            if (Vector512.IsHardwareAccelerated)
            {
                Vector512<double> minusMax = Vector512.Create(-max), log = Vector512.Create(logSum);
                for (; i + 8 <= row.Length; i += 8)
                {
                    Vector512<double> value = Vector512.Create(row.Slice(i, 8)), d = value + minusMax, low = TwoSumError(value, minusMax, d);
                    ((d - log) + Vector512.ConditionalSelect(Vector512.IsNaN(low), Vector512<double>.Zero, low)).CopyTo(output.Slice(i, 8));
                }
            }
            for (; i < row.Length; i++)
            {
                double d = row[i] - max;                                   // x − max = d + dLow exactly
                output[i] = (d - logSum) + LowPart(row[i], -max, d);
            }
        });

    /// <summary>log Σ e^x along each row, as max + log Σ e^(x − max), in double, rounded once.</summary>
    /// <param name="x">rows × <paramref name="columns"/> values, row after row.</param>
    /// <param name="columns">The length of a row (positive; x.Length must be a multiple of it).</param>
    /// <param name="destination">One value per row; may start where <paramref name="x"/> starts.</param>
    /// <remarks>Accuracy: within 0.51 ULP of the larger of the result and the row's maximum, for rows of up to 2^20 columns.</remarks>
    /// <exception cref="ArgumentException">Bad lengths or a partial overlap (nothing is written).</exception>
    public static void LogSumExp(ReadOnlySpan<float> x, int columns, Span<float> destination) =>
        ForEachRow(x, columns, destination, perRow: true, static (row, max, terms, output) =>
        {
            double rest = ExpTermsAndRest(row, max, terms);
            output[0] = float.IsInfinity(max) ? max : (float)(max + HpcMath.LogP1(rest));
        });

    /// <summary>log Σ e^x along each row, as max + log Σ e^(x − max).</summary>
    /// <param name="x">rows × <paramref name="columns"/> values, row after row.</param>
    /// <param name="columns">The length of a row (positive; x.Length must be a multiple of it).</param>
    /// <param name="destination">One value per row; may start where <paramref name="x"/> starts.</param>
    /// <remarks>Accuracy: within 2 ULP of the larger of the result and the row's maximum, for rows of up to 2^20 columns.</remarks>
    /// <exception cref="ArgumentException">Bad lengths or a partial overlap (nothing is written).</exception>
    public static void LogSumExp(ReadOnlySpan<double> x, int columns, Span<double> destination) =>
        ForEachRow(x, columns, destination, perRow: true, static (row, max, terms, output) =>
        {
            double rest = ExpTermsAndRest(row, max, terms);
            output[0] = double.IsInfinity(max) ? max : max + HpcMath.LogP1(rest);
        });

    private delegate void RowAction<T>(ReadOnlySpan<T> row, T max, Span<double> terms, Span<T> output);

    /// <summary>
    /// Checks the layout, then calls <paramref name="action"/> per row with its maximum, room for its terms (one buffer
    /// for all rows) and its output: the row's slice of the destination, or its one element where
    /// <paramref name="perRow"/> (LogSumExp; with one column both have x's length).
    /// </summary>
    private static void ForEachRow<T>(ReadOnlySpan<T> x, int columns, Span<T> destination, bool perRow, RowAction<T> action)
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        if (x.Length % columns != 0)
            throw new ArgumentException($"'{nameof(x)}' has {x.Length} elements, not a whole number of rows of {columns}.", nameof(x));
        int outputLength = perRow ? x.Length / columns : x.Length;
        SpanValidation.ThrowIfInvalid(x[..outputLength], destination, nameof(x), outputLength);
        if (x.Overlaps(destination, out int offset) && offset != 0)
            throw new ArgumentException($"'{nameof(destination)}' partially overlaps '{nameof(x)}'; only the same start is allowed.", nameof(destination));
        double[] buffer = ArrayPool<double>.Shared.Rent(columns);
        Span<double> terms = buffer.AsSpan(0, columns);
        for (int r = 0; r < x.Length / columns; r++)
        {
            ReadOnlySpan<T> row = x.Slice(r * columns, columns);
            Span<T> output = perRow ? destination.Slice(r, 1) : destination.Slice(r * columns, columns);
            // NaN anywhere, or +∞ for the elementwise results (∞/∞), makes the row NaN; LogSumExp of a +∞ row is +∞.
            T max = RowMaxOrNaN(row);
            if (T.IsNaN(max) || (!perRow && max == T.PositiveInfinity))
                output.Fill(T.NaN);
            else
                action(row, max, terms, output);
        }
        ArrayPool<double>.Shared.Return(buffer);
    }

    /// <summary>
    /// NaN if the row has one, else its maximum: the first of equal maxima in row order, as a scalar scan and the OpenCL
    /// kernels find it (only ±0 are equal with different bits, so a zero maximum is settled by the scan).
    /// </summary>
    private static T RowMaxOrNaN<T>(ReadOnlySpan<T> row) where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        if (Vector512.IsHardwareAccelerated && row.Length >= Vector512<T>.Count)
        {
            // Two running maxima, so that each step waits for the one before last (a single chain of compare and
            // select made this pass a sixth of the whole row's time); the native max is enough, since NaN is tracked
            // apart and a zero maximum's sign is settled below.
            Vector512<T> maxima = Vector512.Create(T.NegativeInfinity), other = maxima, unordered = Vector512<T>.Zero;
            int i = 0;
            for (; i + 2 * Vector512<T>.Count <= row.Length; i += 2 * Vector512<T>.Count)
            {
                Vector512<T> value = Vector512.Create(row.Slice(i, Vector512<T>.Count));
                Vector512<T> next = Vector512.Create(row.Slice(i + Vector512<T>.Count, Vector512<T>.Count));
                maxima = Vector512.MaxNative(maxima, value);
                other = Vector512.MaxNative(other, next);
                unordered |= ~Vector512.Equals(value, value) | ~Vector512.Equals(next, next);
            }
            Vector512<T> tail = Vector512.Create(row[^Vector512<T>.Count..]);   // overlaps vectors already read: harmless for a maximum
            Vector512<T> middle = Vector512.Create(row.Slice(Math.Min(i, row.Length - Vector512<T>.Count), Vector512<T>.Count));
            maxima = Vector512.MaxNative(Vector512.MaxNative(maxima, other), Vector512.MaxNative(middle, tail));
            unordered |= ~Vector512.Equals(tail, tail) | ~Vector512.Equals(middle, middle);
            if (unordered != Vector512<T>.Zero)
                return T.NaN;
            // the maximum's value alone (the lanes' order matters only between −0 and +0, settled below)
            Vector256<T> half = Vector256.MaxNative(maxima.GetLower(), maxima.GetUpper());
            Vector128<T> quarter = Vector128.MaxNative(half.GetLower(), half.GetUpper());
            T max = quarter[0];
            for (int j = 1; j < Vector128<T>.Count; j++)
                max = quarter[j] > max ? quarter[j] : max;
            if (max != T.Zero)
                return max;
        }
        T first = T.NegativeInfinity;
        foreach (T value in row)
        {
            if (T.IsNaN(value))
                return T.NaN;
            first = value > first ? value : first;
        }
        return first;
    }

    /// <summary>The first index holding a value equal to <paramref name="max"/> (not NaN; −0 equals +0, as Span.IndexOf has it).</summary>
    private static int IndexOfMaximum<T>(ReadOnlySpan<T> row, T max) where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        int i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            Vector512<T> target = Vector512.Create(max);
            for (; i + Vector512<T>.Count <= row.Length; i += Vector512<T>.Count)
            {
                ulong equal = Vector512.Equals(Vector512.Create(row.Slice(i, Vector512<T>.Count)), target).ExtractMostSignificantBits();
                if (equal != 0)
                    return i + System.Numerics.BitOperations.TrailingZeroCount(equal);
            }
        }
        for (; i < row.Length; i++)
            if (row[i] == max)
                return i;
        return -1;
    }

    /// <summary>terms[i] = e^(x[i] − max) in double (RowTerms.FloatRowTerm); returns S, the sum without the first maximum's 1.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]   // inlined into a row action, its loop ran 20–40 % slower (register allocation)
    private static double ExpTermsAndRest(ReadOnlySpan<float> row, float max, Span<double> terms)
    {
        int first = IndexOfMaximum(row, max);
        int i = 0;
        if (Vector512.IsHardwareAccelerated)
            for (; i + Partials <= row.Length; i += Partials)
            {
                (Vector512<double> a, Vector512<double> b) = Vector512.Widen(Vector512.Create(row.Slice(i, Partials)));
                RowTerms.FloatRowTerm(a, max).CopyTo(terms.Slice(i, 8));
                RowTerms.FloatRowTerm(b, max).CopyTo(terms.Slice(i + 8, 8));
            }
        for (; i < row.Length; i++)
            terms[i] = RowTerms.FloatRowTerm(row[i], max);
        return SumWithout(terms[..row.Length], first, compensated: false);
    }

    /// <summary>
    /// terms[i] = e^(x[i] − max) with x − max kept as a pair; returns S, the sum without the first maximum's 1. The terms
    /// may overwrite the row (Softmax in place), so the maximum's index is found first.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double ExpTermsAndRest(ReadOnlySpan<double> row, double max, Span<double> terms)
    {
        int first = IndexOfMaximum(row, max);
        int i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            Vector512<double> shift = Vector512.Create(-max);
            for (; i + 8 <= row.Length; i += 8)
                PairExp(Vector512.Create(row.Slice(i, 8)), shift).CopyTo(terms.Slice(i, 8));
        }
        for (; i < row.Length; i++)
        {
            double d = row[i] - max, e = HpcMath.Exp(d);
            terms[i] = Math.FusedMultiplyAdd(e, LowPart(row[i], -max, d), e);
        }
        return SumWithout(terms[..row.Length], first, compensated: true);
    }

    /// <summary>
    /// The sum of the terms but the one at <paramref name="skipped"/> (−1: none, else the first maximum's 1): 16 partial
    /// sums (term i into partial i mod 16), each compensated (2Sum, its error added at the end) where
    /// <paramref name="compensated"/> (double rows), then added pairwise in a fixed order, the same on Vector512 and in
    /// the scalar loop.
    /// </summary>
    private static double SumWithout(Span<double> terms, int skipped, bool compensated)
    {
        double kept = skipped >= 0 ? terms[skipped] : 0.0;
        if (skipped >= 0)
            terms[skipped] = 0.0;
        double sum = compensated ? CompensatedSum(terms) : PlainSum(terms);
        if (skipped >= 0)
            terms[skipped] = kept;
        return sum;
    }

    private static double CompensatedSum(Span<double> terms)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            Vector512<double> lower = Vector512<double>.Zero, upper = lower, lowerError = lower, upperError = lower;
            for (int i = 0; i < terms.Length; i += Partials)
            {
                Vector512<double> a = i + Partials <= terms.Length ? Vector512.Create<double>(terms.Slice(i, 8)) : Padded(terms, i);
                Vector512<double> b = i + Partials <= terms.Length ? Vector512.Create<double>(terms.Slice(i + 8, 8)) : Padded(terms, i + 8);
                (lower, lowerError) = (lower + a, lowerError + TwoSumError(lower, a, lower + a));
                (upper, upperError) = (upper + b, upperError + TwoSumError(upper, b, upper + b));
            }
            return CombinePartials(lower + lowerError, upper + upperError);
        }
        Span<double> partials = stackalloc double[Partials], errors = stackalloc double[Partials];
        partials.Clear();
        errors.Clear();
        for (int i = 0; i < terms.Length; i++)
        {
            double partial = partials[i % Partials] + terms[i];
            errors[i % Partials] += HpcMath.TwoSumErrorDouble(partials[i % Partials], terms[i], partial);
            partials[i % Partials] = partial;
        }
        for (int j = 0; j < Partials; j++)
            partials[j] += errors[j];
        return CombinePartials(partials);
    }

    private static double PlainSum(Span<double> terms)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            Vector512<double> lower = Vector512<double>.Zero, upper = lower;
            int i = 0;
            for (; i + Partials <= terms.Length; i += Partials)
            {
                lower += Vector512.Create<double>(terms.Slice(i, 8));
                upper += Vector512.Create<double>(terms.Slice(i + 8, 8));
            }
            if (i < terms.Length)
            {
                lower += Padded(terms, i);
                upper += Padded(terms, i + 8);
            }
            return CombinePartials(lower, upper);
        }
        Span<double> partials = stackalloc double[Partials];
        partials.Clear();
        for (int j = 0; j < terms.Length; j++)
            partials[j % Partials] += terms[j];
        return CombinePartials(partials);
    }

    /// <summary>e^(x − max) for a vector, with the subtraction's error applied: e^(d + dLow) = e^d + e^d·dLow.</summary>
    private static Vector512<double> PairExp(Vector512<double> x, Vector512<double> minusMax)
    {
        Vector512<double> d = x + minusMax, e = HpcMath.Exp(d), low = TwoSumError(x, minusMax, d);
        return Vector512.FusedMultiplyAdd(e, Vector512.ConditionalSelect(Vector512.IsNaN(low), Vector512<double>.Zero, low), e);
    }

    /// <summary>The error of d = a + b, or 0 where d is infinite (−∞ entries, or x − max beyond double's range).</summary>
    private static double LowPart(double a, double b, double d)
    {
        double low = HpcMath.TwoSumErrorDouble(a, b, d);
        return double.IsNaN(low) ? 0.0 : low;
    }

    /// <summary>
    /// terms[start..start + 8] with zeros past the end (adding +0 to a partial sum changes no bit). Built lane by lane
    /// rather than copied through a buffer: a call there (Span.CopyTo) made the JIT keep the running sums on the stack
    /// for the whole loop, 25 % of a float row's time.
    /// </summary>
    private static Vector512<double> Padded(Span<double> terms, int start)
    {
        return Vector512.Create(At(terms, start), At(terms, start + 1), At(terms, start + 2), At(terms, start + 3),
            At(terms, start + 4), At(terms, start + 5), At(terms, start + 6), At(terms, start + 7));

        static double At(Span<double> terms, int i) => i < terms.Length ? terms[i] : 0.0;
    }

    /// <summary>The 16 partial sums, lanes of two vectors, added in the order of the span overload.</summary>
    private static double CombinePartials(Vector512<double> lower, Vector512<double> upper)
    {
        Vector512<double> eight = lower + upper;
        Vector256<double> four = eight.GetLower() + eight.GetUpper();
        Vector128<double> two = four.GetLower() + four.GetUpper();
        return two[0] + two[1];
    }

    /// <summary>The 16 partial sums added pairwise in a fixed order (8 apart, then 4, 2, 1).</summary>
    private static double CombinePartials(Span<double> partials)
    {
        for (int width = Partials / 2; width >= 1; width /= 2)
            for (int j = 0; j < width; j++)
                partials[j] += partials[j + width];
        return partials[0];
    }

    /// <summary>The exact rounding error of sum = a + b per lane (2Sum, as <c>HpcMath.TwoSumErrorDouble</c>).</summary>
    private static Vector512<double> TwoSumError(Vector512<double> a, Vector512<double> b, Vector512<double> sum)
    {
        Vector512<double> bVirtual = sum - a;
        return (a - (sum - bVirtual)) + (b - bVirtual);
    }
}
