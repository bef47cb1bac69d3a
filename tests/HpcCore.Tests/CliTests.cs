using System;
using System.Diagnostics;
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
        // tests/HpcCore.Tests/bin/<configuration>/net10.0 → src/HpcCore.Cli/bin/<configuration>/net10.0
        string testOutput = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        string cli = Path.Combine(testOutput.Replace(Path.Combine("tests", "HpcCore.Tests"), Path.Combine("src", "HpcCore.Cli")), "HpcCore.Cli.dll");
        Assert.True(File.Exists(cli), $"{cli} is not built");
        var start = new ProcessStartInfo("dotnet", $"\"{cli}\" {arguments}") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["COLUMNS"] = "200";
        foreach ((string name, string value) in environment)
            start.Environment[name] = value;
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, string.Join(' ', output.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)));
    }
}
