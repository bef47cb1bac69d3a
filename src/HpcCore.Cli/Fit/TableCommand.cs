using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using HpcCore.Reference.Fitting;

namespace HpcCore.Cli.Fit;

/// <summary>
/// <c>hpccore table log</c> and <c>hpccore table exp2</c>: the lookup tables of the float logarithms (reciprocals and
/// their logarithms) and of the table-driven exponentials (2^(j/16), float or double), in 256-bit MPFR, written as C# classes of
/// constants whose header holds the command line that regenerates them.
/// </summary>
public static class TableCommand
{
    public static Command Create()
    {
        var offset = new Option<string>("--offset") { Description = "Bits of the mantissa range's start, hexadecimal (0x3F32AAAB: m in [0.698, 1.396))", Required = true };
        var shift = new Option<int>("--shift") { Description = "First bit of the interval's number in x's bits (19: sixteen intervals)", Required = true };
        var inverseBits = new Option<int>("--inverse-bits") { Description = "Significant bits of each reciprocal (at most 5, so m·c − 1 is exact)", Required = true };
        var name = new Option<string>("--name") { Description = "Name of the generated class", Required = true };
        var output = new Option<FileInfo?>("--output") { Description = "Write the C# file here instead of standard output" };
        var log = new Command("log", "The table of a table-driven float logarithm: per interval of the mantissa a short reciprocal c and −log c in bases e, 2 and 10")
        {
            offset, shift, inverseBits, name, output,
        };
        log.SetAction(result =>
        {
            try
            {
                string text = result.GetValue(offset)!;
                int bits = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                    ? int.Parse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
                    : throw new FormatException($"--offset takes hexadecimal bits such as 0x3F32AAAB; got '{text}'.");
                var request = new LogTableRequest(bits, result.GetValue(shift), result.GetValue(inverseBits));
                string source = LogTableSource.Write(request, LogTable.Build(request), result.GetValue(name)!);
                SourceOutput.Write(source, result.GetValue(output));
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                Console.Error.WriteLine($"hpccore table: {e.Message}");
                return 1;
            }
        });
        var exp2Format = new Option<FloatFormatName>("--format") { Description = "Format of the powers and their low parts", DefaultValueFactory = _ => FloatFormatName.Double };
        var exp2Name = new Option<string>("--name") { Description = "Name of the generated class", Required = true };
        var exp2Output = new Option<FileInfo?>("--output") { Description = "Write the C# file here instead of standard output" };
        var exp2 = new Command("exp2", "The table of a table-driven exponential: 2^(j/16) for j = 0 … 15 as pairs") { exp2Format, exp2Name, exp2Output };
        exp2.SetAction(result =>
        {
            FloatFormatName format = result.GetValue(exp2Format);
            SourceOutput.Write(ExpTableSource.Write(ExpTable.Build(format), format, result.GetValue(exp2Name)!), result.GetValue(exp2Output));
            return 0;
        });
        return new Command("table", "Compute a lookup table for a table-driven function and write it as C# constants") { log, exp2 };
    }
}
