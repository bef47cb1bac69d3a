namespace HpcCore.Generators.Tests;

/// <summary>Definitions used as generator input.</summary>
public static class SampleSources
{
    /// <summary>A small function touching most constructs: locals, reassignment, Fma, Select, comparisons, bit casts, inlining.</summary>
    public const string Softsign = """
        using static HpcCore.Lane;

        namespace Sample;

        public static partial class Activations
        {
            /// <summary>x / (1 + |x|), with the sign of zero kept.</summary>
            /// <param name="x">The input.</param>
            [HpcCore.Vectorize("Softsign", MaxUlp = 1.0, Domain = "all floats")]
            private static float SoftsignSingle(float x)
            {
                float magnitude = AsSingle(AsInt32(x) & 0x7FFFFFFF);
                float y = x / Fma(magnitude, 1.0f, 1.0f);
                y = Select(IsNaN(x), float.NaN, y);
                return Select(x == 0.0f, x, TwiceSingle(y) * 0.5f);
            }

            [HpcCore.Vectorize("Twice", MaxUlp = 0.5)]
            private static float TwiceSingle(float x) => x + x;
        }
        """;
}
