// HpcCore build. Targets:
//   Build          compile everything (Release)
//   Test           default test run (everything but the exhaustive sweeps), ≤ 15 minutes on 2 cores
//   TestExhaustive every float function on all 2^32 inputs and every double one on 10^7 hard inputs against MPFR;
//                  writes artifacts/exhaustive-accuracy.md
//   Report         `hpccore report`: accuracy and speed table; writes artifacts/report.md (pass --args="..." for more options)
//   Bench          BenchmarkDotNet against TensorPrimitives, SLEEF, Vector512 and Math loops; results in artifacts/bench
//                  (--filter=*Single* --functions=Exp,Tanh --lengths=65536 pick a subset)
//   BuildSleefShim native/sleef-shim with gcc against libsleef-dev (Test, Report and Bench depend on it)
// Native dependencies are installed by InstallNativeDependencies (apt-get, when run as root) or named with the command to run.

var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");
var reportArguments = Argument("args", "");
var benchFilter = Argument("filter", "*");
var benchFunctions = Argument("functions", "");   // e.g. --functions=Exp,Tanh (all catalog functions when empty)
var benchLengths = Argument("lengths", "");       // e.g. --lengths=65536,1048576
var artifacts = MakeAbsolute(Directory("artifacts"));

// Debian/Ubuntu packages the tests and the report need: MPFR (references), the OpenCL loader and PoCL (OpenCL on the CPU).
var nativePackages = new[] { "libmpfr6", "ocl-icd-libopencl1", "pocl-opencl-icd" };

// Asks dpkg rather than probing files: a removed package can leave its configuration (e.g. the ICD file) behind.
bool IsInstalled(string package)
{
    IEnumerable<string> output;
    var exitCode = StartProcess("dpkg-query", new ProcessSettings
    {
        Arguments = $"-W -f=${{Status}} {package}", RedirectStandardOutput = true, RedirectStandardError = true, Silent = true,
    }, out output);
    return exitCode == 0 && string.Join("", output).Contains("install ok installed");
}

// Packages the SLEEF peer needs: its shim is compiled here with gcc against libsleef-dev (which pulls in libsleef3).
var sleefPackages = new[] { "gcc", "libsleef-dev" };

Task("InstallNativeDependencies")
    .Does(() => InstallPackages(nativePackages));

// SLEEF's vector functions take __m512 arguments, which P/Invoke cannot pass: native/sleef-shim loops them over arrays.
Task("BuildSleefShim")
    .Does(() =>
{
    InstallPackages(sleefPackages);
    var output = artifacts.Combine("native");
    EnsureDirectoryExists(output);
    var arguments = $"-O2 -mavx512f -fPIC -shared -Wall -Werror -I/usr/include/x86_64-linux-gnu native/sleef-shim/sleef_shim.c -lsleef "
        + $"-o {output.CombineWithFilePath("libhpccore_sleef_shim.so").FullPath}";
    if (StartProcess("gcc", new ProcessSettings { Arguments = arguments }) != 0)
        throw new Exception("gcc failed to build native/sleef-shim (needs gcc and libsleef-dev on x86-64)");
});

void InstallPackages(IEnumerable<string> packages)
{
    var missing = packages.Where(p => !IsInstalled(p)).ToList();
    if (missing.Count == 0)
        return;
    var command = "apt-get install -y --no-install-recommends " + string.Join(" ", missing);
    if (Environment.UserName != "root")
        throw new Exception($"Missing native packages: {string.Join(", ", missing)}. Install them with: sudo apt-get update && sudo {command}");
    Information($"Installing {string.Join(", ", missing)}");
    var env = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
    if (StartProcess("apt-get", new ProcessSettings { Arguments = "update -qq", EnvironmentVariables = env }) != 0
        || StartProcess("sh", new ProcessSettings { Arguments = $"-c \"{command}\"", EnvironmentVariables = env }) != 0)
        throw new Exception($"apt-get failed; install by hand: sudo apt-get update && sudo {command}");
}

Task("Build")
    .Does(() =>
{
    DotNetBuild("HpcCore.sln", new DotNetBuildSettings { Configuration = configuration });
});

Task("Test")
    .IsDependentOn("InstallNativeDependencies")
    .IsDependentOn("BuildSleefShim")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetTest("HpcCore.sln", new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        Filter = "Category!=Exhaustive",
        Loggers = { "console;verbosity=normal" },
    });
});

Task("TestExhaustive")
    .IsDependentOn("InstallNativeDependencies")
    .IsDependentOn("Build")
    .Does(() =>
{
    EnsureDirectoryExists(artifacts);
    DeleteFiles(artifacts.CombineWithFilePath("exhaustive-accuracy.md").FullPath);
    DotNetTest("tests/HpcCore.Tests/HpcCore.Tests.csproj", new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        Filter = "Category=Exhaustive",
        Loggers = { "console;verbosity=detailed" },
        EnvironmentVariables = { ["HPCCORE_ARTIFACTS"] = artifacts.FullPath },
    });
    Information(System.IO.File.ReadAllText(artifacts.CombineWithFilePath("exhaustive-accuracy.md").FullPath));
});

Task("Report")
    .IsDependentOn("InstallNativeDependencies")
    .IsDependentOn("BuildSleefShim")
    .IsDependentOn("Build")
    .Does(() =>
{
    EnsureDirectoryExists(artifacts);
    DotNetRun("src/HpcCore.Cli/HpcCore.Cli.csproj",
        $"report --markdown {artifacts.CombineWithFilePath("report.md").FullPath} {reportArguments}",
        new DotNetRunSettings { Configuration = configuration, NoBuild = true });
});

Task("Bench")
    .IsDependentOn("BuildSleefShim")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetRun("bench/HpcCore.Benchmarks/HpcCore.Benchmarks.csproj",
        $"--filter \"{benchFilter}\" --artifacts {artifacts.Combine("bench").FullPath}",
        new DotNetRunSettings
        {
            Configuration = configuration, NoBuild = true,
            EnvironmentVariables = { ["HPCCORE_BENCH_FUNCTIONS"] = benchFunctions, ["HPCCORE_BENCH_LENGTHS"] = benchLengths },
        });
});

RunTarget(target);
