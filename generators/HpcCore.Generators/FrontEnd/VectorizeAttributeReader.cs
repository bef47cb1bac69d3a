using System.Linq;
using Microsoft.CodeAnalysis;

namespace HpcCore.Generators.FrontEnd;

/// <summary>Reads the arguments of <c>[Vectorize]</c>.</summary>
internal static class VectorizeAttributeReader
{
    public const string MetadataName = "HpcCore.VectorizeAttribute";

    public const string HelperMetadataName = "HpcCore.LaneHelperAttribute";

    public const string ScalarMetadataName = "HpcCore.ScalarAttribute";

    /// <summary>True for [Vectorize] definitions and [LaneHelper] methods: the methods a definition may call and inline.</summary>
    public static bool IsInlinable(IMethodSymbol method) =>
        method.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() is MetadataName or HelperMetadataName);

    public const string LaneIrMetadataName = "HpcCore.LaneIrAttribute";

    /// <summary>The IR text that another assembly's generator wrote on a generated scalar overload, or null.</summary>
    public static string? LaneIr(IMethodSymbol method) =>
        method.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == LaneIrMetadataName)?
            .ConstructorArguments.FirstOrDefault().Value as string;

    public sealed record Arguments(string PublicName, double MaxUlp, string Domain, string Reference);

    /// <summary>The attribute's arguments, or null with <paramref name="problem"/> saying what is wrong.</summary>
    public static Arguments? Read(AttributeData attribute, out string? problem)
    {
        problem = null;
        string? name = attribute.ConstructorArguments.FirstOrDefault().Value as string;
        double maxUlp = 0;
        string domain = "all inputs", reference = string.Empty;
        foreach (var named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "MaxUlp": maxUlp = named.Value.Value is double d ? d : 0; break;
                case "Domain": domain = named.Value.Value as string ?? domain; break;
                case "Reference": reference = named.Value.Value as string ?? string.Empty; break;
            }
        }

        if (name is null || !Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name))
            problem = $"The public name '{name}' is not a valid C# identifier";
        else if (!(maxUlp > 0))
            problem = "MaxUlp must state the accuracy bound (a positive number of ULPs)";
        return problem is null ? new Arguments(name!, maxUlp, domain, reference) : null;
    }
}
