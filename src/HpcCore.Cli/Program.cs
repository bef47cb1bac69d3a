using System.CommandLine;
using HpcCore.Cli.Report;

namespace HpcCore.Cli;

/// <summary>The <c>hpccore</c> command.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("HpcCore: fast elementwise math with proven accuracy.")
        {
            ReportCommand.Create(),
        };
        return root.Parse(args).Invoke();
    }
}
