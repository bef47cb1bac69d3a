using HpcCore.Generators.BackEnds;
using HpcCore.Generators.FrontEnd;
using HpcCore.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HpcCore.Generators;

/// <summary>
/// The pipeline: [Vectorize] methods → front end (model or diagnostics) → back ends (C# overloads per function,
/// one catalog per assembly). Diagnostics travel in their own output, so a changed message does not invalidate
/// cached code.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class VectorizeGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names, for incrementality tests.</summary>
    public const string ReadStep = "Read", FunctionsStep = "Functions";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<ReadResult> results = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                VectorizeAttributeReader.MetadataName,
                predicate: static (node, _) => node is MethodDeclarationSyntax,
                transform: static (ctx, cancellation) => FunctionReader.Read(ctx, cancellation))
            .WithTrackingName(ReadStep);

        context.RegisterSourceOutput(results.SelectMany(static (r, _) => r.Diagnostics),
            static (output, diagnostic) => output.ReportDiagnostic(diagnostic.ToDiagnostic()));

        IncrementalValuesProvider<VectorizedFunction> functions = results
            .Where(static r => r.Function is not null)
            .Select(static (r, _) => r.Function!)
            .WithTrackingName(FunctionsStep);

        context.RegisterSourceOutput(functions,
            static (output, function) => output.AddSource(FunctionEmitter.FileName(function), FunctionEmitter.Emit(function)));

        IncrementalValueProvider<string> assemblyName = context.CompilationProvider
            .Select(static (compilation, _) => compilation.AssemblyName ?? "Generated");
        context.RegisterSourceOutput(functions.Collect().Combine(assemblyName),
            static (output, pair) => output.AddSource("GeneratedCatalog.g.cs", CatalogEmitter.Emit(pair.Left, pair.Right)));
    }
}
