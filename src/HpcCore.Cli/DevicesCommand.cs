using System.CommandLine;
using HpcCore.OpenCL;
using Spectre.Console;

namespace HpcCore.Cli;

/// <summary><c>hpccore devices</c>: the OpenCL devices HpcCore can use, and which one it picks.</summary>
public static class DevicesCommand
{
    public static Command Create()
    {
        var command = new Command("devices", $"List OpenCL devices and the default choice ({OpenClDevice.SelectionVariable} overrides it)");
        command.SetAction(_ => Run());
        return command;
    }

    private static int Run()
    {
        try
        {
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("#").AddColumn("Device").AddColumn("Platform").AddColumn("GPU").AddColumn("double")
                .AddColumn("float subnormals").AddColumn("correctly rounded /");
            var devices = OpenClDevice.All();
            for (int i = 0; i < devices.Count; i++)
            {
                OpenClDevice d = devices[i];
                table.AddRow(i.ToString(), Markup.Escape(d.Name), Markup.Escape(d.Platform), YesNo(d.IsGpu), YesNo(d.SupportsDouble),
                    YesNo(d.SupportsSingleDenormals), YesNo(d.SupportsCorrectlyRoundedDivide));
            }
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"Default: [bold]{Markup.Escape(OpenClDevice.Default().ToString())}[/]");
            return 0;
        }
        catch (OpenClException e)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
            return 1;
        }
    }

    private static string YesNo(bool value) => value ? "yes" : "[yellow]no[/]";
}
