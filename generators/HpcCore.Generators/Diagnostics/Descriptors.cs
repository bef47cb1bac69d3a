using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace HpcCore.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are stable: documentation and users' suppressions refer to them.
/// The list with examples is in docs/dialect.md.
/// The message format is always "{0}" because the front end composes the full sentence where it knows the context.
/// </summary>
internal static class Descriptors
{
    private const string Category = "HpcCore.Vectorize";

    public static readonly DiagnosticDescriptor UnsupportedStatement = Error("HPC0001",
        "Statement outside the [Vectorize] dialect");

    public static readonly DiagnosticDescriptor UnsupportedExpression = Error("HPC0002",
        "Expression outside the [Vectorize] dialect");

    public static readonly DiagnosticDescriptor UnsupportedCall = Error("HPC0003",
        "Call outside the [Vectorize] dialect");

    public static readonly DiagnosticDescriptor UnsupportedType = Error("HPC0004",
        "Type outside the [Vectorize] dialect");

    public static readonly DiagnosticDescriptor InvalidMethodShape = Error("HPC0005",
        "A [Vectorize] method must be a static method with a body in a partial type");

    public static readonly DiagnosticDescriptor ConditionalOperator = Error("HPC0006",
        "Use Select instead of the conditional operator");

    public static readonly DiagnosticDescriptor RecursiveCall = Error("HPC0007",
        "[Vectorize] methods cannot call themselves, directly or indirectly");

    public static readonly DiagnosticDescriptor ConstantRequired = Error("HPC0008",
        "A compile-time constant is required here");

    public static readonly DiagnosticDescriptor InvalidAttribute = Error("HPC0009",
        "Invalid [Vectorize] attribute arguments");

    public static readonly DiagnosticDescriptor ImplicitConversion = Error("HPC0010",
        "Conversions between lane types must be explicit");

    public static readonly DiagnosticDescriptor MixedLaneWidths = Error("HPC0011",
        "All lanes of a [Vectorize] method must have the same width");

    private static readonly Dictionary<string, DiagnosticDescriptor> all = new[]
    {
        UnsupportedStatement, UnsupportedExpression, UnsupportedCall, UnsupportedType, InvalidMethodShape,
        ConditionalOperator, RecursiveCall, ConstantRequired, InvalidAttribute, ImplicitConversion, MixedLaneWidths,
    }.ToDictionary(d => d.Id);

    public static DiagnosticDescriptor ById(string id) => all[id];

    private static DiagnosticDescriptor Error(string id, string title) =>
        new(id, title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
