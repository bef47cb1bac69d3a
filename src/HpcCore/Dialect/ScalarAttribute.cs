using System;

namespace HpcCore;

/// <summary>
/// Marks a parameter of a <see cref="VectorizeAttribute"/> definition as one value for every element (LeakyRelu's
/// slope, say), rather than one per element. The generated vector overloads take it as a plain <c>float</c> or
/// <c>double</c> and broadcast it, the span overload takes it between the input spans and the destination, and the
/// OpenCL kernel takes it as a scalar argument. A scalar parameter may have a default value (then it must come after the
/// others, as C# requires); the span overload then also exists without it, and the catalog lists the function with it.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class ScalarAttribute : Attribute
{
}
