using System;

namespace HpcCore;

/// <summary>
/// Marks a method written in the HpcCore dialect that is only inlined into <see cref="VectorizeAttribute"/>
/// definitions (a shared range reduction or polynomial core): the generator emits nothing for it by itself. Unlike a
/// definition, its parameters may mix lane types of one width (a float and an int, say).
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class LaneHelperAttribute : Attribute
{
}
