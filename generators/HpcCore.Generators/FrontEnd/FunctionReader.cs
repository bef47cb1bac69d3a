using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using HpcCore.Generators.Diagnostics;
using HpcCore.Generators.Ir;
using HpcCore.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HpcCore.Generators.FrontEnd;

/// <summary>
/// The front end: turns one method marked [Vectorize] into a <see cref="VectorizedFunction"/> (header, docs, IR),
/// or into diagnostics. Returns early on the first shape problem; body problems are all reported.
/// </summary>
internal static class FunctionReader
{
    public static ReadResult Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellation)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var method = (IMethodSymbol)context.TargetSymbol;
        var syntax = (MethodDeclarationSyntax)context.TargetNode;

        VectorizeAttributeReader.Arguments? arguments = VectorizeAttributeReader.Read(context.Attributes[0], out string? problem);
        if (arguments is null)
            return Fail(Descriptors.InvalidAttribute, context.Attributes[0].ApplicationSyntaxReference?.GetSyntax(cancellation).GetLocation() ?? syntax.GetLocation(), problem!);

        string? shapeProblem = ShapeProblem(method, syntax);
        if (shapeProblem is not null)
            return Fail(Descriptors.InvalidMethodShape, syntax.Identifier.GetLocation(), shapeProblem);

        string[] resultNames = TupleElements(method.ReturnType).Select(e => e.Name).ToArray();
        IrType elementType = ElementType(method.ReturnType)!.Value == SpecialType.System_Single ? IrType.F32 : IrType.F64;
        var builder = new IrBuilder();
        var lowering = new MethodLowering(builder, context.SemanticModel, elementType.LaneBits(), diagnostics,
            ImmutableHashSet.Create<IMethodSymbol>(SymbolEqualityComparer.Default, method), cancellation);
        IrParameter[] parameters = method.Parameters.Select(p => ReadParameter(p, elementType)).ToArray();
        for (int i = 0; i < method.Parameters.Length; i++)
            lowering.Bind(method.Parameters[i], builder.Parameter(elementType, i, parameters[i].IsScalar));

        int[] results = lowering.LowerResults(syntax);
        if (results.Length != System.Math.Max(1, resultNames.Length) && !results.Contains(MethodLowering.Invalid))
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnsupportedType, syntax.ReturnType.GetLocation(),
                $"The method returns {System.Math.Max(1, resultNames.Length)} value(s) but its return statement gives {results.Length}; return a tuple literal such as (a, b)"));
        foreach (int result in results.Where(r => r != MethodLowering.Invalid && builder.Type(r) != elementType))
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnsupportedType, syntax.ReturnType.GetLocation(),
                $"The method returns {elementType.CSharpKeyword()} but its return expression is a {builder.Type(result).CSharpKeyword()} lane"));
        if (diagnostics.Count > 0 || results.Contains(MethodLowering.Invalid))
            return new ReadResult(null, diagnostics.ToEquatableArray());

        cancellation.ThrowIfCancellationRequested();
        IrFunction function = builder.Build(elementType, parameters, results, resultNames);
        var model = new VectorizedFunction(
            method.ContainingNamespace.IsGlobalNamespace ? string.Empty : method.ContainingNamespace.ToDisplayString(),
            ContainingTypeDeclarations(method.ContainingType).ToEquatableArray(),
            arguments.PublicName,
            DocumentationBody(method, cancellation),
            arguments.MaxUlp,
            arguments.Domain,
            arguments.Reference,
            function);
        return new ReadResult(model, EquatableArray<DiagnosticInfo>.Empty);

        ReadResult Fail(DiagnosticDescriptor descriptor, Location location, string message) =>
            new(null, new[] { DiagnosticInfo.Create(descriptor, location, message) }.ToEquatableArray());
    }

    private static string? ShapeProblem(IMethodSymbol method, MethodDeclarationSyntax syntax)
    {
        if (!method.IsStatic)
            return $"'{method.Name}' must be static";
        if (method.IsGenericMethod)
            return $"'{method.Name}' must not be generic: write one definition per element type";
        if (ElementType(method.ReturnType) is not { } returned)
            return $"'{method.Name}' must return float or double, or a tuple of two or more named floats or doubles";
        if (method.Parameters.Length == 0)
            return $"'{method.Name}' needs at least one parameter";
        if (method.Parameters.Any(p => p.Type.SpecialType != returned || p.RefKind != RefKind.None))
            return $"Every parameter of '{method.Name}' must be a {(returned == SpecialType.System_Single ? "float" : "double")} passed by value";
        if (method.Parameters.All(IsScalar))
            return $"'{method.Name}' needs at least one parameter without [Scalar]: the elements it computes come from it";
        if (method.Parameters.FirstOrDefault(p => p.HasExplicitDefaultValue && !IsScalar(p)) is { } defaulted)
            return $"'{defaulted.Name}' has a default value but varies per element; only a [Scalar] parameter may have one";
        for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            bool partial = type.DeclaringSyntaxReferences.Any(r =>
                r.GetSyntax() is TypeDeclarationSyntax t && t.Modifiers.Any(SyntaxKind.PartialKeyword));
            if (!partial)
                return $"'{type.Name}' must be partial so the generated overloads can be added to it";
        }
        return null;
    }

    private static bool IsScalar(IParameterSymbol parameter) =>
        parameter.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == VectorizeAttributeReader.ScalarMetadataName);

    private static IrParameter ReadParameter(IParameterSymbol parameter, IrType elementType) =>
        new(parameter.Name, IsScalar(parameter),
            parameter.HasExplicitDefaultValue && parameter.ExplicitDefaultValue is { } value ? ConstantBits.Of(value, elementType) : null);

    /// <summary>The elements of a tuple return type (empty for any other type).</summary>
    private static IEnumerable<IFieldSymbol> TupleElements(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsTupleType: true } tuple ? tuple.TupleElements : Enumerable.Empty<IFieldSymbol>();

    /// <summary>
    /// float or double for a definition returning one, or a tuple of two or more of one of them with every element
    /// named (the names become the span overload's destination parameters); null otherwise.
    /// </summary>
    private static SpecialType? ElementType(ITypeSymbol returnType)
    {
        IFieldSymbol[] elements = TupleElements(returnType).ToArray();
        if (elements.Length == 0)
            return returnType.SpecialType is SpecialType.System_Single or SpecialType.System_Double ? returnType.SpecialType : null;
        SpecialType first = elements[0].Type.SpecialType;
        bool named = elements.All(e => e.IsExplicitlyNamedTupleElement);
        return elements.Length >= 2 && named && first is SpecialType.System_Single or SpecialType.System_Double
               && elements.All(e => e.Type.SpecialType == first) ? first : null;
    }

    private static IEnumerable<string> ContainingTypeDeclarations(INamedTypeSymbol type)
    {
        var chain = new Stack<string>();
        for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
        {
            string kind = t.IsRecord ? (t.IsValueType ? "record struct" : "record") : t.IsValueType ? "struct" : "class";
            chain.Push((t.IsStatic ? "static " : string.Empty) + "partial " + kind + " " + t.Name);
        }
        return chain;
    }

    /// <summary>The inner XML of the definition's doc comment (summary, remarks ...), or a generic summary.</summary>
    private static string DocumentationBody(IMethodSymbol method, CancellationToken cancellation)
    {
        string xml = method.GetDocumentationCommentXml(cancellationToken: cancellation) ?? string.Empty;
        int start = xml.IndexOf('>', xml.IndexOf("<member", System.StringComparison.Ordinal) + 1) + 1;
        int end = xml.LastIndexOf("</member>", System.StringComparison.Ordinal);
        if (start <= 0 || end < start)
            return string.Empty;
        var body = new StringBuilder();
        foreach (string line in xml.Substring(start, end - start).Split('\n'))
        {
            string trimmed = line.Trim();
            if (trimmed.Length > 0)
                body.Append(trimmed).Append('\n');
        }
        return body.ToString();
    }
}
