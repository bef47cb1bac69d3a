namespace HpcCore;

/// <summary>
/// Elementary functions for <see cref="float"/> and <see cref="double"/> with proven error bounds, in the shapes of
/// <c>System.Math</c> and <c>System.Numerics.Tensors.TensorPrimitives</c>: scalar, <c>Vector128/256/512</c> and span
/// overloads. Every overload of a function returns bitwise identical results for the same input.
/// </summary>
public static partial class HpcMath
{
}
