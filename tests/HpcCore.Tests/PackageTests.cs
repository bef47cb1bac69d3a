using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Xunit;

namespace HpcCore.Tests;

/// <summary>
/// HpcCore as a user gets it: packs the library (with its generator as an analyzer) and HpcCore.OpenCL into a local
/// feed, builds samples/UserFunctions (a separate project that only references the packages) and runs it. The sample
/// defines its own functions in the dialect, calling HpcMath's, and checks every form against the scalar overload.
/// </summary>
public class PackageTests
{
    [Fact]
    public void A_project_referencing_the_packages_gets_every_form_of_its_own_functions()
    {
        // A version of its own per run: NuGet caches a package by id and version for good.
        string version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        string work = Directory.CreateTempSubdirectory("hpccore-package").FullName;
        try
        {
            string feed = Path.Combine(work, "feed"), sample = Path.Combine(work, "sample");
            foreach (string project in new[] { "src/HpcCore", "src/HpcCore.OpenCL" })
                Run($"pack {project} -c {Configuration} --no-build -o \"{feed}\" -p:PackageVersion={version}", Repository.Root);
            Directory.CreateDirectory(sample);
            foreach (string file in Directory.GetFiles(Path.Combine(Repository.Root, "samples", "UserFunctions")))
                File.Copy(file, Path.Combine(sample, Path.GetFileName(file)));
            File.WriteAllText(Path.Combine(sample, "nuget.config"),
                $"<configuration><packageSources><add key=\"hpccore-test\" value=\"{feed}\" /></packageSources></configuration>");

            Run($"build -c Release -nodeReuse:false -p:HpcCoreVersion={version}", sample);
            string output = Run($"bin/Release/net10.0/UserFunctions.dll", sample);

            foreach (string function in new[] { "Swish(float)", "TanhGate(float, float)", "GatedResidual(double, double, double)" })
                Assert.Contains($"{function}: scalar, Vector128, Vector256, Vector512, span and OpenCL agree bit for bit on 4099 inputs", output);
            // The user's functions inlined HpcMath's: the same bits as composing the library's calls.
            Assert.Contains($"Swish(1.5) = {R(1.5f / (1f + HpcMath.Exp(-1.5f)))}", output);
            Assert.Contains($"Swish(1.5, beta: 0.5) = {R(1.5f / (1f + HpcMath.Exp(-(0.5f * 1.5f))))}", output);
            Assert.Contains($"TanhGate(3, -0.25) = {R(3f * HpcMath.Tanh(-0.25f))}", output);
            Assert.Contains($"GatedResidual(2, 0.5, -1) = {Math.FusedMultiplyAdd(2.0, 1.0 / (1.0 + HpcMath.Exp(-0.5)), -1.0).ToString("R", CultureInfo.InvariantCulture)}", output);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
            string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            foreach (string id in new[] { "hpccore", "hpccore.opencl" })
                if (Directory.Exists(Path.Combine(packages, id, version)))
                    Directory.Delete(Path.Combine(packages, id, version), recursive: true);
        }
    }

    private static string R(float value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>tests/HpcCore.Tests/bin/&lt;configuration&gt;/net10.0: the configuration the library was built in.</summary>
    private static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>Runs dotnet with the arguments in a directory; fails with its output unless it succeeds.</summary>
    private static string Run(string arguments, string directory)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        // The test host may run under MSBuild (dotnet test); its variables must not steer the sample's own build.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToArray())
            start.Environment.Remove(name);
        using Process process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"dotnet {arguments} failed ({process.ExitCode}):\n{output}\n{error.Result}");
        return output;
    }
}
