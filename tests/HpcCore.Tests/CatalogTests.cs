using System.Linq;
using HpcCore.Catalog;
using Xunit;

namespace HpcCore.Tests;

public class CatalogTests
{
    /// <summary>The functions HpcMath provides so far, each for float and double (issue 3 lists the full set).</summary>
    private static readonly string[] Expected = ["Cosh", "Exp", "Exp10", "Exp2", "ExpM1", "Log", "Log10", "Log2", "LogP1", "Sinh", "Tanh", "Sin", "Cos", "Tan", "SinPi", "CosPi", "Atan", "Asin", "Acos", "Atanh", "Asinh", "Acosh", "Cbrt", "Erf", "Erfc"];

    /// <summary>The two-argument functions, each for float and double.</summary>
    private static readonly string[] ExpectedBinary = ["Atan2", "Hypot", "Pow"];

    /// <summary>The float functions of the correctly rounded tier (HpcMath.CorrectlyRounded).</summary>
    private static readonly string[] CorrectlyRoundedSingle = ["Cbrt", "Exp", "Exp2", "Exp10", "Log", "Log2", "Log10"];

    [Fact]
    public void Catalog_lists_every_function_for_both_element_types_with_its_bound()
    {
        string[] entries = [.. FunctionCatalog.All.Select(f => f.ToString()).Order()];
        string[] expected = [.. Expected.SelectMany(n => new[] { $"{n}(double)", $"{n}(float)" }),
            .. ExpectedBinary.SelectMany(n => new[] { $"{n}(double, double)", $"{n}(float, float)" }),
            .. CorrectlyRoundedSingle.Select(n => $"CorrectlyRounded.{n}(float)")];
        Assert.Equal(expected.Order(), entries);
        Assert.Equal(["SinCos(double)", "SinCos(float)"], FunctionCatalog.Pairs.Select(f => f.ToString()));
        Assert.All(FunctionCatalog.Pairs, f => Assert.Equal(["Sin", "Cos"], f.ResultNames));
        Assert.All(FunctionCatalog.All, f =>
        {
            Assert.True(f.MaxUlp is > 0 and <= 1.0, $"{f}: bound {f.MaxUlp}");
            Assert.Equal(f.Name.StartsWith("CorrectlyRounded.", System.StringComparison.Ordinal), f.MaxUlp == 0.5);
            Assert.NotEmpty(f.Reference);
            Assert.Contains(f.OpenClKernel, f.OpenClSource);
            Assert.Equal(ExpectedBinary.Contains(f.Name) ? 2 : 1, f.Arity);
        });
    }
}
