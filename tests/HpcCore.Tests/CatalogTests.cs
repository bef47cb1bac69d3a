using System.Linq;
using HpcCore.Catalog;
using Xunit;

namespace HpcCore.Tests;

public class CatalogTests
{
    [Fact]
    public void Catalog_lists_exp_and_log_for_both_element_types_with_their_bounds()
    {
        string[] entries = FunctionCatalog.All.Select(f => f.ToString()).ToArray();
        Assert.Equal(new[] { "Exp(double)", "Exp(float)", "Log(double)", "Log(float)" }, entries.Order().ToArray());
        Assert.All(FunctionCatalog.All, f =>
        {
            Assert.Equal(1.0, f.MaxUlp);
            Assert.NotEmpty(f.Reference);
            Assert.Contains(f.OpenClKernel, f.OpenClSource);
        });
    }
}
