using System;
using System.Runtime.InteropServices;

namespace HpcCore.OpenCL;

/// <summary>
/// An OpenCL object released exactly once. Release status codes are ignored: release runs on the finalizer path,
/// where throwing would take the process down, and a failed release leaves nothing for the caller to fix.
/// </summary>
internal sealed class OpenClHandle : SafeHandle
{
    public enum Kind { Context, CommandQueue, Program, Kernel, Buffer }

    private readonly Kind kind;

    public OpenClHandle(nint handle, Kind kind) : base(IntPtr.Zero, ownsHandle: true)
    {
        this.kind = kind;
        SetHandle(handle);
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    public nint Value => handle;

    protected override bool ReleaseHandle()
    {
        var cl = OpenClApi.CL;
        _ = kind switch
        {
            Kind.Context => cl.ReleaseContext(handle),
            Kind.CommandQueue => cl.ReleaseCommandQueue(handle),
            Kind.Program => cl.ReleaseProgram(handle),
            Kind.Kernel => cl.ReleaseKernel(handle),
            _ => cl.ReleaseMemObject(handle),
        };
        return true;
    }
}
