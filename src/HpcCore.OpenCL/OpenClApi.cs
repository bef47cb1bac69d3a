using System;
using Silk.NET.OpenCL;

namespace HpcCore.OpenCL;

/// <summary>The process-wide OpenCL entry points (Silk.NET over the ICD loader libOpenCL.so.1).</summary>
internal static class OpenClApi
{
    public const string InstallHint =
        "On Debian/Ubuntu: sudo apt-get install -y ocl-icd-libopencl1 pocl-opencl-icd (PoCL runs OpenCL on the CPU), or your GPU vendor's OpenCL driver.";

    private static readonly Lazy<CL> api = new(Load);

    public static CL CL => api.Value;

    private static CL Load()
    {
        try
        {
            return CL.GetApi();
        }
        catch (Exception e) when (e is not OpenClException)
        {
            throw new OpenClException($"The OpenCL loader (libOpenCL.so.1) could not be loaded. {InstallHint}", 0, e);
        }
    }
}
