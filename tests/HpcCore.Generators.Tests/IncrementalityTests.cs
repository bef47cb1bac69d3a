using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace HpcCore.Generators.Tests;

/// <summary>An edit that does not touch a definition must not re-run the back ends: the function models stay cached.</summary>
public class IncrementalityTests
{
    [Fact]
    public void Unrelated_edit_leaves_function_models_cached()
    {
        CSharpCompilation compilation = GeneratorHarness.Compilation(SampleSources.Softsign, "public static class Other { public static int A() => 1; }");
        GeneratorDriver driver = GeneratorHarness.Driver().RunGenerators(compilation);

        SyntaxTree other = compilation.SyntaxTrees.Last();
        CSharpCompilation edited = compilation.ReplaceSyntaxTree(other,
            CSharpSyntaxTree.ParseText("public static class Other { public static int A() => 2; }", GeneratorHarness.ParseOptions, path: other.FilePath));
        GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var outputs = second.TrackedSteps[VectorizeGenerator.FunctionsStep].SelectMany(step => step.Outputs).ToList();
        Assert.Equal(2, outputs.Count); // Softsign and Twice
        Assert.All(outputs, output => Assert.True(
            output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step output was {output.Reason}"));
    }

    [Fact]
    public void Editing_a_definition_regenerates_it()
    {
        CSharpCompilation compilation = GeneratorHarness.Compilation(SampleSources.Softsign);
        GeneratorDriver driver = GeneratorHarness.Driver().RunGenerators(compilation);
        SyntaxTree tree = compilation.SyntaxTrees.Single();
        CSharpCompilation edited = compilation.ReplaceSyntaxTree(tree,
            CSharpSyntaxTree.ParseText(SampleSources.Softsign.Replace("* 0.5f", "* 0.25f"), GeneratorHarness.ParseOptions, path: tree.FilePath));
        GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();
        Assert.Contains(second.TrackedSteps[VectorizeGenerator.FunctionsStep].SelectMany(s => s.Outputs),
            o => o.Reason == IncrementalStepRunReason.Modified);
    }
}
