using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace HpcCore.Tests;

/// <summary>Paths in the source tree and the built hpccore command, for tests that check files or run the CLI.</summary>
public static class Repository
{
    /// <summary>The directory holding HpcCore.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Runs the built hpccore command (a separate process) and returns its exit code and raw output.</summary>
    public static (int ExitCode, string Output) RunCli(string arguments, params (string Name, string Value)[] environment)
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
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HpcCore.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No HpcCore.sln above {AppContext.BaseDirectory}");
    }
}
