using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace HpcCore.Generators.Tests;

/// <summary>
/// The generated code for a representative definition, compared with checked-in snapshots that people review like
/// code. To accept a deliberate change, run with HPCCORE_UPDATE_SNAPSHOTS=1 and review the diff.
/// </summary>
public class SnapshotTests
{
    [Theory]
    [InlineData("Sample.Activations.Softsign.float.g.cs")]
    [InlineData("GeneratedCatalog.g.cs")]
    [InlineData("Sample.Rare.Nested.float.g.cs")]
    [InlineData("Sample.Wide.SquarePlusThird.float.g.cs")]
    [InlineData("Sample.Pair.TwiceAndSquare.float.g.cs")]
    [InlineData("Sample.Scaled.LeakyRelu.float.g.cs")]
    [InlineData("Sample.Extremes.Spread.float.g.cs")]
    [InlineData("Sample.Tables.Stepped.double.g.cs")]
    public void Generated_code_matches_the_snapshot(string file)
    {
        string source = file.Split('.')[1] switch
        {
            "Rare" => SampleSources.RarePath,
            "Wide" => SampleSources.Widening,
            "Pair" => SampleSources.TwoResults,
            "Scaled" => SampleSources.ScalarParameters,
            "Extremes" => SampleSources.Extremes,
            "Tables" => SampleSources.Lookups,
            _ => SampleSources.Softsign,
        };
        var (run, errors) = GeneratorHarness.Run(source);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(errors); // the generated code compiles
        string generated = run.GeneratedTrees.Single(t => Path.GetFileName(t.FilePath) == file).GetText().ToString();

        string snapshot = Path.Combine(SnapshotDirectory(), file + ".snapshot");
        if (Environment.GetEnvironmentVariable("HPCCORE_UPDATE_SNAPSHOTS") == "1")
            File.WriteAllText(snapshot, generated);
        Assert.True(File.Exists(snapshot), $"No snapshot {snapshot}: run once with HPCCORE_UPDATE_SNAPSHOTS=1 and review it.");
        Assert.Equal(File.ReadAllText(snapshot).ReplaceLineEndings(), generated.ReplaceLineEndings());
    }

    [Fact]
    public void Every_function_gets_scalar_vector_and_span_overloads()
    {
        var (run, _) = GeneratorHarness.Run(SampleSources.Softsign);
        string code = run.GeneratedTrees.Single(t => t.FilePath.EndsWith("Softsign.float.g.cs", StringComparison.Ordinal)).GetText().ToString();
        Assert.Contains("public static float Softsign(float x)", code);
        foreach (int bits in new[] { 128, 256, 512 })
            Assert.Contains($"public static global::System.Runtime.Intrinsics.Vector{bits}<float> Softsign(global::System.Runtime.Intrinsics.Vector{bits}<float> x)", code);
        Assert.Contains("public static void Softsign(global::System.ReadOnlySpan<float> x, global::System.Span<float> destination)", code);
    }

    /// <summary>The source folder (snapshots are edited there, not in bin/).</summary>
    private static string SnapshotDirectory([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "Snapshots");
}
