using System.Collections.Generic;

namespace HpcCore.OpenCL;

/// <summary>Names of OpenCL status codes (cl.h), so exceptions say CL_BUILD_PROGRAM_FAILURE instead of -11.</summary>
internal static class OpenClErrors
{
    public const int PlatformNotFound = -1001; // CL_PLATFORM_NOT_FOUND_KHR (cl_khr_icd)
    public const int DeviceNotFound = -1;

    private static readonly Dictionary<int, string> names = new()
    {
        [0] = "CL_SUCCESS", [-1] = "CL_DEVICE_NOT_FOUND", [-2] = "CL_DEVICE_NOT_AVAILABLE", [-3] = "CL_COMPILER_NOT_AVAILABLE",
        [-4] = "CL_MEM_OBJECT_ALLOCATION_FAILURE", [-5] = "CL_OUT_OF_RESOURCES", [-6] = "CL_OUT_OF_HOST_MEMORY",
        [-11] = "CL_BUILD_PROGRAM_FAILURE", [-30] = "CL_INVALID_VALUE", [-32] = "CL_INVALID_PLATFORM", [-33] = "CL_INVALID_DEVICE",
        [-34] = "CL_INVALID_CONTEXT", [-36] = "CL_INVALID_COMMAND_QUEUE", [-38] = "CL_INVALID_MEM_OBJECT",
        [-43] = "CL_INVALID_BUILD_OPTIONS", [-44] = "CL_INVALID_PROGRAM", [-45] = "CL_INVALID_PROGRAM_EXECUTABLE",
        [-46] = "CL_INVALID_KERNEL_NAME", [-48] = "CL_INVALID_KERNEL", [-49] = "CL_INVALID_ARG_INDEX", [-50] = "CL_INVALID_ARG_VALUE",
        [-51] = "CL_INVALID_ARG_SIZE", [-52] = "CL_INVALID_KERNEL_ARGS", [-54] = "CL_INVALID_WORK_GROUP_SIZE",
        [-61] = "CL_INVALID_BUFFER_SIZE", [-63] = "CL_INVALID_GLOBAL_WORK_SIZE", [-1001] = "CL_PLATFORM_NOT_FOUND_KHR",
    };

    public static string Name(int code) => names.TryGetValue(code, out string? name) ? name : $"OpenCL error {code}";

    /// <summary>Throws <see cref="OpenClException"/> naming the call and the status unless <paramref name="code"/> is CL_SUCCESS.</summary>
    public static void Check(int code, string call)
    {
        if (code != 0)
            throw new OpenClException($"{call} failed: {Name(code)} ({code}).", code);
    }
}
