using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Silk.NET.OpenCL;

namespace HpcCore.OpenCL;

/// <summary>An OpenCL device and what matters to HpcCore about it.</summary>
public sealed unsafe class OpenClDevice
{
    /// <summary>Environment variable choosing the device: an index into <see cref="All"/> or part of a device or platform name.</summary>
    public const string SelectionVariable = "HPCCORE_OPENCL_DEVICE";

    private const ulong FpDenorm = 1;                       // CL_FP_DENORM
    private const ulong FpCorrectlyRoundedDivideSqrt = 128; // CL_FP_CORRECTLY_ROUNDED_DIVIDE_SQRT

    private OpenClDevice(nint platform, nint id)
    {
        PlatformHandle = platform;
        Handle = id;
        var cl = OpenClApi.CL;
        Name = DeviceString(cl, id, DeviceInfo.Name);
        Platform = PlatformString(cl, platform, PlatformInfo.Name);
        IsGpu = (DeviceULong(cl, id, DeviceInfo.Type) & (ulong)DeviceType.Gpu) != 0;
        ulong single = DeviceULong(cl, id, DeviceInfo.SingleFPConfig);
        SupportsSingleDenormals = (single & FpDenorm) != 0;
        SupportsCorrectlyRoundedDivide = (single & FpCorrectlyRoundedDivideSqrt) != 0;
        SupportsDouble = DeviceString(cl, id, DeviceInfo.Extensions).Contains("cl_khr_fp64", StringComparison.Ordinal);
    }

    internal nint Handle { get; }

    internal nint PlatformHandle { get; }

    /// <summary>The device name (CL_DEVICE_NAME).</summary>
    public string Name { get; }

    /// <summary>The platform name (CL_PLATFORM_NAME).</summary>
    public string Platform { get; }

    /// <summary>Whether the device is a GPU.</summary>
    public bool IsGpu { get; }

    /// <summary>Whether the device supports double (cl_khr_fp64).</summary>
    public bool SupportsDouble { get; }

    /// <summary>
    /// Whether float subnormals are kept (CL_FP_DENORM). Without it the device may flush them to zero, and results
    /// that involve subnormals differ from the CPU's.
    /// </summary>
    public bool SupportsSingleDenormals { get; }

    /// <summary>Whether float division and square root can be correctly rounded (needed for bitwise identity with the CPU).</summary>
    public bool SupportsCorrectlyRoundedDivide { get; }

    /// <summary>"device (platform)".</summary>
    public override string ToString() => $"{Name} ({Platform})";

    /// <summary>Every device of every installed platform.</summary>
    /// <exception cref="OpenClException">No OpenCL loader or no platform is installed; the message says what to install.</exception>
    public static IReadOnlyList<OpenClDevice> All()
    {
        var cl = OpenClApi.CL;
        uint count = 0;
        int status = cl.GetPlatformIDs(0, null, &count);
        if (status == OpenClErrors.PlatformNotFound || count == 0)
            throw new OpenClException($"No OpenCL platform is installed. {OpenClApi.InstallHint}", status);
        OpenClErrors.Check(status, "clGetPlatformIDs");
        var platforms = new nint[count];
        fixed (nint* p = platforms)
            OpenClErrors.Check(cl.GetPlatformIDs(count, p, null), "clGetPlatformIDs");

        var devices = new List<OpenClDevice>();
        foreach (nint platform in platforms)
        {
            uint deviceCount = 0;
            status = cl.GetDeviceIDs(platform, DeviceType.All, 0, null, &deviceCount);
            if (status == OpenClErrors.DeviceNotFound || deviceCount == 0)
                continue;
            OpenClErrors.Check(status, "clGetDeviceIDs");
            var ids = new nint[deviceCount];
            fixed (nint* d = ids)
                OpenClErrors.Check(cl.GetDeviceIDs(platform, DeviceType.All, deviceCount, d, null), "clGetDeviceIDs");
            devices.AddRange(ids.Select(id => new OpenClDevice(platform, id)));
        }
        if (devices.Count == 0)
            throw new OpenClException($"OpenCL platforms are installed but offer no device. {OpenClApi.InstallHint}");
        return devices;
    }

    /// <summary>
    /// The device named by <see cref="SelectionVariable"/> if set (an index, or part of the device or platform name),
    /// else the first GPU, else the first device.
    /// </summary>
    public static OpenClDevice Default()
    {
        IReadOnlyList<OpenClDevice> all = All();
        string? choice = Environment.GetEnvironmentVariable(SelectionVariable);
        if (string.IsNullOrWhiteSpace(choice))
            return all.FirstOrDefault(d => d.IsGpu) ?? all[0];
        if (int.TryParse(choice, out int index))
            return index >= 0 && index < all.Count ? all[index]
                : throw new OpenClException($"{SelectionVariable}={choice}, but there are {all.Count} devices: {string.Join("; ", all)}.");
        return all.FirstOrDefault(d => d.ToString().Contains(choice, StringComparison.OrdinalIgnoreCase))
            ?? throw new OpenClException($"{SelectionVariable}={choice} matches no device. Devices: {string.Join("; ", all)}.");
    }

    private static string DeviceString(CL cl, nint id, DeviceInfo info) =>
        QueryString((size, value, sizeReturned) => cl.GetDeviceInfo(id, info, size, value, sizeReturned), "clGetDeviceInfo");

    private static string PlatformString(CL cl, nint platform, PlatformInfo info) =>
        QueryString((size, value, sizeReturned) => cl.GetPlatformInfo(platform, info, size, value, sizeReturned), "clGetPlatformInfo");

    private delegate int InfoQuery(nuint size, void* value, nuint* sizeReturned);

    /// <summary>The two-call pattern of clGet*Info for strings: ask the size, then the bytes.</summary>
    private static string QueryString(InfoQuery query, string call)
    {
        nuint size = 0;
        OpenClErrors.Check(query(0, null, &size), call);
        var bytes = new byte[size];
        fixed (byte* b = bytes)
            OpenClErrors.Check(query(size, b, null), call);
        return Encoding.UTF8.GetString(bytes).TrimEnd('\0').Trim();
    }

    private static ulong DeviceULong(CL cl, nint id, DeviceInfo info)
    {
        ulong value = 0;
        OpenClErrors.Check(cl.GetDeviceInfo(id, info, sizeof(ulong), &value, null), "clGetDeviceInfo");
        return value;
    }
}
