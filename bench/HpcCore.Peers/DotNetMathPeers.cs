using System;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace HpcCore.Peers;

/// <summary>
/// What a user writes with .NET's own math: a Vector512 loop over Vector512.Exp/Log/Log2/Sin/Cos (the functions .NET vectorizes)
/// with a scalar tail, or a plain loop over the scalar function (Math/MathF through generic math). Operations are
/// structs with static members so the JIT inlines them (no delegate call per element).
/// </summary>
internal static class DotNetMathPeers
{
    public interface IScalarOperation<T>
    {
        static abstract T Invoke(T x);
    }

    public interface IOperation<T> : IScalarOperation<T>
    {
        static abstract Vector512<T> Invoke(Vector512<T> x);
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

    public readonly struct Log2Single : IOperation<float>
    {
        public static Vector512<float> Invoke(Vector512<float> x) => Vector512.Log2(x);

        public static float Invoke(float x) => MathF.Log2(x);
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

    public readonly struct Log2Double : IOperation<double>
    {
        public static Vector512<double> Invoke(Vector512<double> x) => Vector512.Log2(x);

        public static double Invoke(double x) => Math.Log2(x);
    }

    public readonly struct SinSingle : IOperation<float>
    {
        public static Vector512<float> Invoke(Vector512<float> x) => Vector512.Sin(x);

        public static float Invoke(float x) => MathF.Sin(x);
    }

    public readonly struct SinDouble : IOperation<double>
    {
        public static Vector512<double> Invoke(Vector512<double> x) => Vector512.Sin(x);

        public static double Invoke(double x) => Math.Sin(x);
    }

    public readonly struct CosSingle : IOperation<float>
    {
        public static Vector512<float> Invoke(Vector512<float> x) => Vector512.Cos(x);

        public static float Invoke(float x) => MathF.Cos(x);
    }

    public readonly struct CosDouble : IOperation<double>
    {
        public static Vector512<double> Invoke(Vector512<double> x) => Vector512.Cos(x);

        public static double Invoke(double x) => Math.Cos(x);
    }

    // Scalar-only functions, one struct each over generic math (float.Exp2 and MathF.* are the same code).
    public readonly struct Exp2<T> : IScalarOperation<T> where T : IFloatingPointIeee754<T> { public static T Invoke(T x) => T.Exp2(x); }
    public readonly struct Exp10<T> : IScalarOperation<T> where T : IFloatingPointIeee754<T> { public static T Invoke(T x) => T.Exp10(x); }
    public readonly struct ExpM1<T> : IScalarOperation<T> where T : IFloatingPointIeee754<T> { public static T Invoke(T x) => T.ExpM1(x); }
    public readonly struct Log10<T> : IScalarOperation<T> where T : IFloatingPointIeee754<T> { public static T Invoke(T x) => T.Log10(x); }
    public readonly struct LogP1<T> : IScalarOperation<T> where T : IFloatingPointIeee754<T> { public static T Invoke(T x) => T.LogP1(x); }
    public readonly struct Sinh<T> : IScalarOperation<T> where T : IFloatingPointIeee754<T> { public static T Invoke(T x) => T.Sinh(x); }
    public readonly struct Cosh<T> : IScalarOperation<T> where T : IFloatingPointIeee754<T> { public static T Invoke(T x) => T.Cosh(x); }
    public readonly struct Tan<T> : IScalarOperation<T> where T : IFloatingPointIeee754<T> { public static T Invoke(T x) => T.Tan(x); }
    public readonly struct Tanh<T> : IScalarOperation<T> where T : IFloatingPointIeee754<T> { public static T Invoke(T x) => T.Tanh(x); }
    public readonly struct SinPi<T> : IScalarOperation<T> where T : IFloatingPointIeee754<T> { public static T Invoke(T x) => T.SinPi(x); }
    public readonly struct CosPi<T> : IScalarOperation<T> where T : IFloatingPointIeee754<T> { public static T Invoke(T x) => T.CosPi(x); }
    public readonly struct Atan<T> : IScalarOperation<T> where T : IFloatingPointIeee754<T> { public static T Invoke(T x) => T.Atan(x); }
    public readonly struct Asin<T> : IScalarOperation<T> where T : IFloatingPointIeee754<T> { public static T Invoke(T x) => T.Asin(x); }
    public readonly struct Acos<T> : IScalarOperation<T> where T : IFloatingPointIeee754<T> { public static T Invoke(T x) => T.Acos(x); }
    public readonly struct Atanh<T> : IScalarOperation<T> where T : IFloatingPointIeee754<T> { public static T Invoke(T x) => T.Atanh(x); }
    public readonly struct Asinh<T> : IScalarOperation<T> where T : IFloatingPointIeee754<T> { public static T Invoke(T x) => T.Asinh(x); }
    public readonly struct Acosh<T> : IScalarOperation<T> where T : IFloatingPointIeee754<T> { public static T Invoke(T x) => T.Acosh(x); }
    public readonly struct Cbrt<T> : IScalarOperation<T> where T : IFloatingPointIeee754<T> { public static T Invoke(T x) => T.Cbrt(x); }

    public interface IBinaryOperation<T>
    {
        static abstract T Invoke(T x, T y);
    }

    public readonly struct Atan2<T> : IBinaryOperation<T> where T : IFloatingPointIeee754<T> { public static T Invoke(T y, T x) => T.Atan2(y, x); }
    public readonly struct Hypot<T> : IBinaryOperation<T> where T : IFloatingPointIeee754<T> { public static T Invoke(T x, T y) => T.Hypot(x, y); }
    public readonly struct Pow<T> : IBinaryOperation<T> where T : IFloatingPointIeee754<T> { public static T Invoke(T x, T y) => T.Pow(x, y); }

    public static void ScalarLoop<T, TOperation>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> destination) where TOperation : IBinaryOperation<T>
    {
        for (int i = 0; i < x.Length; i++)
            destination[i] = TOperation.Invoke(x[i], y[i]);
    }

