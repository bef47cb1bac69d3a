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

    /// <summary>
    /// Rare paths: a slow branch for large inputs that reuses a value of the common path, with a rarer branch nested in
    /// it, so the generated code shows which instructions move into which block.
    /// </summary>
    public const string RarePath = """
        using static HpcCore.Lane;

        namespace Sample;

        public static partial class Rare
        {
            /// <summary>2x, or 2x + √|x| beyond 100, or 2x + 1/x beyond 10^6.</summary>
            /// <param name="x">The input.</param>
            [HpcCore.Vectorize("Nested", MaxUlp = 0.5)]
            private static float NestedSingle(float x)
            {
                float common = x + x;
                float slow = common + Sqrt(Abs(x));
                float slower = common + 1.0f / x;
                slow = SelectRarely(Abs(x) > 1e6f, slower, slow);
                return SelectRarely(Abs(x) > 100.0f, slow, common);
            }
        }
        """;

    /// <summary>
    /// A float function computing in double: widening, double arithmetic, a double mask and a rare path whose value is
    /// double (on vectors, two halves), then one rounding to float.
    /// </summary>
    public const string Widening = """
        using static HpcCore.Lane;

        namespace Sample;

        public static partial class Wide
        {
            /// <summary>x² + 1/3 rounded once to float, plus √|x| beyond 10^4; NaN gives 0.</summary>
            /// <param name="x">The input.</param>
            [HpcCore.Vectorize("SquarePlusThird", MaxUlp = 0.5)]
            private static float SquarePlusThirdSingle(float x)
            {
                double d = ToDouble(x);
                double y = Fma(d, d, 1.0 / 3.0);
                y = SelectRarely(Abs(d) > 1e4, Sqrt(Abs(d)) + y, y);
                return ToSingle(Select(IsNaN(d), 0.0, y));
            }
        }
        """;

    /// <summary>
    /// A definition with two results whose rare paths share a mask: one block computes both rare values (and √|x|,
    /// which only they use) once.
    /// </summary>
    public const string TwoResults = """
        using static HpcCore.Lane;

        namespace Sample;

        public static partial class Pair
        {
            /// <summary>(2x, x²), each plus √|x| beyond 100.</summary>
            /// <param name="x">The input.</param>
            [HpcCore.Vectorize("TwiceAndSquare", MaxUlp = 0.5)]
            private static (float Twice, float Square) TwiceAndSquareSingle(float x)
            {
                float root = Sqrt(Abs(x));
                float twice = SelectRarely(Abs(x) > 100.0f, (x + x) + root, x + x);
                float square = SelectRarely(Abs(x) > 100.0f, x * x + root, x * x);
                return (twice, square);
            }
        }
        """;

    /// <summary>
    /// Scalar parameters: one with a default (the function is catalogued with it), one without (no entry), and a
    /// three-argument function.
    /// </summary>
    public const string ScalarParameters = """
        using HpcCore;
        using static HpcCore.Lane;

        namespace Sample;

        public static partial class Scaled
        {
            /// <summary>x above zero, slope·x below.</summary>
            /// <param name="x">The input.</param>
            /// <param name="slope">The slope below zero.</param>
            [Vectorize("LeakyRelu", MaxUlp = 0.5)]
            private static float LeakyReluSingle(float x, [Scalar] float slope = 0.01f) => Select(x > 0.0f, x, x * slope);

            /// <summary>a + t·(b − a), one rounding.</summary>
            [Vectorize("Lerp", MaxUlp = 0.5)]
            private static float LerpSingle(float a, float b, float t) => Fma(t, b - a, a);

            /// <summary>scale·x + offset, one rounding.</summary>
            [Vectorize("Affine", MaxUlp = 0.5)]
            private static double AffineDouble([Scalar] double scale, double x, [Scalar] double offset) => Fma(scale, x, offset);
        }
        """;

    /// <summary>A definition in another assembly calling HpcCore's math: inlined from the IR in HpcCore.dll.</summary>
    public const string CallsLibrary = """
        using HpcCore;
        using static HpcCore.Lane;

        namespace Sample;

        public static partial class Fused
        {
            /// <summary>x·sigmoid(βx) in one pass, through HpcMath.Exp.</summary>
            [Vectorize("Swish", MaxUlp = 2.0)]
            private static float SwishSingle(float x, [Scalar] float beta = 1.0f) => x / (1.0f + HpcMath.Exp(-(beta * x)));

            /// <summary>erf(x)·tanh(y), two library functions of two arguments.</summary>
            [Vectorize("ErfTimesTanh", MaxUlp = 2.0)]
            private static double ErfTimesTanhDouble(double x, double y) => HpcMath.Erf(x) * HpcMath.Tanh(y);
        }
        """;
    /// <summary>
    /// Selects between the two values their mask compares (Minimum, Maximum), in a float and a double function, next
    /// to a ≤ select that must stay one (it differs from both on zeros of opposite signs).
    /// </summary>
    public const string Extremes = """
        using static HpcCore.Lane;

        namespace Sample;

        public static partial class Extremes
        {
            /// <summary>(a &lt; b ? a : b) + (a &gt; b ? a : b)·(b &lt;= a ? 2 : 1) in three forms of the clamp.</summary>
            [HpcCore.Vectorize("Spread", MaxUlp = 0.5)]
            private static float SpreadSingle(float a, float b) =>
                Select(a < b, a, b) + Select(b < a, a, b) * Select(b <= a, 2.0f, 1.0f);

            /// <summary>x clamped to [−1, 1] as Exp clamps (NaN passes), in double.</summary>
            [HpcCore.Vectorize("Clip", MaxUlp = 0.5)]
            private static double ClipDouble(double x)
            {
                x = Select(x > 1.0, 1.0, x);
                return Select(x < -1.0, -1.0, x);
            }
        }
        """;

    /// <summary>
    /// Lookups of float and double tables (sixteen entries, and fewer, a NaN among them), and of a double table in a float
    /// function (held in two halves), indexed by x's integer part: negative, large and NaN-made indices included.
    /// </summary>
    public const string Lookups = """
        using static HpcCore.Lane;

        namespace Sample;

        public static partial class Tables
        {
            /// <summary>x times the entry of its integer part.</summary>
            [HpcCore.Vectorize("Stepped", MaxUlp = 0.5)]
            private static float SteppedSingle(float x) =>
                x * Lookup(ToInt32Truncate(x), 0.5f, 1.5f, -2.0f, float.NaN, 3.25f, 0.0f, -0.0f, 7.0f, 8.5f, 9.0f, 10.0f, 11.0f, 12.0f, 13.0f, 14.0f, 1e30f);

            /// <summary>x times the entry of its integer part, from a table of five.</summary>
            [HpcCore.Vectorize("Stepped", MaxUlp = 0.5)]
            private static double SteppedDouble(double x) => x * Lookup(ToInt64Truncate(x), 0.25, -1.5, double.NaN, 4.0, 1e300);

            /// <summary>The same in double inside a float function.</summary>
            [HpcCore.Vectorize("SteppedWide", MaxUlp = 0.5)]
            private static float SteppedWideSingle(float x)
            {
                double d = ToDouble(x);
                return ToSingle(d * Lookup(ToInt64Truncate(d), 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2));
            }
        }
        """;

    public const string NegatedFactors = """
        using static HpcCore.Lane;

        namespace Sample;

        public static partial class Negated
        {
            /// <summary>A Cody–Waite-shaped step and a negated product: the negations move onto the constants.</summary>
            [HpcCore.Vectorize("Step", MaxUlp = 0.5)]
            private static float StepSingle(float k, float x) => Fma(-k, 1.5707964f, x) + (-x) * 0.25f + Fma(2.0f, -k, 1.0f);
        }
        """;

    public const string FoldedOperands = """
        using static HpcCore.Lane;

        namespace Sample;

        public static partial class Folded
        {
            /// <summary>FMAs with a negated factor and a negated addend, products with a factor 1, a sum with a negated term.</summary>
            [HpcCore.Vectorize("Mix", MaxUlp = 0.5)]
            private static float MixSingle(float a, float b)
            {
                float p = a * b;
                float q = Fma(-p, b, a) + Fma(a, b, -p);
                return (q + 1.0f * a) + Fma(b, 1.0f, p) + (a + (-q));
            }
        }
        """;

    public const string WrappingIntegers = """
        using static HpcCore.Lane;

        namespace Sample;

        public static partial class Wrapping
        {
            private const float Tenth = 0.1f;

            [HpcCore.LaneHelper]
            private static float Scaled(float x, float k) => x * (Tenth * k);

            /// <summary>x·0.3 where x is a positive normal float (a sum of bits that wraps for +∞, NaN and most negatives), else x.</summary>
            [HpcCore.Vectorize("Classify", MaxUlp = 0.5)]
            private static float ClassifySingle(float x) => Select(AsInt32(x) + 0x00800000 < 0x01000000, x, Scaled(x, 3.0f));
        }
        """;
}
