using System;
using System.Runtime.InteropServices;

namespace HpcCore.Reference.Mpfr;

/// <summary>One MPFR number in unmanaged memory. Not thread-safe; each thread keeps its own.</summary>
internal sealed unsafe class MpfrFloat : IDisposable
{
    public MpfrFloat(long precision)
    {
        MpfrNative.EnsureLoaded();
        Pointer = NativeMemory.AllocZeroed(MpfrNative.StructSize);
        MpfrNative.Init2(Pointer, precision);
        // The GC sees only this small object, not the limbs MPFR allocated: without the pressure, an exhaustive sweep of
        // a composite reference (sigmoid builds five numbers per input) left them to the finalizer until memory ran out.
        nativeBytes = MpfrNative.StructSize + (precision + 63) / 64 * 8;
        GC.AddMemoryPressure(nativeBytes);
        CreatedOnThisThread++;
    }

    /// <summary>Numbers created, and released, by the calling thread: lets a test see that a scope freed its own.</summary>
    [ThreadStatic] internal static long CreatedOnThisThread, ReleasedOnThisThread;

    private readonly long nativeBytes;

    ~MpfrFloat() => Release();

    public void* Pointer { get; private set; }

    public bool IsNaN => MpfrNative.IsNaN(Pointer) != 0;

    public bool IsInfinity => MpfrNative.IsInfinity(Pointer) != 0;

    public bool IsZero => MpfrNative.IsZero(Pointer) != 0;

    public bool IsNegative => MpfrNative.SignBit(Pointer) != 0;

    /// <summary>floor(log2 |x|) for finite non-zero x (MPFR's exponent is that plus one).</summary>
    public long Binade => MpfrNative.GetExponent(Pointer) - 1;

    public void Dispose()
    {
        Release();
        GC.SuppressFinalize(this);
    }

    private void Release()
    {
        if (Pointer == null)
            return;
        MpfrNative.Clear(Pointer);
        NativeMemory.Free(Pointer);
        Pointer = null;
        GC.RemoveMemoryPressure(nativeBytes);
        ReleasedOnThisThread++;
    }
}
