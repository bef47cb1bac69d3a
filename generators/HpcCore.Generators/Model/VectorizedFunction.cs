using System.Linq;
using HpcCore.Generators.Ir;

namespace HpcCore.Generators.Model;

/// <summary>
/// Everything the back ends need about one [Vectorize] definition, as plain values.
/// </summary>
/// <param name="Namespace">Namespace of the containing type, empty for the global namespace.</param>
/// <param name="ContainingTypes">Declarations of the containing types, outermost first (e.g. "static partial class HpcMath").</param>
/// <param name="PublicName">Name of the generated public overloads (the attribute's first argument).</param>
/// <param name="DocumentationXml">The definition's XML documentation body, reused on every generated overload.</param>
/// <param name="MaxUlp">The declared accuracy bound in ULPs.</param>
/// <param name="Domain">Human-readable description of the domain on which the bound holds.</param>
/// <param name="Reference">Name of the MPFR function (without "mpfr_") that computes the exact value.</param>
internal sealed record VectorizedFunction(
    string Namespace,
    EquatableArray<string> ContainingTypes,
    string PublicName,
    string DocumentationXml,
    double MaxUlp,
    string Domain,
    string Reference,
    IrFunction Function)
{
    public string ElementKeyword => Function.ElementType.CSharpKeyword();

    /// <summary>
    /// The catalog's name: the public name, prefixed by the nested types below the outermost one, so that
    /// HpcMath.CorrectlyRounded.Exp is "CorrectlyRounded.Exp" and HpcMath.Exp is "Exp".
    /// </summary>
    public string CatalogName => string.Concat(ContainingTypes.Skip(1).Select(c => c.Split(' ').Last() + ".")) + PublicName;

    /// <summary>Name of the OpenCL C function and kernel, unique per catalog name and element type.</summary>
    public string OpenClName => "hpc_" + CatalogName.Replace('.', '_').ToLowerInvariant() + "_" + (Function.ElementType == IrType.F32 ? "f32" : "f64");
}
