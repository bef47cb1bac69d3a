using System;
using System.IO;

namespace HpcCore.Cli.Fit;

/// <summary>Where <c>hpccore fit</c> and <c>hpccore table</c> put the C# they write: standard output or --output.</summary>
internal static class SourceOutput
{
    public static void Write(string source, FileInfo? file)
    {
        if (file is null)
            Console.Out.Write(source);
        else
            File.WriteAllText(file.FullName, source);
    }
}
