// Array loops over SLEEF's AVX-512 vector functions, so .NET benchmarks can call them through P/Invoke (a __m512
// argument cannot cross P/Invoke). One exported function per SLEEF function: hpccore_sleef_<name>_f32 / _f64,
// (const T* x, T* y, size_t n), for two-argument functions (const T* x, const T* y, T* out, size_t n), and for
// functions with two results (const T* x, T* first, T* second, size_t n). The tail is padded into a full vector, so every element goes through the same
// SLEEF code path. Built by the Cake targets Bench and Report (build.cake); see native/README.md.
#include <immintrin.h>
#include <stddef.h>
#include <string.h>
#include <sleef.h>

#define SHIM_F32(name, sleef)                                                            \
    void hpccore_sleef_##name##_f32(const float *x, float *y, size_t n)                  \
    {                                                                                    \
        size_t i = 0;                                                                    \
        for (; i + 16 <= n; i += 16)                                                     \
            _mm512_storeu_ps(y + i, sleef(_mm512_loadu_ps(x + i)));                      \
        if (i < n)                                                                       \
        {                                                                                \
            float in[16] = {0}, out[16];                                                 \
            memcpy(in, x + i, (n - i) * sizeof(float));                                  \
            _mm512_storeu_ps(out, sleef(_mm512_loadu_ps(in)));                           \
            memcpy(y + i, out, (n - i) * sizeof(float));                                 \
        }                                                                                \
    }

#define SHIM_F64(name, sleef)                                                            \
    void hpccore_sleef_##name##_f64(const double *x, double *y, size_t n)                \
    {                                                                                    \
        size_t i = 0;                                                                    \
        for (; i + 8 <= n; i += 8)                                                       \
            _mm512_storeu_pd(y + i, sleef(_mm512_loadu_pd(x + i)));                      \
        if (i < n)                                                                       \
        {                                                                                \
            double in[8] = {0}, out[8];                                                  \
            memcpy(in, x + i, (n - i) * sizeof(double));                                 \
            _mm512_storeu_pd(out, sleef(_mm512_loadu_pd(in)));                           \
            memcpy(y + i, out, (n - i) * sizeof(double));                                \
        }                                                                                \
    }

#define SHIM2_F32(name, sleef)                                                           \
    void hpccore_sleef_##name##_f32(const float *x, const float *y, float *z, size_t n)  \
    {                                                                                    \
        size_t i = 0;                                                                    \
        for (; i + 16 <= n; i += 16)                                                     \
            _mm512_storeu_ps(z + i, sleef(_mm512_loadu_ps(x + i), _mm512_loadu_ps(y + i))); \
        if (i < n)                                                                       \
        {                                                                                \
            float a[16] = {0}, b[16] = {0}, out[16];                                     \
            memcpy(a, x + i, (n - i) * sizeof(float));                                   \
            memcpy(b, y + i, (n - i) * sizeof(float));                                   \
            _mm512_storeu_ps(out, sleef(_mm512_loadu_ps(a), _mm512_loadu_ps(b)));        \
            memcpy(z + i, out, (n - i) * sizeof(float));                                 \
        }                                                                                \
    }

#define SHIM2_F64(name, sleef)                                                           \
    void hpccore_sleef_##name##_f64(const double *x, const double *y, double *z, size_t n) \
    {                                                                                    \
        size_t i = 0;                                                                    \
        for (; i + 8 <= n; i += 8)                                                       \
            _mm512_storeu_pd(z + i, sleef(_mm512_loadu_pd(x + i), _mm512_loadu_pd(y + i))); \
        if (i < n)                                                                       \
        {                                                                                \
            double a[8] = {0}, b[8] = {0}, out[8];                                       \
            memcpy(a, x + i, (n - i) * sizeof(double));                                  \
            memcpy(b, y + i, (n - i) * sizeof(double));                                  \
            _mm512_storeu_pd(out, sleef(_mm512_loadu_pd(a), _mm512_loadu_pd(b)));        \
            memcpy(z + i, out, (n - i) * sizeof(double));                                \
        }                                                                                \
    }

