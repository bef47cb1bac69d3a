using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using HpcCore.Catalog;
using HpcCore.Runtime;
using Silk.NET.OpenCL;

namespace HpcCore.OpenCL;

/// <summary>
/// Runs HpcCore's catalog functions on one OpenCL device: the OpenCL C that the generator emitted from the same
/// definitions as the CPU code, so a conforming device gives the CPU's results bit for bit. Host spans in, host
/// spans out. Calls on one instance are serialized; use one instance per thread for concurrency.
/// </summary>
public sealed unsafe class OpenClAccelerator : IDisposable
{
    /// <summary>
    /// Build options: correctly rounded division and square root, as on the CPU (OpenCL's default float division
    /// may be off by 2.5 ULP). Contraction is switched off by a pragma in every generated program.
    /// </summary>
    public const string BuildOptions = "-cl-fp32-correctly-rounded-divide-sqrt";

    private readonly OpenClHandle context;
    private readonly OpenClHandle queue;
    private readonly ProgramCache programs;
    private readonly object gate = new();

    /// <summary>Opens the device chosen by <see cref="OpenClDevice.Default"/>.</summary>
    public OpenClAccelerator() : this(OpenClDevice.Default())
    {
    }

    /// <summary>Opens <paramref name="device"/>.</summary>
    public OpenClAccelerator(OpenClDevice device)
    {
        Device = device;
        var cl = OpenClApi.CL;
        int status;
        nint id = device.Handle;
        nint* properties = stackalloc nint[] { (nint)ContextProperties.Platform, device.PlatformHandle, 0 };
        context = new OpenClHandle(cl.CreateContext(properties, 1, &id, null, null, &status), OpenClHandle.Kind.Context);
        OpenClErrors.Check(status, "clCreateContext");
        queue = new OpenClHandle(cl.CreateCommandQueue(context.Value, id, CommandQueueProperties.None, &status), OpenClHandle.Kind.CommandQueue);
        OpenClErrors.Check(status, "clCreateCommandQueue");
        programs = new ProgramCache(context, device);
    }

    /// <summary>The device this instance runs on.</summary>
    public OpenClDevice Device { get; }

    /// <summary>Computes the catalog function named <paramref name="name"/> (e.g. "Exp") elementwise on the device.</summary>
    /// <exception cref="ArgumentException">No such function, bad lengths or a partial overlap (nothing is written).</exception>
    public void Apply<T>(string name, ReadOnlySpan<T> x, Span<T> destination) where T : unmanaged =>
        Apply(FunctionCatalog.Unary<T>().FirstOrDefault(f => f.Name == name)
              ?? throw new ArgumentException($"The catalog has no one-argument function '{name}' for {typeof(T).Name}.", nameof(name)),
            x, destination);

    /// <summary>Computes <paramref name="function"/> elementwise on the device, with the span overload's argument rules.</summary>
    /// <exception cref="ArgumentException">Bad lengths or a partial overlap (nothing is written).</exception>
    /// <exception cref="NotSupportedException">Double precision on a device without cl_khr_fp64.</exception>
    /// <exception cref="OpenClException">An OpenCL call or the program build failed.</exception>
    public void Apply<T>(UnaryFunction<T> function, ReadOnlySpan<T> x, Span<T> destination) where T : unmanaged
    {
        SpanValidation.ThrowIfInvalid(x, destination, nameof(x), x.Length);
        Run(function, x, default, default, function.ScalarArguments, destination);
    }

    /// <summary>Computes the two-argument <paramref name="function"/> elementwise on the device, with the span overload's argument rules.</summary>
    /// <exception cref="ArgumentException">Bad lengths or a partial overlap (nothing is written).</exception>
    /// <exception cref="NotSupportedException">Double precision on a device without cl_khr_fp64.</exception>
    /// <exception cref="OpenClException">An OpenCL call or the program build failed.</exception>
    public void Apply<T>(BinaryFunction<T> function, ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> destination) where T : unmanaged
    {
        SpanValidation.ThrowIfInvalid(x, destination, nameof(x), x.Length);
        SpanValidation.ThrowIfInvalid(y, destination, nameof(y), x.Length);
        Run(function, x, y, default, function.ScalarArguments, destination);
    }

