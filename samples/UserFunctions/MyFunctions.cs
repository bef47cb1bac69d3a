using HpcCore;
using static HpcCore.Lane;

namespace UserFunctions;

/// <summary>Functions a user writes once; the generator in the HpcCore package gives every form of each.</summary>
public static partial class MyFunctions
{
    /// <summary>Swish, x·sigmoid(βx), fused into one pass; HpcMath.Exp is inlined, not called.</summary>
    /// <param name="x">The input.</param>
    /// <param name="beta">The sigmoid's slope, one value for all elements.</param>
    [Vectorize("Swish", MaxUlp = 2.0, Domain = "all floats")]
    private static float SwishSingle(float x, [Scalar] float beta = 1.0f) => x / (1.0f + HpcMath.Exp(-(beta * x)));

    /// <summary>A gate: a·tanh(b).</summary>
    /// <param name="a">The value gated.</param>
    /// <param name="b">The gate's input.</param>
    [Vectorize("TanhGate", MaxUlp = 2.0, Domain = "all floats")]
    private static float TanhGateSingle(float a, float b) => a * HpcMath.Tanh(b);

    /// <summary>A gated residual, x·sigmoid(g) + r, in double.</summary>
    /// <param name="x">The value gated.</param>
    /// <param name="gate">The gate's input.</param>
    /// <param name="residual">What is added.</param>
    [Vectorize("GatedResidual", MaxUlp = 2.0, Domain = "all doubles")]
    private static double GatedResidualDouble(double x, double gate, double residual) =>
        Fma(x, 1.0 / (1.0 + HpcMath.Exp(-gate)), residual);
}