// The most accurate variant SLEEF offers for each (u10: 1.0 ULP; sinpi/cospi only come as u05, erfc as u15).
#define SHIM(name, f32, f64) SHIM_F32(name, f32) SHIM_F64(name, f64)
SHIM(exp, Sleef_expf16_u10avx512f, Sleef_expd8_u10avx512f)
SHIM(exp2, Sleef_exp2f16_u10avx512f, Sleef_exp2d8_u10avx512f)
SHIM(exp10, Sleef_exp10f16_u10avx512f, Sleef_exp10d8_u10avx512f)
SHIM(expm1, Sleef_expm1f16_u10avx512f, Sleef_expm1d8_u10avx512f)
SHIM(log, Sleef_logf16_u10avx512f, Sleef_logd8_u10avx512f)
SHIM(log2, Sleef_log2f16_u10avx512f, Sleef_log2d8_u10avx512f)
SHIM(log10, Sleef_log10f16_u10avx512f, Sleef_log10d8_u10avx512f)
SHIM(logp1, Sleef_log1pf16_u10avx512f, Sleef_log1pd8_u10avx512f)
SHIM(sinh, Sleef_sinhf16_u10avx512f, Sleef_sinhd8_u10avx512f)
SHIM(cosh, Sleef_coshf16_u10avx512f, Sleef_coshd8_u10avx512f)
SHIM(tanh, Sleef_tanhf16_u10avx512f, Sleef_tanhd8_u10avx512f)
SHIM(sin, Sleef_sinf16_u10avx512f, Sleef_sind8_u10avx512f)
SHIM(cos, Sleef_cosf16_u10avx512f, Sleef_cosd8_u10avx512f)
SHIM(tan, Sleef_tanf16_u10avx512f, Sleef_tand8_u10avx512f)
SHIM(sinpi, Sleef_sinpif16_u05avx512f, Sleef_sinpid8_u05avx512f)
SHIM(cospi, Sleef_cospif16_u05avx512f, Sleef_cospid8_u05avx512f)
SHIM(atan, Sleef_atanf16_u10avx512f, Sleef_atand8_u10avx512f)
SHIM(asin, Sleef_asinf16_u10avx512f, Sleef_asind8_u10avx512f)
SHIM(acos, Sleef_acosf16_u10avx512f, Sleef_acosd8_u10avx512f)
SHIM(atanh, Sleef_atanhf16_u10avx512f, Sleef_atanhd8_u10avx512f)
SHIM(asinh, Sleef_asinhf16_u10avx512f, Sleef_asinhd8_u10avx512f)
SHIM(acosh, Sleef_acoshf16_u10avx512f, Sleef_acoshd8_u10avx512f)
SHIM(cbrt, Sleef_cbrtf16_u10avx512f, Sleef_cbrtd8_u10avx512f)
SHIM(erf, Sleef_erff16_u10avx512f, Sleef_erfd8_u10avx512f)
SHIM(erfc, Sleef_erfcf16_u15avx512f, Sleef_erfcd8_u15avx512f)

// Two arguments, in the order of HpcMath's overloads (atan2(y, x), as SLEEF's).
#define SHIM2(name, f32, f64) SHIM2_F32(name, f32) SHIM2_F64(name, f64)
SHIM2(atan2, Sleef_atan2f16_u10avx512f, Sleef_atan2d8_u10avx512f)
SHIM2(hypot, Sleef_hypotf16_u05avx512f, Sleef_hypotd8_u05avx512f)
SHIM2(pow, Sleef_powf16_u10avx512f, Sleef_powd8_u10avx512f)

// Two results from one call (SLEEF returns a struct of two vectors): one output array each.
#define SHIMPAIR_F32(name, sleef)                                                        \
    void hpccore_sleef_##name##_f32(const float *x, float *a, float *b, size_t n)        \
    {                                                                                    \
        size_t i = 0;                                                                    \
        for (; i + 16 <= n; i += 16)                                                     \
        {                                                                                \
            Sleef___m512_2 r = sleef(_mm512_loadu_ps(x + i));                            \
            _mm512_storeu_ps(a + i, r.x);                                                \
            _mm512_storeu_ps(b + i, r.y);                                                \
        }                                                                                \
        if (i < n)                                                                       \
        {                                                                                \
            float in[16] = {0}, outA[16], outB[16];                                      \
            memcpy(in, x + i, (n - i) * sizeof(float));                                  \
            Sleef___m512_2 r = sleef(_mm512_loadu_ps(in));                               \
            _mm512_storeu_ps(outA, r.x);                                                 \
            _mm512_storeu_ps(outB, r.y);                                                 \
            memcpy(a + i, outA, (n - i) * sizeof(float));                                \
            memcpy(b + i, outB, (n - i) * sizeof(float));                                \
        }                                                                                \
    }

#define SHIMPAIR_F64(name, sleef)                                                        \
    void hpccore_sleef_##name##_f64(const double *x, double *a, double *b, size_t n)     \
    {                                                                                    \
        size_t i = 0;                                                                    \
        for (; i + 8 <= n; i += 8)                                                       \
        {                                                                                \
            Sleef___m512d_2 r = sleef(_mm512_loadu_pd(x + i));                           \
            _mm512_storeu_pd(a + i, r.x);                                                \
            _mm512_storeu_pd(b + i, r.y);                                                \
        }                                                                                \
        if (i < n)                                                                       \
        {                                                                                \
            double in[8] = {0}, outA[8], outB[8];                                        \
            memcpy(in, x + i, (n - i) * sizeof(double));                                 \
            Sleef___m512d_2 r = sleef(_mm512_loadu_pd(in));                              \
            _mm512_storeu_pd(outA, r.x);                                                 \
            _mm512_storeu_pd(outB, r.y);                                                 \
            memcpy(a + i, outA, (n - i) * sizeof(double));                               \
            memcpy(b + i, outB, (n - i) * sizeof(double));                               \
        }                                                                                \
    }

SHIMPAIR_F32(sincos, Sleef_sincosf16_u10avx512f)
SHIMPAIR_F64(sincos, Sleef_sincosd8_u10avx512f)
