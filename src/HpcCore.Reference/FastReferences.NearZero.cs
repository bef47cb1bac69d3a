using System;
using System.Collections.Generic;

namespace HpcCore.Reference;

// The gated activations are x/2 + c·x² + O(x³) at zero with c > 0 (SiLU: 1/4, hard swish: 1/6, GELU: 1/√(2π), its
// tanh form: 1/√(2π) too). For a subnormal x, x/2 is often a float midpoint and the c·x² term, 2^-149 times smaller
// than an ULP, decides the rounding: no double reference can tell, and MPFR needs hundreds of bits for each of those
// 8 million inputs. The expansion settles them exactly instead.
public static partial class FastReferences
{
    private static readonly HashSet<string> halfPlusPositiveSquareAtZero = ["silu", "hard_swish", "gelu", "gelu_tanh"];

    /// <summary>Where the expansion at zero decides the result: |x| below 2^-100, so c·x² &lt; 2^-100·|x/2|.</summary>
    private const double NearZeroLimit = 7.888609052210118e-31;

    /// <summary>
    /// Settles the float result <paramref name="y"/> of the reference <paramref name="name"/> at a tiny nonzero x from
    /// its expansion x/2 + c·x² (c &gt; 0): the exact value lies a hair above x/2, so the correctly rounded result is
    /// x/2 where that is a float, else the neighbour above it. The error reported is |y − x/2| in ULPs plus 2^-80
    /// (more than the c·x² term).
    /// </summary>
    public static bool TrySettleNearZero(string name, float x, float y, out Measurement measurement)
    {
        measurement = default;
        if (x == 0 || !(Math.Abs(x) < NearZeroLimit) || !halfPlusPositiveSquareAtZero.Contains(name))
            return false;
        double half = x / 2.0;                                            // exact in double
        float rounded = (float)half;
        float correct = rounded >= half ? rounded : MathF.BitIncrement(rounded);   // x/2, or the float above the midpoint
        bool wrong = !float.IsFinite(y) || (y == 0 && float.IsNegative(y) != float.IsNegative(x));   // ErrorRules: ∞ ULP
        double error = wrong ? double.PositiveInfinity : Math.Abs(y - half) / FloatUlp(half) + Math.ScaleB(1.0, -80);
        measurement = new Measurement(error, BitConverter.SingleToInt32Bits(y) == BitConverter.SingleToInt32Bits(correct));
        return true;
    }
}
