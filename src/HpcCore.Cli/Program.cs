using System.CommandLine;
using HpcCore.Cli.Report;

namespace HpcCore.Cli;

/// <summary>The <c>hpccore</c> command.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (System.Console.IsOutputRedirected)
            Spectre.Console.AnsiConsole.Profile.Width = 160; // logs and CI: room for whole tables and messages

        var root = new RootCommand("HpcCore: fast elementwise math with proven accuracy.")
        {
            ReportCommand.Create(),
            DevicesCommand.Create(),
            Fit.FitCommand.Create(),
            Fit.TableCommand.Create(),
        };
        return root.Parse(args).Invoke();
    }
}
