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

    /// <summary>HpcCore.Activations, each for float and double (Tanh is HpcMath's entry).</summary>
    private static readonly string[] Activations = ["Relu", "LeakyRelu", "Elu", "Selu", "Celu", "Gelu", "GeluTanh", "Silu", "Mish",
        "Softplus", "Softsign", "Sigmoid", "HardSigmoid", "HardSwish", "HardTanh", "LogSigmoid"];

    /// <summary>Two-argument activations and backward functions, each for float and double.</summary>
    private static readonly string[] ActivationsBinary = ["Prelu", "ReluBackward", "LeakyReluBackward", "EluBackward", "SeluBackward",
        "CeluBackward", "SigmoidBackward", "TanhBackward", "SoftplusBackward", "LogSigmoidBackward", "SoftsignBackward",
        "HardSigmoidBackward", "HardSwishBackward", "HardTanhBackward", "SiluBackward", "MishBackward", "GeluTanhBackward",
        "GeluBackward", "PreluWeightBackward"];

    /// <summary>Three-argument activation functions (backward functions), each for float and double.</summary>
    private static readonly string[] ActivationsTernary = ["PreluBackward"];

    [Fact]
    public void Catalog_lists_every_function_for_both_element_types_with_its_bound()
    {
        string[] entries = [.. FunctionCatalog.All.Select(f => f.ToString()).Order()];
        string[] expected = [.. Expected.SelectMany(n => new[] { $"{n}(double)", $"{n}(float)" }),
            .. ExpectedBinary.SelectMany(n => new[] { $"{n}(double, double)", $"{n}(float, float)" }),
            .. CorrectlyRoundedSingle.Select(n => $"CorrectlyRounded.{n}(float)"),
            .. Activations.SelectMany(n => new[] { $"{n}(double)", $"{n}(float)" }),
            .. ActivationsBinary.SelectMany(n => new[] { $"{n}(double, double)", $"{n}(float, float)" }),
            .. ActivationsTernary.SelectMany(n => new[] { $"{n}(double, double, double)", $"{n}(float, float, float)" })];
        Assert.Equal(expected.Order(), entries);
        Assert.Equal(["SinCos(double)", "SinCos(float)"], FunctionCatalog.Pairs.Select(f => f.ToString()));
        Assert.All(FunctionCatalog.Pairs, f => Assert.Equal(["Sin", "Cos"], f.ResultNames));
        Assert.All(FunctionCatalog.All, f =>
        {
            bool activation = Activations.Contains(f.Name) || ActivationsBinary.Contains(f.Name) || ActivationsTernary.Contains(f.Name);
            // HpcMath's functions are within 1 ULP (the correctly rounded tier 0.5); activations state up to 3.5 (double Mish, Softsign's backward).
            Assert.True(f.MaxUlp > 0 && f.MaxUlp <= (activation ? 3.5 : 1.0), $"{f}: bound {f.MaxUlp}");
            if (!activation)
                Assert.Equal(f.Name.StartsWith("CorrectlyRounded.", System.StringComparison.Ordinal), f.MaxUlp == 0.5);
            Assert.NotEmpty(f.Reference);
            Assert.Contains(f.OpenClKernel, f.OpenClSource);
            Assert.Equal(ActivationsTernary.Contains(f.Name) ? 3
                : ExpectedBinary.Contains(f.Name) || ActivationsBinary.Contains(f.Name) ? 2 : 1, f.Arity);
        });
    }
}