    public static void Vector512Loop<T, TOperation>(ReadOnlySpan<T> x, Span<T> destination) where TOperation : IOperation<T>
    {
        int i = 0;
        for (; i <= x.Length - Vector512<T>.Count; i += Vector512<T>.Count)
            TOperation.Invoke(Vector512.Create(x.Slice(i))).CopyTo(destination.Slice(i));
        for (; i < x.Length; i++)
            destination[i] = TOperation.Invoke(x[i]);
    }

    public static void ScalarLoop<T, TOperation>(ReadOnlySpan<T> x, Span<T> destination) where TOperation : IScalarOperation<T>
    {
        for (int i = 0; i < x.Length; i++)
            destination[i] = TOperation.Invoke(x[i]);
    }

    /// <summary>SinCos over arrays with Vector512.SinCos and a scalar tail (float and double).</summary>
    public static Action<T[], T[], T[]> Vector512SinCos<T>() =>
        typeof(T) == typeof(float)
            ? (Action<T[], T[], T[]>)(object)new Action<float[], float[], float[]>(Vector512SinCosSingle)
            : (Action<T[], T[], T[]>)(object)new Action<double[], double[], double[]>(Vector512SinCosDouble);

    private static void Vector512SinCosSingle(float[] x, float[] sin, float[] cos)
    {
        int i = 0;
        for (; i <= x.Length - Vector512<float>.Count; i += Vector512<float>.Count)
        {
            (Vector512<float> s, Vector512<float> c) = Vector512.SinCos(Vector512.Create(x.AsSpan(i)));
            s.CopyTo(sin.AsSpan(i));
            c.CopyTo(cos.AsSpan(i));
        }
        for (; i < x.Length; i++)
            (sin[i], cos[i]) = MathF.SinCos(x[i]);
    }

    private static void Vector512SinCosDouble(double[] x, double[] sin, double[] cos)
    {
        int i = 0;
        for (; i <= x.Length - Vector512<double>.Count; i += Vector512<double>.Count)
        {
            (Vector512<double> s, Vector512<double> c) = Vector512.SinCos(Vector512.Create(x.AsSpan(i)));
            s.CopyTo(sin.AsSpan(i));
            c.CopyTo(cos.AsSpan(i));
        }
        for (; i < x.Length; i++)
            (sin[i], cos[i]) = Math.SinCos(x[i]);
    }
}
