#include <stdio.h>

#include "salesops_kernels.h"

int salesops_format_double(char *buffer, size_t size, const char *format, double value) {
    return snprintf(buffer, size, format, value);
}

#if defined(__x86_64__)
#include <immintrin.h>

// Multiplies and adds are separate intrinsics: no fused multiply-add, so every lane rounds as
// the portable loop does.
__attribute__((target("avx")))
static void topsis_distances8_avx(const double *squared_weights, const double *gaps, size_t alternatives, size_t width,
                                  double *plus, double *minus) {
    for (size_t a = 0; a < alternatives; a++) {
        __m256d plus_low = _mm256_setzero_pd(), plus_high = _mm256_setzero_pd();
        __m256d minus_low = _mm256_setzero_pd(), minus_high = _mm256_setzero_pd();
        const double *row = gaps + 2 * a * width;
        for (size_t k = 0; k < width; k++) {
            __m256d to_ideal = _mm256_broadcast_sd(row + 2 * k);
            __m256d to_anti_ideal = _mm256_broadcast_sd(row + 2 * k + 1);
            __m256d low = _mm256_loadu_pd(squared_weights + 8 * k);
            __m256d high = _mm256_loadu_pd(squared_weights + 8 * k + 4);
            plus_low = _mm256_add_pd(plus_low, _mm256_mul_pd(low, to_ideal));
            plus_high = _mm256_add_pd(plus_high, _mm256_mul_pd(high, to_ideal));
            minus_low = _mm256_add_pd(minus_low, _mm256_mul_pd(low, to_anti_ideal));
            minus_high = _mm256_add_pd(minus_high, _mm256_mul_pd(high, to_anti_ideal));
        }
        _mm256_storeu_pd(plus + 8 * a, _mm256_sqrt_pd(plus_low));
        _mm256_storeu_pd(plus + 8 * a + 4, _mm256_sqrt_pd(plus_high));
        _mm256_storeu_pd(minus + 8 * a, _mm256_sqrt_pd(minus_low));
        _mm256_storeu_pd(minus + 8 * a + 4, _mm256_sqrt_pd(minus_high));
    }
}
#endif

int salesops_topsis_distances8(const double *squared_weights, const double *gaps, size_t alternatives, size_t width,
                               double *plus, double *minus) {
#if defined(__x86_64__)
    if (__builtin_cpu_supports("avx")) {
        topsis_distances8_avx(squared_weights, gaps, alternatives, width, plus, minus);
        return 1;
    }
#endif
    (void)squared_weights, (void)gaps, (void)alternatives, (void)width, (void)plus, (void)minus;
    return 0;
}
