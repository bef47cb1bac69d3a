using System;
using System.Globalization;
using HpcCore.Reference.Mpfr;

namespace HpcCore.Reference.Fitting;

/// <summary>
/// A coefficient kept out of the fit: a number, or a ratio such as 1/3 that no binary format holds exactly (the
/// fit then uses the exact ratio, and the code adds it as a rounded head and tail).
/// </summary>
public readonly record struct FixedCoefficient(double Numerator, double Denominator = 1)
{
    /// <summary>The value in 256-bit MPFR: the exact ratio of the two (binary) numbers, rounded once.</summary>
    internal Real Value => Denominator == 1 ? Numerator : (Real)Numerator / Denominator;

    /// <summary>Whether it is zero (a term that does not appear).</summary>
    public bool IsZero => Numerator == 0;

    /// <summary>A number as is.</summary>
    public static implicit operator FixedCoefficient(double value) => new(value);

    /// <summary>"0.5" or "1/3".</summary>
    public static FixedCoefficient Parse(string text)
    {
        string[] parts = text.Split('/');
        double Number(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
        return parts.Length switch
        {
            1 => new FixedCoefficient(Number(parts[0])),
            2 when Number(parts[1]) is var d && d != 0 && double.IsFinite(d) => new FixedCoefficient(Number(parts[0]), d),
            _ => throw new FormatException($"A fixed coefficient is a number or a ratio n/d, not '{text}'."),
        };
    }

    /// <summary>The spelling <see cref="Parse"/> reads back.</summary>
    public override string ToString()
    {
        string numerator = Numerator.ToString("R", CultureInfo.InvariantCulture);
        return Denominator == 1 ? numerator : $"{numerator}/{Denominator.ToString("R", CultureInfo.InvariantCulture)}";
    }
}
