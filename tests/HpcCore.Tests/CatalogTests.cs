using System.Linq;
using HpcCore.Catalog;
using Xunit;

namespace HpcCore.Tests;

public class CatalogTests
{
    /// <summary>The functions HpcMath provides so far, each for float and double (issue 3 lists the full set).</summary>
    private static readonly string[] Expected = ["Cosh", "Exp", "Exp10", "Exp2", "ExpM1", "Log", "Log10", "Log2", "LogP1", "Sinh", "Tanh", "SinPi", "CosPi", "Atan", "Asin", "Acos", "Atanh", "Asinh", "Acosh", "Cbrt"];

    [Fact]
    public void Catalog_lists_every_function_for_both_element_types_with_its_bound()
    {
        string[] entries = [.. FunctionCatalog.All.Select(f => f.ToString()).Order()];
        Assert.Equal(Expected.SelectMany(n => new[] { $"{n}(double)", $"{n}(float)" }).Order(), entries);
        Assert.All(FunctionCatalog.All, f =>
        {
            Assert.True(f.MaxUlp is > 0 and <= 1.0, $"{f}: bound {f.MaxUlp}");
            Assert.NotEmpty(f.Reference);
            Assert.Contains(f.OpenClKernel, f.OpenClSource);
        });
    }
}
