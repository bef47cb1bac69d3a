using System;
using System.Linq;
using FsCheck.Fluent;
using HpcCore.Catalog;
using HpcCore.OpenCL;
using HpcCore.Reference;
using Xunit;
using Xunit.Abstractions;

namespace HpcCore.Tests;

/// <summary>
/// The OpenCL back end on the machine's OpenCL platform (PoCL on the CPU in CI): the generated OpenCL C gives the
/// CPU's results bit for bit. If no platform is installed these tests fail with the install command; they never skip.
/// One class, so the tests that set the device-selection variable do not race each other.
/// </summary>
public sealed class OpenClTests(ITestOutputHelper output) : IDisposable
{
    private const int Inputs = 1 << 20;
    private readonly OpenClAccelerator accelerator = new();

    public void Dispose() => accelerator.Dispose();

    [Fact]
    public void Device_keeps_subnormals_and_rounds_division_correctly()
    {
        output.WriteLine($"OpenCL device: {accelerator.Device}");
        Assert.True(accelerator.Device.SupportsSingleDenormals, $"{accelerator.Device} flushes float subnormals");
        Assert.True(accelerator.Device.SupportsCorrectlyRoundedDivide, $"{accelerator.Device} cannot round division correctly");
        Assert.True(accelerator.Device.SupportsDouble, $"{accelerator.Device} has no double precision");
    }

    [Theory, MemberData(nameof(Functions.SingleNames), MemberType = typeof(Functions))]
    public void Float_results_match_the_cpu_bit_for_bit(string name) =>
        AssertMatchesCpu(Functions.Single(name), [.. EdgeValues.Single, .. HardInputs.Single.Sample(Inputs)]);

    [Theory, MemberData(nameof(Functions.DoubleNames), MemberType = typeof(Functions))]
    public void Double_results_match_the_cpu_bit_for_bit(string name) =>
        AssertMatchesCpu(Functions.Double(name), [.. EdgeValues.Double, .. HardInputs.Double.Sample(Inputs)]);

    [Theory, MemberData(nameof(Functions.SingleBinaryNames), MemberType = typeof(Functions))]
    public void Float_two_argument_results_match_the_cpu_bit_for_bit(string name)
    {
        (float[] x, float[] y) = PairInputs.Single(Inputs, seed: 3);
        AssertMatchesCpu(Functions.SingleBinary(name), x, y);
    }

    [Theory, MemberData(nameof(Functions.DoubleBinaryNames), MemberType = typeof(Functions))]
    public void Double_two_argument_results_match_the_cpu_bit_for_bit(string name)
    {
        (double[] x, double[] y) = PairInputs.Double(Inputs, seed: 3);
        AssertMatchesCpu(Functions.DoubleBinary(name), x, y);
    }

    [Theory, MemberData(nameof(Functions.SingleTernaryNames), MemberType = typeof(Functions))]
    public void Float_three_argument_results_match_the_cpu_bit_for_bit(string name)
    {
        (float[] x, float[] y, float[] z) = PairInputs.SingleTriples(Inputs, seed: 3);
        AssertMatchesCpu(Functions.SingleTernary(name), x, y, z);
    }

    [Theory, MemberData(nameof(Functions.DoubleTernaryNames), MemberType = typeof(Functions))]
    public void Double_three_argument_results_match_the_cpu_bit_for_bit(string name)
    {
        (double[] x, double[] y, double[] z) = PairInputs.DoubleTriples(Inputs, seed: 3);
        AssertMatchesCpu(Functions.DoubleTernary(name), x, y, z);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(16)]
    [InlineData(37)]
    [InlineData(1000)]
    public void Softmax_LogSoftmax_and_LogSumExp_match_the_cpu_bit_for_bit(int columns)
    {
        double[] x = SoftmaxRows(columns);
        float[] xf = [.. x.Select(v => (float)v)];
        AssertRowsMatch(xf, columns, Activations.Softmax, accelerator.Softmax, xf.Length);
        AssertRowsMatch(xf, columns, Activations.LogSoftmax, accelerator.LogSoftmax, xf.Length);
        AssertRowsMatch(xf, columns, Activations.LogSumExp, accelerator.LogSumExp, xf.Length / columns);
        AssertRowsMatch(x, columns, Activations.Softmax, accelerator.Softmax, x.Length);
        AssertRowsMatch(x, columns, Activations.LogSoftmax, accelerator.LogSoftmax, x.Length);
        AssertRowsMatch(x, columns, Activations.LogSumExp, accelerator.LogSumExp, x.Length / columns);
    }

