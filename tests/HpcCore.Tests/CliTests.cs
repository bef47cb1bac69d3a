using System;
using System.IO;
using Xunit;

namespace HpcCore.Tests;

/// <summary>
/// The hpccore command, run as a separate process: this is how a machine without OpenCL platforms is tested
/// (the ICD loader reads OCL_ICD_VENDORS once per process, so it cannot be emptied inside this one).
/// </summary>
public class CliTests
{
    [Fact]
    public void Without_an_OpenCL_platform_the_error_says_what_to_install()
    {
        string emptyVendors = Directory.CreateTempSubdirectory("no-opencl-vendors").FullName;
        (int exitCode, string output) = RunCli("devices", ("OCL_ICD_VENDORS", emptyVendors));
        Assert.Equal(1, exitCode);
        Assert.Contains("No OpenCL platform is installed", output);
        Assert.Contains("apt-get install -y ocl-icd-libopencl1 pocl-opencl-icd", output);
    }

    [Fact]
    public void Devices_lists_the_installed_platform()
    {
        (int exitCode, string output) = RunCli("devices");
        Assert.True(exitCode == 0, output);
        Assert.Contains("Default:", output);
    }

    private static (int ExitCode, string Output) RunCli(string arguments, params (string Name, string Value)[] environment)
    {
        (int exitCode, string output) = Repository.RunCli(arguments, environment);
        return (exitCode, string.Join(' ', output.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)));
    }
}
