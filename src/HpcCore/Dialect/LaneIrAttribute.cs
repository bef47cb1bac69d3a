using System;
using System.ComponentModel;

namespace HpcCore;

/// <summary>
/// Written by the generator on the scalar overload of every <see cref="VectorizeAttribute"/> function: the function's
/// IR as text, so that a definition in another assembly that calls it (a user's <c>x * HpcMath.Exp(-x)</c>) inlines the
/// same operations into its own vector loop and OpenCL kernel, with the same bits as the called function. Not meant to
/// be written by hand; the format belongs to the generator version that wrote it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class LaneIrAttribute : Attribute
{
    /// <summary>Creates the attribute; called by generated code.</summary>
    /// <param name="ir">The serialized IR.</param>
    public LaneIrAttribute(string ir) => Ir = ir;

    /// <summary>The serialized IR.</summary>
    public string Ir { get; }
}