    private delegate void RowFunction<T>(ReadOnlySpan<T> x, int columns, Span<T> destination);

    private void AssertRowsMatch<T>(T[] x, int columns, RowFunction<T> cpu, RowFunction<T> device, int outputLength) where T : unmanaged
    {
        T[] expected = new T[outputLength], actual = new T[outputLength];
        cpu(x, columns, expected);
        device(x, columns, actual);
        for (int i = 0; i < outputLength; i++)
            if (!Bits.Same(expected[i], actual[i]))
                Assert.Fail($"{cpu.Method.Name}<{typeof(T).Name}> row {i / Math.Max(1, outputLength / (x.Length / columns))}, element {i} on {accelerator.Device}: CPU {Bits.Hex(expected[i])}, OpenCL {Bits.Hex(actual[i])}");
    }

    /// <summary>
    /// Rows of random values at several scales (up to ±1e30, beyond float's exp range), some with −∞ entries, then the
    /// special rows: all −∞, one NaN, one +∞, signed zeros, the maximum repeated.
    /// </summary>
    private static double[] SoftmaxRows(int columns)
    {
        var random = new Random(columns);
        var rows = new System.Collections.Generic.List<double>();
        foreach (double scale in new[] { 1.0, 60.0, 1e4, 1e30 })
            for (int r = 0; r < 6; r++)
            {
                double[] row = [.. Enumerable.Range(0, columns).Select(_ => (random.NextDouble() - 0.5) * scale)];
                if (r % 2 == 1)
                    row[random.Next(columns)] = double.NegativeInfinity;
                rows.AddRange(row);
            }
        double[] Special(Func<int, double> value) => [.. Enumerable.Range(0, columns).Select(value)];
        rows.AddRange(Special(_ => double.NegativeInfinity));
        rows.AddRange(Special(i => i == columns / 2 ? double.NaN : i));
        rows.AddRange(Special(i => i == columns - 1 ? double.PositiveInfinity : -i));
        rows.AddRange(Special(i => i % 2 == 0 ? 0.0 : -0.0));
        rows.AddRange(Special(i => i % 3 == 0 ? 2.5 : 1.0));
        return [.. rows];
    }

    [Fact]
    public void Functions_with_two_results_match_the_cpu_bit_for_bit()
    {
        Assert.NotEmpty(FunctionCatalog.Pairs);
        foreach (PairFunction f in FunctionCatalog.Pairs)
        {
            if (f is PairFunction<float> single)
                AssertMatchesCpu(single, [.. EdgeValues.Single, .. HardInputs.Single.Sample(Inputs / 4)]);
            else
                AssertMatchesCpu((PairFunction<double>)f, [.. EdgeValues.Double, .. HardInputs.Double.Sample(Inputs / 4)]);
        }
        var sinCos = (PairFunction<float>)FunctionCatalog.Pairs.First(f => f.Name == "SinCos" && f.ElementType == typeof(float));
        float[] shared = new float[8];
        Assert.Throws<ArgumentException>("second", () => accelerator.Apply(sinCos, new float[4], shared.AsSpan(0, 4), shared.AsSpan(2, 4)));
    }

