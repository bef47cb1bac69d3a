using System;
using System.Runtime.Intrinsics;

namespace HpcCore.Peers;

/// <summary>
/// What a user writes with .NET's own math: a Vector512 loop over Vector512.Exp/Log with a scalar tail, or a plain
/// Math/MathF loop. Operations are structs with static members so the JIT inlines them (no delegate per element).
/// </summary>
internal static class DotNetMathPeers
{
    public interface IOperation<T>
    {
        static abstract Vector512<T> Invoke(Vector512<T> x);

        static abstract T Invoke(T x);
    }

    public readonly struct ExpSingle : IOperation<float>
    {
        public static Vector512<float> Invoke(Vector512<float> x) => Vector512.Exp(x);

        public static float Invoke(float x) => MathF.Exp(x);
    }

    public readonly struct LogSingle : IOperation<float>
    {
        public static Vector512<float> Invoke(Vector512<float> x) => Vector512.Log(x);

        public static float Invoke(float x) => MathF.Log(x);
    }

    public readonly struct ExpDouble : IOperation<double>
    {
        public static Vector512<double> Invoke(Vector512<double> x) => Vector512.Exp(x);

        public static double Invoke(double x) => Math.Exp(x);
    }

    public readonly struct LogDouble : IOperation<double>
    {
        public static Vector512<double> Invoke(Vector512<double> x) => Vector512.Log(x);

        public static double Invoke(double x) => Math.Log(x);
    }

    public static void Vector512Loop<T, TOperation>(ReadOnlySpan<T> x, Span<T> destination) where TOperation : IOperation<T>
    {
        int i = 0;
        for (; i <= x.Length - Vector512<T>.Count; i += Vector512<T>.Count)
            TOperation.Invoke(Vector512.Create(x.Slice(i))).CopyTo(destination.Slice(i));
        for (; i < x.Length; i++)
            destination[i] = TOperation.Invoke(x[i]);
    }

    public static void ScalarLoop<T, TOperation>(ReadOnlySpan<T> x, Span<T> destination) where TOperation : IOperation<T>
    {
        for (int i = 0; i < x.Length; i++)
            destination[i] = TOperation.Invoke(x[i]);
    }
}
