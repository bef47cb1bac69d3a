using System.Collections.Generic;
using HpcCore.Reference.Mpfr;

namespace HpcCore.Reference.Fitting;

/// <summary>One entry of <see cref="ExpTable"/>: 2^(j/16) rounded to the format and the rest, rounded once to it.</summary>
/// <param name="High">2^(j/16) rounded to the format.</param>
/// <param name="Low">2^(j/16) − <paramref name="High"/>, rounded to the format (the pair holds the power to about twice
/// the format's precision).</param>
public sealed record ExpTableEntry(double High, double Low);

/// <summary>
/// What a table-driven exponential looks up: with k = round(16·a/ln 2) = 16m + j, e^a = 2^m·2^(j/16)·e^r for a small r,
/// so sixteen powers 2^(j/16) (one 512-bit permutation per part for floats, two registers of eight for doubles),
/// computed in 256-bit MPFR.
/// </summary>
public static class ExpTable
{
    /// <summary>Sixteen entries: one lookup of the dialect.</summary>
    public const int Entries = 16;

    /// <summary>The entries in <paramref name="format"/>, in the order of j.</summary>
    /// <exception cref="MpfrNotInstalledException">libmpfr.so.6 is not installed.</exception>
    public static IReadOnlyList<ExpTableEntry> Build(FloatFormatName format)
    {
        var entries = new List<ExpTableEntry>();
        for (int j = 0; j < Entries; j++)
        {
            Real power = Real.Apply(ExactFunction.Get("exp2"), (double)j / Entries);
            double high = format == FloatFormatName.Single ? power.ToSingle() : power.ToDouble();
            Real rest = power - high;
            entries.Add(new ExpTableEntry(high, format == FloatFormatName.Single ? rest.ToSingle() : rest.ToDouble()));
        }
        return entries;
    }
}
