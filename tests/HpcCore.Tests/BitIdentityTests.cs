using System;
using System.Runtime.Intrinsics;
using FsCheck.Fluent;
using HpcCore.Catalog;
using HpcCore.Reference;
using Xunit;

namespace HpcCore.Tests;

/// <summary>
/// The promise of DESIGN.md: scalar, Vector128, Vector256, Vector512 and span results are identical bit for bit
/// (NaN payloads included). OpenCL joins the comparison in OpenClTests.
/// </summary>
public class BitIdentityTests
{
    private const int Inputs = 1 << 20;

    [Theory, MemberData(nameof(Functions.SingleNames), MemberType = typeof(Functions))]
    public void Float_forms_agree_bit_for_bit(string name) =>
        AssertIdentical(Functions.Single(name), [.. EdgeValues.Single, .. HardInputs.Single.Sample(Inputs)]);

    [Theory, MemberData(nameof(Functions.DoubleNames), MemberType = typeof(Functions))]
    public void Double_forms_agree_bit_for_bit(string name) =>
        AssertIdentical(Functions.Double(name), [.. EdgeValues.Double, .. HardInputs.Double.Sample(Inputs)]);

    [Theory, MemberData(nameof(Functions.SingleBinaryNames), MemberType = typeof(Functions))]
    public void Float_two_argument_forms_agree_bit_for_bit(string name)
    {
        (float[] x, float[] y) = PairInputs.Single(Inputs, seed: 2);
        AssertIdentical(Functions.SingleBinary(name), x, y);
    }

    [Theory, MemberData(nameof(Functions.DoubleBinaryNames), MemberType = typeof(Functions))]
    public void Double_two_argument_forms_agree_bit_for_bit(string name)
    {
        (double[] x, double[] y) = PairInputs.Double(Inputs, seed: 2);
        AssertIdentical(Functions.DoubleBinary(name), x, y);
    }

    [Fact]
    public void This_machine_runs_the_Vector512_path()
    {
        // The bit-identity claim covers Vector512 only where it is accelerated; on the CI machine it must be.
        Assert.True(Vector512.IsHardwareAccelerated, "Vector512 is not accelerated here: the Vector512 path is only emulated.");
    }

    private static void AssertIdentical<T>(UnaryFunction<T> f, T[] inputs) where T : unmanaged
    {
        int n = inputs.Length - inputs.Length % Vector512<T>.Count;
        var span = new T[n];
        f.Span(inputs.AsSpan(0, n), span);
        var v128 = new T[n];
        var v256 = new T[n];
        var v512 = new T[n];
        for (int i = 0; i < n; i += Vector128<T>.Count)
            f.Vector128(Vector128.Create<T>(inputs.AsSpan(i))).CopyTo(v128.AsSpan(i));
        for (int i = 0; i < n; i += Vector256<T>.Count)
            f.Vector256(Vector256.Create<T>(inputs.AsSpan(i))).CopyTo(v256.AsSpan(i));
        for (int i = 0; i < n; i += Vector512<T>.Count)
            f.Vector512(Vector512.Create<T>(inputs.AsSpan(i))).CopyTo(v512.AsSpan(i));

        for (int i = 0; i < n; i++)
        {
            T scalar = f.Scalar(inputs[i]);
            AssertBits(scalar, v128[i], "Vector128", inputs[i], f);
            AssertBits(scalar, v256[i], "Vector256", inputs[i], f);
            AssertBits(scalar, v512[i], "Vector512", inputs[i], f);
            AssertBits(scalar, span[i], "span", inputs[i], f);
        }
    }