    [Fact]
    public void Two_argument_calls_check_both_lengths_before_writing()
    {
        BinaryFunction<float> hypot = Functions.SingleBinary("Hypot");
        float[] x = [3f, 5f, 8f], y = [4f, 12f, 15f], destination = new float[3];
        accelerator.Apply(hypot, x, y, destination);
        Assert.Equal([5f, 13f, 17f], destination);
        float[] untouched = new float[3];
        Assert.Throws<ArgumentException>("y", () => accelerator.Apply(hypot, x, y.AsSpan(0, 2), untouched));
        Assert.All(untouched, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void In_place_and_empty_calls_work_and_bad_arguments_throw_before_writing()
    {
        float[] x = Enumerable.Range(0, 1000).Select(i => i / 10f).ToArray();
        float[] expected = new float[x.Length];
        HpcMath.Exp(x, expected);
        accelerator.Apply<float>("Exp", x, x);
        Assert.Equal(expected, x);

        accelerator.Apply<float>("Log", ReadOnlySpan<float>.Empty, Span<float>.Empty);

        float[] shortDestination = new float[999];
        Assert.Throws<ArgumentException>("destination", () => accelerator.Apply<float>("Exp", x, shortDestination));
        Assert.All(shortDestination, v => Assert.Equal(0f, v));
        Assert.Throws<ArgumentException>("name", () => accelerator.Apply<float>("NoSuchFunction", x, x));
    }

    [Fact]
    public void A_program_that_does_not_build_raises_an_exception_with_the_build_log()
    {
        UnaryFunction<float> exp = Functions.Single("Exp");
        var broken = new UnaryFunction<float>("Broken", 1, "none", "exp", exp.Scalar, exp.Vector128, exp.Vector256, exp.Vector512, exp.Span,
            "broken_kernel", "__kernel void broken_kernel(__global const float* x, __global float* y, const uint n) { y[0] = undeclared_name; }");
        var error = Assert.Throws<OpenClException>(() => accelerator.Apply(broken, new float[4], new float[4]));
        Assert.Contains("CL_BUILD_PROGRAM_FAILURE", error.Message);
        Assert.Contains("undeclared_name", error.Message);
    }

    [Fact]
    public void Environment_variable_selects_the_device()
    {
        string? saved = Environment.GetEnvironmentVariable(OpenClDevice.SelectionVariable);
        try
        {
            Environment.SetEnvironmentVariable(OpenClDevice.SelectionVariable, "0");
            Assert.Equal(OpenClDevice.All()[0].ToString(), OpenClDevice.Default().ToString());
            Environment.SetEnvironmentVariable(OpenClDevice.SelectionVariable, OpenClDevice.All()[0].Name[..4]);
            Assert.Equal(OpenClDevice.All()[0].ToString(), OpenClDevice.Default().ToString());
            Environment.SetEnvironmentVariable(OpenClDevice.SelectionVariable, "no device has this name");
            Assert.Throws<OpenClException>(() => OpenClDevice.Default());
        }
        finally
        {
            Environment.SetEnvironmentVariable(OpenClDevice.SelectionVariable, saved);
        }
    }

    private void AssertMatchesCpu<T>(BinaryFunction<T> f, T[] x, T[] y) where T : unmanaged
    {
        var cpu = new T[x.Length];
        var device = new T[x.Length];
        f.Span(x, y, cpu);
        accelerator.Apply(f, x, y, device);
        for (int i = 0; i < x.Length; i++)
            if (!Bits.Same(cpu[i], device[i]))
                Assert.Fail($"{f.Name}({x[i]}, {y[i]}) on {accelerator.Device}: CPU {Bits.Hex(cpu[i])}, OpenCL {Bits.Hex(device[i])}");
    }

    private void AssertMatchesCpu<T>(TernaryFunction<T> f, T[] x, T[] y, T[] z) where T : unmanaged
    {
        var cpu = new T[x.Length];
        var device = new T[x.Length];
        f.Span(x, y, z, cpu);
        accelerator.Apply(f, x, y, z, device);
        for (int i = 0; i < x.Length; i++)
            if (!Bits.Same(cpu[i], device[i]))
                Assert.Fail($"{f.Name}({x[i]}, {y[i]}, {z[i]}) on {accelerator.Device}: CPU {Bits.Hex(cpu[i])}, OpenCL {Bits.Hex(device[i])}");
    }

    private void AssertMatchesCpu<T>(PairFunction<T> f, T[] inputs) where T : unmanaged
    {
        T[] cpuFirst = new T[inputs.Length], cpuSecond = new T[inputs.Length];
        T[] deviceFirst = new T[inputs.Length], deviceSecond = new T[inputs.Length];
        f.Span(inputs, cpuFirst, cpuSecond);
        accelerator.Apply(f, inputs, deviceFirst, deviceSecond);
        for (int i = 0; i < inputs.Length; i++)
            if (!Bits.Same(cpuFirst[i], deviceFirst[i]) || !Bits.Same(cpuSecond[i], deviceSecond[i]))
                Assert.Fail($"{f}({inputs[i]}) on {accelerator.Device}: CPU ({Bits.Hex(cpuFirst[i])}, {Bits.Hex(cpuSecond[i])}), " +
                            $"OpenCL ({Bits.Hex(deviceFirst[i])}, {Bits.Hex(deviceSecond[i])})");
    }

    private void AssertMatchesCpu<T>(UnaryFunction<T> f, T[] inputs) where T : unmanaged
    {
        var cpu = new T[inputs.Length];
        var device = new T[inputs.Length];
        f.Span(inputs, cpu);
        accelerator.Apply(f, inputs, device);
        for (int i = 0; i < inputs.Length; i++)
            if (!Bits.Same(cpu[i], device[i]))
                Assert.Fail($"{f}({inputs[i]}) on {accelerator.Device}: CPU {Bits.Hex(cpu[i])}, OpenCL {Bits.Hex(device[i])}");
    }
}