    /// <summary>Computes the three-argument <paramref name="function"/> elementwise on the device, with the span overload's argument rules.</summary>
    /// <exception cref="ArgumentException">Bad lengths or a partial overlap (nothing is written).</exception>
    /// <exception cref="NotSupportedException">Double precision on a device without cl_khr_fp64.</exception>
    /// <exception cref="OpenClException">An OpenCL call or the program build failed.</exception>
    public void Apply<T>(TernaryFunction<T> function, ReadOnlySpan<T> x, ReadOnlySpan<T> y, ReadOnlySpan<T> z, Span<T> destination) where T : unmanaged
    {
        SpanValidation.ThrowIfInvalid(x, destination, nameof(x), x.Length);
        SpanValidation.ThrowIfInvalid(y, destination, nameof(y), x.Length);
        SpanValidation.ThrowIfInvalid(z, destination, nameof(z), x.Length);
        Run(function, x, y, z, function.ScalarArguments, destination);
    }

    /// <summary>
    /// Computes the two results of <paramref name="function"/> (e.g. SinCos) elementwise on the device, with the span
    /// overload's argument rules.
    /// </summary>
    /// <exception cref="ArgumentException">Bad lengths, a partial overlap with x, or overlapping destinations (nothing is written).</exception>
    /// <exception cref="NotSupportedException">Double precision on a device without cl_khr_fp64.</exception>
    /// <exception cref="OpenClException">An OpenCL call or the program build failed.</exception>
    public void Apply<T>(PairFunction<T> function, ReadOnlySpan<T> x, Span<T> first, Span<T> second) where T : unmanaged
    {
        SpanValidation.ThrowIfInvalid(x, first, nameof(x), nameof(first), x.Length);
        SpanValidation.ThrowIfInvalid(x, second, nameof(x), nameof(second), x.Length);
        SpanValidation.ThrowIfOverlapping(first, second, nameof(first), nameof(second), x.Length);
        Run(function, x, default, default, Array.Empty<T>(), first, second);
    }

    /// <summary>
    /// Runs the kernel over x (and y, z for two and three arguments): one buffer per input, then one per result
    /// (destination, and secondDestination for a function with two results), the scalar arguments and the length.
    /// </summary>
    private void Run<T>(FunctionInfo function, ReadOnlySpan<T> x, ReadOnlySpan<T> y, ReadOnlySpan<T> z, IReadOnlyList<T> scalars,
        Span<T> destination, Span<T> secondDestination = default) where T : unmanaged
    {
        if (typeof(T) == typeof(double) && !Device.SupportsDouble)
            throw new NotSupportedException($"{Device} has no double precision (cl_khr_fp64).");
        if (x.IsEmpty)
            return;

        var cl = OpenClApi.CL;
        nuint bytes = (nuint)(x.Length * sizeof(T));
        lock (gate)
        {
            OpenClHandle program = programs.Get(function.OpenClSource, BuildOptions);
            int status;
            using var kernel = new OpenClHandle(cl.CreateKernel(program.Value, function.OpenClKernel, &status), OpenClHandle.Kind.Kernel);
            OpenClErrors.Check(status, "clCreateKernel");

            fixed (T* first = &MemoryMarshal.GetReference(x))
            fixed (T* second = &MemoryMarshal.GetReference(y))
            fixed (T* third = &MemoryMarshal.GetReference(z))
            fixed (T* output = &MemoryMarshal.GetReference(destination))
            fixed (T* secondOutput = &MemoryMarshal.GetReference(secondDestination))
            {
                using var firstBuffer = InputBuffer(first, bytes);
                using var secondBuffer = function.Arity >= 2 ? InputBuffer(second, bytes) : null;
                using var thirdBuffer = function.Arity == 3 ? InputBuffer(third, bytes) : null;
                using var outputBuffer = OutputBuffer(bytes);
                using var secondOutputBuffer = function is PairFunction ? OutputBuffer(bytes) : null;

                uint argument = 0;
                foreach (OpenClHandle? buffer in new[] { firstBuffer, secondBuffer, thirdBuffer, outputBuffer, secondOutputBuffer })
                {
                    if (buffer is null)
                        continue;
                    nint handle = buffer.Value;
                    OpenClErrors.Check(cl.SetKernelArg(kernel.Value, argument++, (nuint)sizeof(nint), &handle), "clSetKernelArg");
                }
                foreach (T scalar in scalars)
                {
                    T value = scalar;
                    OpenClErrors.Check(cl.SetKernelArg(kernel.Value, argument++, (nuint)sizeof(T), &value), "clSetKernelArg");
                }
                uint length = (uint)x.Length;
                OpenClErrors.Check(cl.SetKernelArg(kernel.Value, argument, sizeof(uint), &length), "clSetKernelArg");

                nuint global = (nuint)x.Length;
                OpenClErrors.Check(cl.EnqueueNdrangeKernel(queue.Value, kernel.Value, 1, null, &global, null, 0, null, null), "clEnqueueNDRangeKernel");
                OpenClErrors.Check(cl.EnqueueReadBuffer(queue.Value, outputBuffer.Value, true, 0, bytes, output, 0, null, null), "clEnqueueReadBuffer");
                if (secondOutputBuffer is not null)
                    OpenClErrors.Check(cl.EnqueueReadBuffer(queue.Value, secondOutputBuffer.Value, true, 0, bytes, secondOutput, 0, null, null), "clEnqueueReadBuffer");
            }
        }
    }

