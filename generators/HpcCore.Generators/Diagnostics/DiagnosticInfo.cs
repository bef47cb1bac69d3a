using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HpcCore.Generators.Diagnostics;

/// <summary>
/// A diagnostic as plain data (no syntax tree), so it can travel through the cached pipeline
/// and be turned back into a <see cref="Diagnostic"/> at its original location.
/// </summary>
internal sealed record DiagnosticInfo(string Id, string Message, string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location location, params object[] args)
    {
        FileLinePositionSpan lines = location.GetLineSpan();
        return new DiagnosticInfo(descriptor.Id, string.Format(descriptor.MessageFormat.ToString(), args),
            lines.Path ?? string.Empty, location.SourceSpan, lines.Span);
    }

    public Diagnostic ToDiagnostic()
    {
        DiagnosticDescriptor descriptor = Descriptors.ById(Id);
        Location location = Location.Create(FilePath, Span, LineSpan);
        return Diagnostic.Create(descriptor, location, Message);
    }
}
