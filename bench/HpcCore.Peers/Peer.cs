using HpcCore.Catalog;

namespace HpcCore.Peers;

/// <summary>One implementation of a function by a library other than HpcCore, over spans.</summary>
/// <param name="Library">Who provides it, as shown in reports ("TensorPrimitives", "Vector512", "MathF loop").</param>
/// <param name="Compute">The span computation.</param>
public sealed record Peer<T>(string Library, SpanFunction<T> Compute);

/// <summary>One implementation of a two-argument function by a library other than HpcCore, over spans.</summary>
/// <param name="Library">Who provides it, as shown in reports.</param>
/// <param name="Compute">The span computation, arguments in HpcMath's order.</param>
public sealed record BinaryPeer<T>(string Library, BinarySpanFunction<T> Compute);