    /// <summary>Activations.Softmax on the device: e^(x − max)/Σ e^(x − max) along each row, the CPU's bits.</summary>
    /// <param name="x">rows × <paramref name="columns"/> values, row after row.</param>
    /// <param name="columns">The length of a row (positive; x.Length must be a multiple of it).</param>
    /// <param name="destination">The softmax of each row, same layout; may be <paramref name="x"/> itself.</param>
    /// <exception cref="ArgumentException">Bad lengths or a partial overlap (nothing is written).</exception>
    /// <exception cref="NotSupportedException">A device without cl_khr_fp64 (float rows are computed in double too).</exception>
    /// <exception cref="OpenClException">An OpenCL call or the program build failed.</exception>
    public void Softmax<T>(ReadOnlySpan<T> x, int columns, Span<T> destination) where T : unmanaged =>
        RunRows(x, columns, destination, x.Length, RowReductions.Mode.Softmax);

    /// <summary>Activations.LogSoftmax on the device: x − max − log Σ e^(x − max) along each row, the CPU's bits.</summary>
    /// <param name="x">rows × <paramref name="columns"/> values, row after row.</param>
    /// <param name="columns">The length of a row (positive; x.Length must be a multiple of it).</param>
    /// <param name="destination">The log-softmax of each row, same layout; may be <paramref name="x"/> itself.</param>
    /// <exception cref="ArgumentException">Bad lengths or a partial overlap (nothing is written).</exception>
    /// <exception cref="NotSupportedException">A device without cl_khr_fp64 (float rows are computed in double too).</exception>
    /// <exception cref="OpenClException">An OpenCL call or the program build failed.</exception>
    public void LogSoftmax<T>(ReadOnlySpan<T> x, int columns, Span<T> destination) where T : unmanaged =>
        RunRows(x, columns, destination, x.Length, RowReductions.Mode.LogSoftmax);

    /// <summary>Activations.LogSumExp on the device: log Σ e^x along each row, one value per row, the CPU's bits.</summary>
    /// <param name="x">rows × <paramref name="columns"/> values, row after row.</param>
    /// <param name="columns">The length of a row (positive; x.Length must be a multiple of it).</param>
    /// <param name="destination">One value per row; may start where <paramref name="x"/> starts.</param>
    /// <exception cref="ArgumentException">Bad lengths or a partial overlap (nothing is written).</exception>
    /// <exception cref="NotSupportedException">A device without cl_khr_fp64 (float rows are computed in double too).</exception>
    /// <exception cref="OpenClException">An OpenCL call or the program build failed.</exception>
    public void LogSumExp<T>(ReadOnlySpan<T> x, int columns, Span<T> destination) where T : unmanaged =>
        RunRows(x, columns, destination, x.Length / Math.Max(columns, 1), RowReductions.Mode.LogSumExp);

