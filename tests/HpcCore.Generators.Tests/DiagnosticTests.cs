using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace HpcCore.Generators.Tests;

/// <summary>Constructs outside the dialect give an HPC diagnostic at the offending syntax, never a crash or a fallback.</summary>
public class DiagnosticTests
{
    private static string Definition(string body, string signature = "private static float F(float x)") => $$"""
        using static HpcCore.Lane;
        public static partial class Functions
        {
            [HpcCore.Vectorize("G", MaxUlp = 1.0)]
            {{signature}}
            {
        {{body}}
            }
        }
        """;

    [Theory]
    [InlineData("        if (x > 0) x = -x;\n        return x;", "HPC0001", "if (x > 0) x = -x;")]
    [InlineData("        for (int i = 0; i < 3; i++) { }\n        return x;", "HPC0001", "for (int i = 0; i < 3; i++) { }")]
    [InlineData("        return x > 0 ? x : -x;", "HPC0006", "x > 0 ? x : -x")]
    [InlineData("        return System.MathF.Exp(x);", "HPC0003", "System.MathF.Exp(x)")]
    [InlineData("        int i = AsInt32(x);\n        return i;", "HPC0010", "i")]
    [InlineData("        return (float)System.Math.Round((double)x);", "HPC0010", "(float)System.Math.Round((double)x)")]
    [InlineData("        int i = AsInt32(x) << AsInt32(x);\n        return AsSingle(i);", "HPC0008", "AsInt32(x)")]
    [InlineData("        double d = ToDouble(x);\n        return Select(d > 1.0, x, -x);", "HPC0011", "Select(d > 1.0, x, -x)")]
    [InlineData("        bool m = ToDouble(x) > 1.0 & x > 1.0f;\n        return Select(m, x, -x);", "HPC0011", "ToDouble(x) > 1.0 & x > 1.0f")]
    [InlineData("        float f = 1.0f;\n        return x;", "HPC0011", "f = 1.0f", "private static double F(double x)")]
    [InlineData("        return Lookup(AsInt32(x), 1.0f, x);", "HPC0008", "Lookup(AsInt32(x), 1.0f, x)")]
    [InlineData("        return Lookup(AsInt32(x), 0f, 1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f, 9f, 10f, 11f, 12f, 13f, 14f, 15f, 16f);", "HPC0003", "Lookup(AsInt32(x), 0f, 1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f, 9f, 10f, 11f, 12f, 13f, 14f, 15f, 16f)")]
    [InlineData("        return ToSingle(Lookup(AsInt32(x), 1.0, 2.0));", "HPC0010", "AsInt32(x)")]
    public void Unsupported_construct_is_reported_at_its_location(string body, string id, string offendingText,
        string signature = "private static float F(float x)")
    {
        string source = Definition(body, signature);
        var (run, _) = GeneratorHarness.Run(source);
        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(offendingText, source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Equal("Source0.cs", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Instance_method_is_rejected_at_its_name()
    {
        string source = Definition("        return x;", "private float F(float x)").Replace("public static partial class", "public partial class");
        var (run, _) = GeneratorHarness.Run(source);
        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("HPC0005", diagnostic.Id);
        Assert.Equal("F", source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
    }

    [Theory]
    [InlineData("private static float F([HpcCore.Scalar] float x)", "needs at least one parameter without [Scalar]")]
    [InlineData("private static float F(float x = 1.0f)", "only a [Scalar] parameter may have one")]
    public void Parameters_that_cannot_vary_per_element_are_rejected_at_the_name(string signature, string reason)
    {
        string source = Definition("        return x;", signature);
        var (run, _) = GeneratorHarness.Run(source);
        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("HPC0005", diagnostic.Id);
        Assert.Contains(reason, diagnostic.GetMessage());
        Assert.Equal("F", source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
    }

    [Fact]
    public void Missing_accuracy_bound_is_reported_on_the_attribute()
    {
        string source = Definition("        return x;").Replace(", MaxUlp = 1.0", "");
        var (run, _) = GeneratorHarness.Run(source);
        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("HPC0009", diagnostic.Id);
        Assert.StartsWith("HpcCore.Vectorize(", source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
    }

    [Theory]
    [InlineData("private static (float, float) F(float x)", "        return (x, x);")]
    [InlineData("private static (float A, double B) F(float x)", "        return (x, ToDouble(x));")]
    [InlineData("private static (float A, float B) F(double x)", "        return (ToSingle(x), ToSingle(x));")]
    public void Tuple_results_must_be_named_and_of_the_parameter_type(string signature, string body)
    {
        var (run, _) = GeneratorHarness.Run(Definition(body, signature));
        Assert.Equal("HPC0005", Assert.Single(run.Diagnostics).Id);
    }

    [Fact]
    public void A_helper_returning_a_tuple_is_reported_at_the_call()
    {
        string source = Definition("        return H(x).A;", "private static float F(float x)")
            .Replace("    }\n}", "    }\n    [HpcCore.LaneHelper]\n    private static (float A, float B) H(float x) => (x, x);\n}");
        var (run, _) = GeneratorHarness.Run(source);
        Assert.NotEmpty(run.Diagnostics);
        Assert.All(run.Diagnostics, d => Assert.StartsWith("HPC", d.Id));
    }

    [Fact]
    public void Recursion_is_reported_not_looped()
    {
        string source = Definition("        return F(x);");
        var (run, _) = GeneratorHarness.Run(source);
        Assert.Equal("HPC0007", Assert.Single(run.Diagnostics).Id);
    }

    [Fact]
    public void A_valid_definition_produces_no_diagnostics_and_compiles()
    {
        var (run, errors) = GeneratorHarness.Run(Definition("        float y = Fma(x, x, 1.0f);\n        return Select(y > 2.0f, y, x);"));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(errors);
        Assert.Contains(run.GeneratedTrees, t => t.FilePath.EndsWith("Functions.G.float.g.cs", System.StringComparison.Ordinal));
    }
}
