using System;

namespace HpcCore;

/// <summary>
/// Marks a scalar definition written in the HpcCore dialect (see docs/dialect.md). The source generator turns it
/// into public scalar, <c>Vector128/256/512</c> and span overloads named <see cref="Name"/>, an OpenCL C kernel,
/// and a catalog entry. Every form performs the same operations in the same order, so results are bitwise identical.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class VectorizeAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">Name of the generated public overloads (the definition itself needs another name).</param>
    public VectorizeAttribute(string name) => Name = name;

    /// <summary>Name of the generated public overloads.</summary>
    public string Name { get; }

    /// <summary>The proven bound on the error, in units in the last place, over <see cref="Domain"/>.</summary>
    public double MaxUlp { get; set; }

    /// <summary>Where the bound holds, in words (for docs and the report).</summary>
    public string Domain { get; set; } = "all inputs";

    /// <summary>Name of the MPFR function giving the exact value (<c>"exp"</c> for <c>mpfr_exp</c>).</summary>
    public string Reference { get; set; } = "";
}
