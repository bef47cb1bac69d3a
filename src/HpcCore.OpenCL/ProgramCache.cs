using System;
using System.Collections.Concurrent;
using System.Text;

namespace HpcCore.OpenCL;

/// <summary>
/// Built programs of one context, keyed by source and options (the context has one device), so each generated
/// program is compiled once per device. Failures carry the build log.
/// </summary>
internal sealed unsafe class ProgramCache : IDisposable
{
    private readonly OpenClHandle context;
    private readonly OpenClDevice device;
    private readonly ConcurrentDictionary<(string Source, string Options), Lazy<OpenClHandle>> programs = new();

    public ProgramCache(OpenClHandle context, OpenClDevice device)
    {
        this.context = context;
        this.device = device;
    }

    public OpenClHandle Get(string source, string options) =>
        programs.GetOrAdd((source, options), key => new Lazy<OpenClHandle>(() => Build(key.Source, key.Options))).Value;

    private OpenClHandle Build(string source, string options)
    {
        var cl = OpenClApi.CL;
        int status;
        nuint length = (nuint)Encoding.UTF8.GetByteCount(source);
        nint program = cl.CreateProgramWithSource(context.Value, 1, new[] { source }, &length, &status);
        OpenClErrors.Check(status, "clCreateProgramWithSource");
        var handle = new OpenClHandle(program, OpenClHandle.Kind.Program);

        nint deviceHandle = device.Handle;
        status = cl.BuildProgram(program, 1, &deviceHandle, options, null, null);
        if (status != 0)
        {
            string log = BuildLog(program, deviceHandle);
            handle.Dispose();
            throw new OpenClException($"Building an OpenCL program for {device} failed: {OpenClErrors.Name(status)}. Build log:\n{log}", status);
        }
        return handle;
    }

    private static string BuildLog(nint program, nint device)
    {
        var cl = OpenClApi.CL;
        nuint size = 0;
        if (cl.GetProgramBuildInfo(program, device, Silk.NET.OpenCL.ProgramBuildInfo.BuildLog, 0, null, &size) != 0)
            return "(no build log)";
        var bytes = new byte[size];
        fixed (byte* b = bytes)
            cl.GetProgramBuildInfo(program, device, Silk.NET.OpenCL.ProgramBuildInfo.BuildLog, size, b, null);
        return Encoding.UTF8.GetString(bytes).TrimEnd('\0');
    }

    public void Dispose()
    {
        foreach (Lazy<OpenClHandle> program in programs.Values)
            if (program.IsValueCreated)
                program.Value.Dispose();
        programs.Clear();
    }
}
