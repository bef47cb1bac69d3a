using System.Linq;
using HpcCore.Catalog;

namespace HpcCore.OpenCL;

/// <summary>
/// The OpenCL program for Softmax, LogSoftmax and LogSumExp: one work-item per row, doing what Activations.Softmax.cs
/// does on the CPU operation for operation (the maximum; e^(x − max) through the generated double Exp, or for float
/// rows the generated internal FloatRowTerm; the 16 partial sums in the same order and the same fixed tree,
/// compensated for double rows only; the softmax's product with 1/(1 + S), a pair for double rows; log1p through the
/// generated LogP1), so a conforming device gives the CPU's bits. The generated functions' programs come from the
/// catalog, and FloatRowTerm's (it has no entry) from its generated constant.
/// </summary>
internal static class RowReductions
{
    /// <summary>What a row kernel writes, passed as its mode argument.</summary>
    public enum Mode : uint
    {
        Softmax = 0,
        LogSoftmax = 1,
        LogSumExp = 2,
    }

    /// <summary>The kernel for rows of float (computed in double, as on the CPU).</summary>
    public const string SingleKernel = "hpc_rows_float";

    /// <summary>The kernel for rows of double.</summary>
    public const string DoubleKernel = "hpc_rows_double";

    /// <summary>The program: the generated double Exp, LogP1 and FloatRowTerm, then the row kernels calling them.</summary>
    public static string Source { get; } = BuildSource();

    private const string FloatRowTermFunction = "hpc_rowterms_floatrowterm_f64";

    private static string BuildSource()
    {
        UnaryFunction<double> exp = FunctionCatalog.Unary<double>().Single(f => f.Name == "Exp");
        UnaryFunction<double> logP1 = FunctionCatalog.Unary<double>().Single(f => f.Name == "LogP1");
        return exp.OpenClSource + "\n" + logP1.OpenClSource + "\n" + Activations.RowTerms.FloatRowTermDoubleOpenClSource + "\n"
            + $"#define HPC_EXP {FunctionName(exp)}\n#define HPC_LOGP1 {FunctionName(logP1)}\n#define HPC_FLOAT_ROW_TERM {FloatRowTermFunction}\n"
            + Kernels;
    }

    /// <summary>The lane function a catalog kernel calls: its kernel's name without the suffix.</summary>
    private static string FunctionName(FunctionInfo function) => function.OpenClKernel[..^"_kernel".Length];

