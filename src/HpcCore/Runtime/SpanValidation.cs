using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HpcCore.Runtime;

/// <summary>
/// The checks every generated span entry point makes before it writes anything. Public because code generated
/// into users' assemblies calls it; not meant to be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SpanValidation
{
    /// <summary>
    /// Throws <see cref="ArgumentException"/> when <paramref name="input"/> is not <paramref name="length"/> long, when the
    /// destination is shorter, or when the destination overlaps the input other than exactly (in place).
    /// </summary>
    public static void ThrowIfInvalid<T>(ReadOnlySpan<T> input, Span<T> destination, string inputName, int length) =>
        ThrowIfInvalid(input, destination, inputName, "destination", length);

    /// <summary>
    /// As <see cref="ThrowIfInvalid{T}(ReadOnlySpan{T}, Span{T}, string, int)"/>, for a function with several
    /// destinations, each named.
    /// </summary>
    public static void ThrowIfInvalid<T>(ReadOnlySpan<T> input, Span<T> destination, string inputName, string destinationName, int length)
    {
        if (input.Length != length)
            throw new ArgumentException($"All inputs must have the same length: '{inputName}' has {input.Length} elements, the first input {length}.", inputName);
        if (destination.Length < length)
            throw new ArgumentException($"'{destinationName}' is too short: it has {destination.Length} elements, the input {length}.", destinationName);
        if (input.Overlaps(destination) &&
            !Unsafe.AreSame(ref MemoryMarshal.GetReference(input), ref MemoryMarshal.GetReference(destination)))
            throw new ArgumentException($"'{destinationName}' partially overlaps '{inputName}'; only exact (in-place) overlap is allowed.", destinationName);
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> when two destinations of one function share any element (the first
    /// <paramref name="length"/> of each): each would overwrite the other's results.
    /// </summary>
    public static void ThrowIfOverlapping<T>(Span<T> first, Span<T> second, string firstName, string secondName, int length)
    {
        if (first[..Math.Min(length, first.Length)].Overlaps(second[..Math.Min(length, second.Length)]))
            throw new ArgumentException($"'{firstName}' and '{secondName}' overlap; each result needs a destination of its own.", secondName);
    }
}
