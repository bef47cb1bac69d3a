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

    private OpenClHandle OutputBuffer(nuint bytes)
    {
        int status;
        var buffer = new OpenClHandle(OpenClApi.CL.CreateBuffer(context.Value, MemFlags.WriteOnly, bytes, null, &status), OpenClHandle.Kind.Buffer);
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