    /// <summary>
    /// Checks the layout as the CPU overloads do, then runs the row kernel for T: one work-item per row, with a device
    /// buffer for the row's terms.
    /// </summary>
    private void RunRows<T>(ReadOnlySpan<T> x, int columns, Span<T> destination, int outputLength, RowReductions.Mode mode) where T : unmanaged
    {
        if (typeof(T) != typeof(float) && typeof(T) != typeof(double))
            throw new NotSupportedException($"Rows of {typeof(T).Name} are not supported; use float or double.");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        if (x.Length % columns != 0)
            throw new ArgumentException($"'{nameof(x)}' has {x.Length} elements, not a whole number of rows of {columns}.", nameof(x));
        SpanValidation.ThrowIfInvalid(x[..Math.Min(outputLength, x.Length)], destination, nameof(x), outputLength);
        if (x.Overlaps(destination, out int offset) && offset != 0)
            throw new ArgumentException($"'{nameof(destination)}' partially overlaps '{nameof(x)}'; only the same start is allowed.", nameof(destination));
        if (!Device.SupportsDouble)
            throw new NotSupportedException($"{Device} has no double precision (cl_khr_fp64), which the row kernels compute in.");
        if (x.IsEmpty)
            return;

        var cl = OpenClApi.CL;
        uint rows = (uint)(x.Length / columns), width = (uint)columns, kind = (uint)mode;
        lock (gate)
        {
            OpenClHandle program = programs.Get(RowReductions.Source, BuildOptions);
            int status;
            string name = typeof(T) == typeof(float) ? RowReductions.SingleKernel : RowReductions.DoubleKernel;
            using var kernel = new OpenClHandle(cl.CreateKernel(program.Value, name, &status), OpenClHandle.Kind.Kernel);
            OpenClErrors.Check(status, "clCreateKernel");
            fixed (T* input = &MemoryMarshal.GetReference(x))
            fixed (T* output = &MemoryMarshal.GetReference(destination))
            {
                nuint outputBytes = (nuint)(outputLength * sizeof(T));
                using var inputBuffer = InputBuffer(input, (nuint)(x.Length * sizeof(T)));
                using var outputBuffer = OutputBuffer(outputBytes);
                using var termsBuffer = OutputBuffer((nuint)(x.Length * sizeof(double)), MemFlags.ReadWrite);
                nint[] buffers = [inputBuffer.Value, outputBuffer.Value, termsBuffer.Value];
                for (uint a = 0; a < buffers.Length; a++)
                {
                    nint handle = buffers[a];
                    OpenClErrors.Check(cl.SetKernelArg(kernel.Value, a, (nuint)sizeof(nint), &handle), "clSetKernelArg");
                }
                OpenClErrors.Check(cl.SetKernelArg(kernel.Value, 3, sizeof(uint), &width), "clSetKernelArg");
                OpenClErrors.Check(cl.SetKernelArg(kernel.Value, 4, sizeof(uint), &rows), "clSetKernelArg");
                OpenClErrors.Check(cl.SetKernelArg(kernel.Value, 5, sizeof(uint), &kind), "clSetKernelArg");
                nuint global = rows;
                OpenClErrors.Check(cl.EnqueueNdrangeKernel(queue.Value, kernel.Value, 1, null, &global, null, 0, null, null), "clEnqueueNDRangeKernel");
                OpenClErrors.Check(cl.EnqueueReadBuffer(queue.Value, outputBuffer.Value, true, 0, outputBytes, output, 0, null, null), "clEnqueueReadBuffer");
            }
        }
    }

    private OpenClHandle OutputBuffer(nuint bytes, MemFlags flags = MemFlags.WriteOnly)
    {
        int status;
        var buffer = new OpenClHandle(OpenClApi.CL.CreateBuffer(context.Value, flags, bytes, null, &status), OpenClHandle.Kind.Buffer);
        OpenClErrors.Check(status, "clCreateBuffer");
        return buffer;
    }

    private OpenClHandle InputBuffer(void* data, nuint bytes)
    {
        int status;
        var buffer = new OpenClHandle(
            OpenClApi.CL.CreateBuffer(context.Value, MemFlags.ReadOnly | MemFlags.CopyHostPtr, bytes, data, &status), OpenClHandle.Kind.Buffer);
        OpenClErrors.Check(status, "clCreateBuffer");
        return buffer;
    }

    /// <summary>Releases the device's context, queue and programs.</summary>
    public void Dispose()
    {
        programs.Dispose();
        queue.Dispose();
        context.Dispose();
    }
}