    // NaN results are written as C#'s float.NaN and double.NaN (sign set), which a device's own NaN need not be.
    private const string Kernels = """
        #pragma OPENCL FP_CONTRACT OFF
        #pragma OPENCL EXTENSION cl_khr_fp64 : enable
        #define HPC_PARTIALS 16

        double hpc_two_sum_error(double a, double b, double s)
        {
            double bv = s - a;
            return (a - (s - bv)) + (b - bv);
        }

        double hpc_low_part(double a, double b, double d)
        {
            double low = hpc_two_sum_error(a, b, d);
            return isnan(low) ? 0.0 : low;
        }

        float hpc_canonical_float(float v) { return isnan(v) ? as_float(0xFFC00000u) : v; }

        double hpc_canonical_double(double v) { return isnan(v) ? as_double(0xFFF8000000000000ul) : v; }

        /* The sum of t[0..n) but t[skipped]: term i into partial i mod 16, each partial compensated (2Sum) where
           compensated is set (double rows), then the partials added 8 apart, 4, 2, 1. */
        double hpc_sum_without(__global double* t, uint n, uint skipped, int compensated)
        {
            double p[HPC_PARTIALS], e[HPC_PARTIALS];
            for (int j = 0; j < HPC_PARTIALS; j++) { p[j] = 0.0; e[j] = 0.0; }
            double kept = t[skipped];
            t[skipped] = 0.0;
            for (uint i = 0; i < n; i++)
            {
                uint j = i % HPC_PARTIALS;
                double s = p[j] + t[i];
                if (compensated)
                    e[j] += hpc_two_sum_error(p[j], t[i], s);
                p[j] = s;
            }
            t[skipped] = kept;
            if (compensated)
                for (int j = 0; j < HPC_PARTIALS; j++)
                    p[j] += e[j];
            for (int w = HPC_PARTIALS / 2; w >= 1; w /= 2)
                for (int j = 0; j < w; j++)
                    p[j] += p[j + w];
            return p[0];
        }

        __kernel void hpc_rows_float(__global const float* x, __global float* destination, __global double* terms,
            const uint columns, const uint rows, const uint mode)
        {
            size_t r = get_global_id(0);
            if (r >= rows)
                return;
            __global const float* row = x + r * columns;
            __global double* t = terms + r * columns;
            float max = -INFINITY;
            int nan = 0;
            for (uint i = 0; i < columns; i++)
            {
                nan |= isnan(row[i]);
                max = row[i] > max ? row[i] : max;
            }
            if (nan || (mode != 2u && max == INFINITY))
            {
                if (mode == 2u)
                    destination[r] = as_float(0xFFC00000u);
                else
                    for (uint i = 0; i < columns; i++)
                        destination[r * columns + i] = as_float(0xFFC00000u);
                return;
            }
            uint first = 0;
            while (row[first] != max)
                first++;
            for (uint i = 0; i < columns; i++)
                t[i] = HPC_FLOAT_ROW_TERM((double)row[i], (double)max);
            double rest = hpc_sum_without(t, columns, first, 0);
            if (mode == 0u)
            {
                double inverse = 1.0 / (1.0 + rest);
                for (uint i = 0; i < columns; i++)
                    destination[r * columns + i] = hpc_canonical_float(convert_float_rte(t[i] * inverse));
            }
            else if (mode == 1u)
            {
                double logSum = HPC_LOGP1(rest);
                for (uint i = 0; i < columns; i++)
                    destination[r * columns + i] = hpc_canonical_float(convert_float_rte(((double)row[i] - (double)max) - logSum));
            }
            else
                destination[r] = isinf(max) ? max : hpc_canonical_float(convert_float_rte((double)max + HPC_LOGP1(rest)));
        }

        __kernel void hpc_rows_double(__global const double* x, __global double* destination, __global double* terms,
            const uint columns, const uint rows, const uint mode)
        {
            size_t r = get_global_id(0);
            if (r >= rows)
                return;
            __global const double* row = x + r * columns;
            __global double* t = terms + r * columns;
            double max = -INFINITY;
            int nan = 0;
            for (uint i = 0; i < columns; i++)
            {
                nan |= isnan(row[i]);
                max = row[i] > max ? row[i] : max;
            }
            if (nan || (mode != 2u && max == INFINITY))
            {
                if (mode == 2u)
                    destination[r] = as_double(0xFFF8000000000000ul);
                else
                    for (uint i = 0; i < columns; i++)
                        destination[r * columns + i] = as_double(0xFFF8000000000000ul);
                return;
            }
            uint first = 0;
            while (row[first] != max)
                first++;
            for (uint i = 0; i < columns; i++)
            {
                double d = row[i] - max;
                double e = HPC_EXP(d);
                t[i] = fma(e, hpc_low_part(row[i], -max, d), e);
            }
            double rest = hpc_sum_without(t, columns, first, 1);
            if (mode == 0u)
            {
                double sum = 1.0 + rest;
                double inverse = 1.0 / sum;
                double inverseLow = (fma(-inverse, sum, 1.0) - inverse * hpc_two_sum_error(1.0, rest, sum)) * inverse;
                for (uint i = 0; i < columns; i++)
                    destination[r * columns + i] = hpc_canonical_double(fma(t[i], inverse, t[i] * inverseLow));
            }
            else if (mode == 1u)
            {
                double logSum = HPC_LOGP1(rest);
                for (uint i = 0; i < columns; i++)
                {
                    double d = row[i] - max;
                    destination[r * columns + i] = hpc_canonical_double((d - logSum) + hpc_low_part(row[i], -max, d));
                }
            }
            else
                destination[r] = isinf(max) ? max : hpc_canonical_double(max + HPC_LOGP1(rest));
        }
        """;
}