    private static void AssertIdentical<T>(BinaryFunction<T> f, T[] x, T[] y) where T : unmanaged
    {
        int n = x.Length - x.Length % Vector512<T>.Count;
        var span = new T[n];
        f.Span(x.AsSpan(0, n), y.AsSpan(0, n), span);
        var v128 = new T[n];
        var v256 = new T[n];
        var v512 = new T[n];
        for (int i = 0; i < n; i += Vector128<T>.Count)
            f.Vector128(Vector128.Create<T>(x.AsSpan(i)), Vector128.Create<T>(y.AsSpan(i))).CopyTo(v128.AsSpan(i));
        for (int i = 0; i < n; i += Vector256<T>.Count)
            f.Vector256(Vector256.Create<T>(x.AsSpan(i)), Vector256.Create<T>(y.AsSpan(i))).CopyTo(v256.AsSpan(i));
        for (int i = 0; i < n; i += Vector512<T>.Count)
            f.Vector512(Vector512.Create<T>(x.AsSpan(i)), Vector512.Create<T>(y.AsSpan(i))).CopyTo(v512.AsSpan(i));

        for (int i = 0; i < n; i++)
        {
            T scalar = f.Scalar(x[i], y[i]);
            string input = $"{x[i]}, {y[i]}";
            AssertBits(scalar, v128[i], "Vector128", input, f);
            AssertBits(scalar, v256[i], "Vector256", input, f);
            AssertBits(scalar, v512[i], "Vector512", input, f);
            AssertBits(scalar, span[i], "span", input, f);
        }
    }

    [Theory, MemberData(nameof(Functions.SingleTernaryNames), MemberType = typeof(Functions))]
    public void Float_three_argument_forms_agree_bit_for_bit(string name)
    {
        (float[] x, float[] y, float[] z) = PairInputs.SingleTriples(Inputs, seed: 2);
        AssertIdentical(Functions.SingleTernary(name), x, y, z);
    }

    [Theory, MemberData(nameof(Functions.DoubleTernaryNames), MemberType = typeof(Functions))]
    public void Double_three_argument_forms_agree_bit_for_bit(string name)
    {
        (double[] x, double[] y, double[] z) = PairInputs.DoubleTriples(Inputs, seed: 2);
        AssertIdentical(Functions.DoubleTernary(name), x, y, z);
    }

    private static void AssertIdentical<T>(TernaryFunction<T> f, T[] x, T[] y, T[] z) where T : unmanaged
    {
        int n = x.Length - x.Length % Vector512<T>.Count;
        var span = new T[n];
        f.Span(x.AsSpan(0, n), y.AsSpan(0, n), z.AsSpan(0, n), span);
        var v128 = new T[n];
        var v256 = new T[n];
        var v512 = new T[n];
        for (int i = 0; i < n; i += Vector128<T>.Count)
            f.Vector128(Vector128.Create<T>(x.AsSpan(i)), Vector128.Create<T>(y.AsSpan(i)), Vector128.Create<T>(z.AsSpan(i))).CopyTo(v128.AsSpan(i));
        for (int i = 0; i < n; i += Vector256<T>.Count)
            f.Vector256(Vector256.Create<T>(x.AsSpan(i)), Vector256.Create<T>(y.AsSpan(i)), Vector256.Create<T>(z.AsSpan(i))).CopyTo(v256.AsSpan(i));
        for (int i = 0; i < n; i += Vector512<T>.Count)
            f.Vector512(Vector512.Create<T>(x.AsSpan(i)), Vector512.Create<T>(y.AsSpan(i)), Vector512.Create<T>(z.AsSpan(i))).CopyTo(v512.AsSpan(i));

        for (int i = 0; i < n; i++)
        {
            T scalar = f.Scalar(x[i], y[i], z[i]);
            string input = $"{x[i]}, {y[i]}, {z[i]}";
            AssertBits(scalar, v128[i], "Vector128", input, f);
            AssertBits(scalar, v256[i], "Vector256", input, f);
            AssertBits(scalar, v512[i], "Vector512", input, f);
            AssertBits(scalar, span[i], "span", input, f);
        }
    }

    private static void AssertBits<T>(T expected, T actual, string form, object input, FunctionInfo f) where T : unmanaged
    {
        if (!Bits.Same(expected, actual))
            Assert.Fail($"{f.Name}({input}): scalar gives {Bits.Hex(expected)}, {form} gives {Bits.Hex(actual)}");
    }
}
